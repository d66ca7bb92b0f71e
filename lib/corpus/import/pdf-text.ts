/**
 * Paragraphs rebuilt from a PDF's text layer. pdf.js gives runs of text with their position;
 * runs are joined into lines (a run that ends a line says so), and lines into paragraphs: a
 * paragraph ends where the gap to the next line is clearly wider than the usual line spacing,
 * or at the end of a page. A word hyphenated across two lines is joined again.
 */

export interface TextRun {
  str: string;
  /** The run's transform: [scaleX, skewY, skewX, scaleY, x, y]; y grows upwards. */
  transform: number[];
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

function linesOf(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y = 0;
  let height = 0;
  const flush = () => {
    if (text.trim() !== '') lines.push({ text: text.trim(), y, height });
    text = '';
  };
  for (const run of runs) {
    const runY = run.transform[5] ?? 0;
    // A run on another baseline starts a new line even without an end-of-line mark.
    if (text !== '' && Math.abs(runY - y) > Math.max(run.height, 1) * 0.5) flush();
    if (text === '') [y, height] = [runY, run.height];
    text += run.str;
    if (run.hasEOL) flush();
  }
  flush();
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function join(a: string, b: string): string {
  return /\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : `${a} ${b}`;
}

/** One page's paragraphs. */
export function pageParagraphs(runs: readonly TextRun[]): string[] {
  const lines = linesOf(runs);
  const gaps = lines.slice(1).map((l, i) => Math.abs((lines[i]?.y ?? 0) - l.y)).filter((g) => g > 0);
  const usual = median(gaps);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous ? Math.abs(previous.y - line.y) : 0;
    const wide = previous !== undefined && (gap > usual * 1.4 || gap > Math.max(previous.height, line.height) * 2.2);
    if (current !== '' && wide) {
      paragraphs.push(current);
      current = '';
    }
    current = current === '' ? line.text : join(current, line.text);
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}
