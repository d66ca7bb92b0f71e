/**
 * A short window on a long passage for result lists: whole sentences around the first
 * emphasised range, up to a length budget, so a 400-pixel popup shows why each result matched.
 */
export interface Span {
  start: number;
  end: number;
}

export function excerptSpan(
  text: string,
  sentences: ReadonlyArray<readonly [number, number]>,
  marks: readonly Span[],
  budget = 280,
): Span {
  if (text.length <= budget || sentences.length === 0) return { start: 0, end: text.length };
  const anchor = marks.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
  let i = sentences.findIndex(([s, e]) => anchor >= s && anchor < e);
  if (i < 0) i = 0;
  const first = sentences[i];
  if (!first) return { start: 0, end: text.length };
  let [start, end] = first;
  // Grow forward, then backward, by whole sentences while the budget allows.
  for (let j = i + 1; j < sentences.length; j++) {
    const next = sentences[j];
    if (!next || next[1] - start > budget) break;
    end = next[1];
  }
  for (let j = i - 1; j >= 0; j--) {
    const prev = sentences[j];
    if (!prev || end - prev[0] > budget) break;
    start = prev[0];
  }
  // One very long sentence: cut around the anchor at word boundaries.
  if (end - start > budget * 1.5 && Number.isFinite(anchor)) {
    const from = Math.max(start, anchor - Math.floor(budget / 3));
    const to = Math.min(end, from + budget);
    const s = text.lastIndexOf(' ', from) + 1 || from;
    const e = text.indexOf(' ', to);
    return { start: Math.max(start, s), end: e < 0 || e > end ? end : e };
  }
  return { start, end };
}

/** Marks that fall inside the span, shifted to the span's coordinates. */
export function shiftMarks<T extends Span>(marks: readonly T[], span: Span): T[] {
  return marks
    .filter((m) => m.start >= span.start && m.end <= span.end)
    .map((m) => ({ ...m, start: m.start - span.start, end: m.end - span.start }));
}
