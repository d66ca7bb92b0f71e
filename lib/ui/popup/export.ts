/**
 * Exports of "On this page": a Markdown summary for notes and a CSV (entity, form, count,
 * sentence) for spreadsheets. Pure functions: the popup turns them into downloads.
 */
import { t } from '@/lib/i18n';
import type { PageMentionsReport } from '@/lib/page/report';

export function reportMarkdown(report: PageMentionsReport, nameOf: (id: string) => string, date = new Date()): string {
  const lines = [`# ${t('exportTitle', [report.url])}`, '', t('exportFoundOn', [date.toISOString().slice(0, 10)]), ''];
  for (const e of report.entities) {
    lines.push(`## ${nameOf(e.entity)} ×${e.count}`, '', `| ${t('exportColumns')} |`, '|---|---|---|');
    for (const f of e.forms) lines.push(`| ${cell(f.form)} | ${f.count} | ${cell(f.sentence)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\|`*_[\]<>])/g, '\\$1');
}

/** RFC 4180 CSV with a header row; every field quoted, so commas and quotes in sentences are safe. */
export function reportCsv(report: PageMentionsReport, nameOf: (id: string) => string): string {
  const rows = [['entity', 'entity_id', 'form', 'count', 'sentence']];
  for (const e of report.entities) {
    for (const f of e.forms) rows.push([nameOf(e.entity), e.entity, f.form, String(f.count), f.sentence]);
  }
  return rows.map((row) => row.map((v) => `"${v.replace(/"/g, '""').replace(/\s+/g, ' ')}"`).join(',')).join('\r\n') + '\r\n';
}

/** "Kazakhstan ×7 — Kazakhstan, Казахстана, Kazakh" */
export function entityLine(name: string, count: number, forms: readonly { form: string }[]): string {
  return `${name} ×${count} — ${forms.map((f) => f.form).join(', ')}`;
}
