import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/entities/types';
import type { BlockRecord } from '@/lib/page/read/page-index';
import { buildReport, buildReportInSlices, Sentences, sentenceAround } from '@/lib/page/read/report';
import { normaliseForMatch as normalise } from '@/lib/text/normalise';

function record(text: string, mentions: Array<[string, string]>): BlockRecord {
  const found: Mention[] = [];
  for (const [entity, surface] of mentions) {
    const start = text.indexOf(surface, found.at(-1)?.end ?? 0);
    found.push({ entity, start, end: start + surface.length, surface, tier: 'name' });
  }
  return {
    block: { element: {} as Element, text, segments: [] },
    mentions: found,
    ranges: [],
    painted: found.length,
  };
}

describe('sentenceAround', () => {
  it('returns the sentence holding the offset', () => {
    const text = 'First one. Kazakhstan joined the CSTO in 1992. Last one.';
    expect(sentenceAround(text, text.indexOf('CSTO'))).toBe('Kazakhstan joined the CSTO in 1992.');
  });
  it('segments Hindi by the danda', () => {
    const text = 'पहला वाक्य है। कज़ाख़स्तान सदस्य है। अंत।';
    expect(sentenceAround(text, text.indexOf('कज़ाख़स्तान'), 'hi')).toBe('कज़ाख़स्तान सदस्य है।');
  });
});

describe('buildReport', () => {
  it('counts entities and forms, most frequent first, with the sentence of each form', () => {
    const records = [
      record('Kazakhstan and the CSTO. Kazakhstan again.', [['kazakhstan', 'Kazakhstan'], ['csto', 'CSTO'], ['kazakhstan', 'Kazakhstan']]),
      record('В Казахстане тоже.', [['kazakhstan', 'Казахстане']]),
    ];
    const report = buildReport('https://example.test/a', 'text/html', true, 7, records, { normalise });
    expect(report).toEqual({
      url: 'https://example.test/a',
      title: '',
      contentType: 'text/html',
      active: true,
      blocks: 7,
      entities: [
        {
          entity: 'kazakhstan',
          count: 3,
          forms: [
            { form: 'Kazakhstan', count: 2, sentence: 'Kazakhstan and the CSTO.' },
            { form: 'Казахстане', count: 1, sentence: 'В Казахстане тоже.' },
          ],
          occurrences: [
            { form: 'Kazakhstan', sentence: 'Kazakhstan and the CSTO.' },
            { form: 'Kazakhstan', sentence: 'Kazakhstan again.' },
            { form: 'Казахстане', sentence: 'В Казахстане тоже.' },
          ],
        },
        {
          entity: 'csto',
          count: 1,
          forms: [{ form: 'CSTO', count: 1, sentence: 'Kazakhstan and the CSTO.' }],
          occurrences: [{ form: 'CSTO', sentence: 'Kazakhstan and the CSTO.' }],
        },
      ],
      painted: 4,
    });
  });

  it('says how many of the mentions counted are painted (the rest past the highlight cap)', () => {
    const capped = { ...record('Kazakhstan, Kazakhstan, CSTO.', [['kazakhstan', 'Kazakhstan'], ['kazakhstan', 'Kazakhstan'], ['csto', 'CSTO']]), painted: 1 };
    const none = { ...record('S-300.', [['s300', 'S-300']]), painted: 0 };
    const report = buildReport('u', 'text/html', true, 2, [capped, none], { normalise });
    expect(report.entities.map((e) => [e.entity, e.count])).toEqual([['kazakhstan', 2], ['csto', 1], ['s300', 1]]);
    expect(report.painted).toBe(1);
  });

  it('collapses whitespace inside a form', () => {
    const r = record('the Collective\n  Security Organization (CSTO)', [['csto', 'Collective\n  Security Organization']]);
    expect(buildReport('u', 'text/html', true, 1, [r], { normalise }).entities[0]?.forms[0]?.form).toBe('Collective Security Organization');
  });
});

describe('buildReport: forms that look identical, every occurrence, whole sentences', () => {
  it('shows a form once when copies differ only by a soft hyphen, a zero-width space, a no-break space or a dash variant', () => {
    const r = record('CSTO, C\u00adSTO and CS\u200bTO. S-300, S\u2011300. Collective\u00a0Security Organization.', [
      ['csto', 'CSTO'], ['csto', 'C\u00adSTO'], ['csto', 'CS\u200bTO'], ['s300', 'S-300'], ['s300', 'S\u2011300'],
      ['csto', 'Collective\u00a0Security Organization'],
    ]);
    const report = buildReport('u', 'text/html', true, 1, [r], { normalise });
    expect(report.entities.map((e) => [e.entity, e.forms.map((f) => [f.form, f.count])])).toEqual([
      ['csto', [['CSTO', 3], ['Collective Security Organization', 1]]],
      ['s300', [['S-300', 2]]],
    ]);
    expect(report.entities[0]?.occurrences).toHaveLength(4);
  });

  it('shows a group by its most frequent spelling', () => {
    const r = record('S\u2011300, then S-300 and S-300 again.', [['s300', 'S\u2011300'], ['s300', 'S-300'], ['s300', 'S-300']]);
    expect(buildReport('u', 'text/html', true, 1, [r], { normalise }).entities[0]?.forms).toEqual([
      { form: 'S-300', count: 3, sentence: 'S\u2011300, then S-300 and S-300 again.' },
    ]);
  });

  it('keeps distinct forms apart (case and inflection are not invisible differences)', () => {
    const r = record('Kazakhstan, KAZAKHSTAN, Kazakhstan’s.', [['kazakhstan', 'Kazakhstan'], ['kazakhstan', 'KAZAKHSTAN'], ['kazakhstan', 'Kazakhstan’s']]);
    expect(buildReport('u', 'text/html', true, 1, [r], { normalise }).entities[0]?.forms.map((f) => f.form)).toEqual(['Kazakhstan', 'KAZAKHSTAN', 'Kazakhstan’s']);
  });

  it('reads the sentence from the context it is given, and a line break does not end it', () => {
    const r = record('the CSTO summit in Almaty.', [['csto', 'CSTO']]);
    const report = buildReport('u', 'text/html', true, 2, [r], { normalise,
      title: 'Page title',
      contextOf: () => ({ text: 'First. Later, Kazakhstan hosted the CSTO summit in Almaty.', offset: 'First. Later, Kazakhstan hosted '.length }),
    });
    expect(report.title).toBe('Page title');
    expect(report.entities[0]?.occurrences).toEqual([{ form: 'CSTO', sentence: 'Later, Kazakhstan hosted the CSTO summit in Almaty.' }]);
    expect(sentenceAround('Kazakhstan hosted\nthe CSTO summit.', 25)).toBe('Kazakhstan hosted the CSTO summit.');
  });
});

describe('a report of a huge page', () => {
  it('is the same built in slices, and leaves out what `include` rejects', async () => {
    const records = Array.from({ length: 300 }, (_, i) => record(`Paragraph ${i}. Kazakhstan and the CSTO met.`, [['kazakhstan', 'Kazakhstan'], ['csto', 'CSTO']]));
    const whole = buildReport('u', 'text/html', true, 300, records, { normalise });
    const slices: number[] = [];
    const sliced = await buildReportInSlices('u', 'text/html', true, 300, records, { normalise, onSlice: (ms) => slices.push(ms) });
    expect(sliced).toEqual(whole);
    expect(slices.length).toBeGreaterThan(0);
    const some = await buildReportInSlices('u', 'text/html', true, 300, records, { normalise, include: (r) => records.indexOf(r) % 2 === 0 });
    expect(some.entities.map((e) => e.count)).toEqual([150, 150]);
  });

  it('finds a sentence near its mention in a block of megabytes, without reading all of it', () => {
    const filler = 'Nothing to see here. '.repeat(100_000); // 2.1 MB
    const text = `${filler}Officials in Kazakhstan said so. ${filler}`;
    const at = text.indexOf('Kazakhstan');
    expect(new Sentences(text).at(at)).toBe('Officials in Kazakhstan said so.');
    expect(sentenceAround(text, at)).toBe('Officials in Kazakhstan said so.');
    // A short block: its sentences are segmented once and shared by its mentions.
    const short = new Sentences('Kazakhstan hosted.\nThe CSTO met. S-300 moved.');
    expect([short.at(0), short.at(23), short.at(34)]).toEqual(['Kazakhstan hosted.', 'The CSTO met.', 'S-300 moved.']);
  });
});
