/** A table printed as aligned text (the terminal) or as Markdown (the README). */
export type Format = 'text' | 'markdown';

export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  right?: number[];
  notes?: string[];
}

export function renderTable(table: Table, format: Format): string {
  const right = new Set(table.right ?? []);
  const lines: string[] = [];
  if (format === 'markdown') {
    lines.push(`**${table.title}**`, '');
    lines.push(`| ${table.head.join(' | ')} |`);
    lines.push(`|${table.head.map((_, i) => (right.has(i) ? '---:' : '---')).join('|')}|`);
    for (const row of table.rows) lines.push(`| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
    for (const note of table.notes ?? []) lines.push('', note);
    return lines.join('\n');
  }
  const widths = table.head.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  lines.push(`== ${table.title}`, line(table.head), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table.rows) lines.push(line(row));
  for (const note of table.notes ?? []) lines.push(note);
  return lines.join('\n');
}

export const ms = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x < 10 && digits < 2 ? x.toFixed(2) : x.toFixed(digits);
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const ratio = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(2);
