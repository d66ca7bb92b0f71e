/** The matcher must never throw, and every mention must point at the original text exactly. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import { createMatcher, getCatalogue } from '@/lib/entities';
import type { Mention } from '@/lib/entities';

const matcher = createMatcher();
const everything = new Set(getCatalogue().entities.map((e) => e.id));

function expectWellFormed(text: string, mentions: readonly Mention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.surface).toBe(text.slice(m.start, m.end));
    previousEnd = m.end;
  }
}


describe('robustness', () => {
  it('returns nothing for empty and non-text input', () => {
    expect(matcher.scan('')).toEqual([]);
    expect(matcher.scan(undefined as unknown as string)).toEqual([]);
    expect(matcher.scan(42 as unknown as string)).toEqual([]);
  });

  it('survives lone surrogates, controls and invisible characters around mentions', () => {
    const text = '\uD800Kazakhstan\uDC00 \u0000CSTO\u200B\uFFFF S-300\uD83D';
    const mentions = matcher.scan(text);
    expect(mentions.map((m) => m.surface)).toEqual(['Kazakhstan', 'CSTO', 'S-300']);
    expectWellFormed(text, mentions);
  });

  it('survives random Unicode, including unpaired surrogates', () => {
    const next = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      let text = '';
      const length = Math.floor(next() * 300);
      for (let i = 0; i < length; i++) {
        const pick = next();
        text += pick < 0.1 ? ' Kazakhstan ' : pick < 0.15 ? 'S-300' : String.fromCharCode(Math.floor(next() * 0x10000));
      }
      const mentions = matcher.scan(text, { entities: everything });
      expectWellFormed(text, mentions);
    }
  });

  it('scans huge strings in windows without losing a mention on a window seam', () => {
    const window = 1 << 20;
    const filler = 'lorem ipsum '.repeat(Math.ceil(window / 12) + 10);
    const seam = window - 4; // "Kazakhstan" straddles the first window boundary
    const text = `${filler.slice(0, seam)} Kazakhstan and ОДКБ ${filler}${filler} S-300 end`;
    const mentions = matcher.scan(text);
    expect(mentions.map((m) => m.surface)).toEqual(['Kazakhstan', 'ОДКБ', 'S-300']);
    expectWellFormed(text, mentions);
  });

  it('reports mentions with offsets into the original text, through every fold', () => {
    const text = 'In Ka\u00ADzakh\u200Bstan, the С\u2011300ПМУ\u20111 and the Ｃ Ｓ Ｔ Ｏ? No: ＣＳＴＯ.';
    const mentions = matcher.scan(text);
    expectWellFormed(text, mentions);
    expect(mentions.map((m) => m.surface)).toEqual(['Ka\u00ADzakh\u200Bstan', 'С\u2011300ПМУ\u20111', 'ＣＳＴＯ']);
  });

  it('restricts results to the requested entities, related ones off by default', () => {
    const text = 'Putin met Tokayev in Moscow to discuss Kazakhstan and the CSTO.';
    expect(matcher.scan(text).map((m) => m.entity)).toEqual(['kazakhstan', 'csto']);
    expect(matcher.scan(text, { entities: new Set(['csto']) }).map((m) => m.entity)).toEqual(['csto']);
    expect(matcher.scan(text, { entities: everything }).map((m) => m.entity)).toEqual(['putin', 'tokayev', 'moscow', 'kazakhstan', 'csto']);
  });

  it('lets the longest match win on overlaps', () => {
    expect(matcher.scan('Collective Security Treaty Organization').map((m) => m.surface)).toEqual(['Collective Security Treaty Organization']);
    expect(matcher.scan('S-300PMU-2').map((m) => m.surface)).toEqual(['S-300PMU-2']);
    expect(matcher.scan('白俄罗斯', { entities: everything }).map((m) => m.entity)).toEqual(['belarus']);
  });

  it('labels how each mention was recognised', () => {
    const [m] = matcher.scan('Казахстана');
    expect(m).toMatchObject({ entity: 'kazakhstan', tier: 'name', language: 'ru', form: 'genitive' });
    const [a] = matcher.scan('ОДКБ');
    expect(a).toMatchObject({ entity: 'csto', tier: 'abbreviation' });
    const [adj] = matcher.scan('der kasachische Präsident', { lang: 'de' });
    expect(adj).toMatchObject({ entity: 'kazakhstan', tier: 'adjective', language: 'de' });
  });
});
