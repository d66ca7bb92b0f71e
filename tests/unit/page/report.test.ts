import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/entities/types';
import type { BlockRecord } from '@/lib/page/page-index';
import { buildReport, sentenceAround } from '@/lib/page/report';

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
    const report = buildReport('https://example.test/a', 'text/html', true, 7, records);
    expect(report).toEqual({
      url: 'https://example.test/a',
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
        },
        { entity: 'csto', count: 1, forms: [{ form: 'CSTO', count: 1, sentence: 'Kazakhstan and the CSTO.' }] },
      ],
    });
  });

  it('collapses whitespace inside a form', () => {
    const r = record('the Collective\n  Security Organization (CSTO)', [['csto', 'Collective\n  Security Organization']]);
    expect(buildReport('u', 'text/html', true, 1, [r]).entities[0]?.forms[0]?.form).toBe('Collective Security Organization');
  });
});
