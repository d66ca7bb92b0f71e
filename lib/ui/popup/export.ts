/**
 * Exports of "On this page": a Markdown record for notes and a CSV for spreadsheets, both with
 * every occurrence (its form and whole sentence), the page's title and URL, and the time of the
 * export. Pure functions: the popup turns them into downloads.
 */
import { t } from '@/lib/i18n';
import type { PageMentionsReport } from '@/lib/page/read/report';

export const CSV_COLUMNS = ['entity', 'entity_id', 'form', 'sentence', 'page_title', 'page_url', 'exported_at'] as const;

export function reportMarkdown(report: PageMentionsReport, nameOf: (id: string) => string, date = new Date()): string {
  const lines = [
    `# ${t('exportTitle', [cell(report.title.trim() || report.url)])}`,
    '',
    `<${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`,
    '',
    t('exportFoundOn', [date.toISOString().slice(0, 10)]),
    t('exportTime', [date.toISOString()]),
    '',
  ];
  for (const e of report.entities) {
    lines.push(`## ${cell(nameOf(e.entity))} ×${e.count}`, '', `| ${t('exportColumns')} |`, '|---|---|---|');
    e.occurrences.forEach((o, i) => lines.push(`| ${i + 1} | ${cell(o.form)} | ${cell(o.sentence)} |`));
    lines.push('');
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\|`*_[\]<>#])/g, '\\$1');
}

// OWASP (CSV Injection): a cell a spreadsheet would read as a formula starts with one of these.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: quoted, quotes doubled, whitespace runs collapsed. A value a spreadsheet
 * would run as a formula gets a leading single quote, as OWASP recommends: the cell shows the
 * text as it was, and nothing runs.
 */
export function csvCell(value: string): string {
  const collapsed = value.replace(/\s+/g, ' ');
  const formula = FORMULA_START.test(value) || FORMULA_START.test(collapsed.trimStart());
  return `"${(formula ? `'${collapsed}` : collapsed).replace(/"/g, '""')}"`;
}

/** A header row, then one row per occurrence of a watched entity on the page. */
export function reportCsv(report: PageMentionsReport, nameOf: (id: string) => string, date = new Date()): string {
  const page = [report.title, report.url, date.toISOString()];
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of report.entities) {
    for (const o of e.occurrences) rows.push([nameOf(e.entity), e.entity, o.form, o.sentence, ...page]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
