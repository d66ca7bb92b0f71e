/** The typed port of the shared scorer: the same rules on small hand-made sets. */
import { describe, expect, it } from 'vitest';
import { parseExpected, type ExpectedRecord } from '@/lib/eval/dataset';
import { score } from '@/lib/eval/score';
import { targetFailures } from '@/lib/eval/targets';

const records: ExpectedRecord[] = [
  {
    id: 'a',
    lang: 'en',
    // 😀 is two UTF-16 units: expected spans are code points, predictions UTF-16.
    text: '😀 Kazakhstan and the CSTO; Kazakh language.',
    mentions: [
      { entity: 'kazakhstan', spans: [[2, 12]] },
      { entity: 'csto', spans: [[21, 25]] },
      { entity: 'kazakhstan', kind: 'language', spans: [[27, 33]] },
    ],
  },
  { id: 'b', lang: 'ru', text: 'С-300 и С-400', mentions: [{ entity: 's300', spans: [[0, 5]] }] },
];

describe('score', () => {
  it('converts code-point spans and counts hits, misses, false positives and optional kinds', () => {
    const predicted = new Map([
      ['a', [
        { entity: 'kazakhstan', start: 3, end: 13 }, // hit (UTF-16 offsets)
        { entity: 'kazakhstan', start: 28, end: 34 }, // optional language span: neither
        { entity: 'russia', start: 0, end: 1 }, // other entities are ignored
      ]],
      ['b', [
        { entity: 's300', start: 0, end: 5 },
        { entity: 's300', start: 8, end: 13 }, // false positive
      ]],
    ]);
    const report = score(records, predicted);
    expect(report.byEntity.kazakhstan).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.byEntity.csto).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.byEntity.s300).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5 });
    expect(report.total).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.byLang.en).toMatchObject({ tp: 1, fn: 1 });
    expect(report.byKind.name).toMatchObject({ tp: 2, fn: 1 });
    expect(report.errors).toEqual([
      { id: 'a', lang: 'en', type: 'missed', entity: 'csto', kind: 'name', surface: 'CSTO' },
      { id: 'b', lang: 'ru', type: 'false positive', entity: 's300', surface: 'С-400' },
    ]);
  });

  it('matches one expected span once; a second overlapping prediction is neither hit nor error', () => {
    const predicted = new Map([['b', [{ entity: 's300', start: 0, end: 3 }, { entity: 's300', start: 2, end: 5 }]]]);
    const report = score([records[1] as ExpectedRecord], predicted);
    expect(report.byEntity.s300).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts passages without a prediction line', () => {
    expect(score(records, new Map()).passagesWithoutPrediction).toBe(2);
  });

  it('reports missed targets', () => {
    const report = score(records, new Map([['a', []], ['b', []]]));
    expect(targetFailures(report)).toEqual(expect.arrayContaining([expect.stringMatching(/^overall recall/)]));
  });
});

describe('parseExpected', () => {
  it('names the line of a malformed record', () => {
    expect(() => parseExpected('{"id":"a","text":"x","mentions":[]}\n{oops')).toThrow(/line 2/);
    expect(() => parseExpected('{"id":"a"}')).toThrow(/line 1/);
  });
});
