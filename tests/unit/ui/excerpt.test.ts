import { describe, expect, it } from 'vitest';
import { excerptSpan, shiftMarks } from '@/lib/ui/excerpt';

const sentences = (text: string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/[^.]+\.\s*/g)) {
    out.push([start, start + m[0].length]);
    start += m[0].length;
  }
  return out;
};

describe('excerptSpan', () => {
  const text = `${'Filler sentence number one is here. '.repeat(6)}The CSTO met in Astana. ${'Closing remarks follow. '.repeat(6)}`;
  const csto = text.indexOf('CSTO');

  it('keeps short passages whole', () => {
    expect(excerptSpan('Short. Text.', sentences('Short. Text.'), [])).toEqual({ start: 0, end: 12 });
  });

  it('takes whole sentences around the first mark, within the budget', () => {
    const span = excerptSpan(text, sentences(text), [{ start: csto, end: csto + 4 }], 120);
    const excerpt = text.slice(span.start, span.end);
    expect(excerpt).toContain('The CSTO met in Astana.');
    expect(span.end - span.start).toBeLessThanOrEqual(120);
    expect(sentences(text).some(([s]) => s === span.start)).toBe(true);
  });

  it('shifts marks into the excerpt and drops the others', () => {
    const span = { start: 10, end: 30 };
    expect(shiftMarks([{ start: 12, end: 16 }, { start: 40, end: 44 }], span)).toEqual([{ start: 2, end: 6 }]);
  });
});
