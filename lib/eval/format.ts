/** Text rendering of a score report, in the shared scorer's layout. */
import type { Rates, ScoreReport } from './score';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

function row(name: string, c: Rates): string {
  return `${name.padEnd(16)} tp ${String(c.tp).padStart(4)}  fp ${String(c.fp).padStart(3)}  fn ${String(c.fn).padStart(3)}  precision ${pct(c.precision)}%  recall ${pct(c.recall)}%`;
}

export function formatReport(report: ScoreReport): string {
  const lines: string[] = [];
  for (const [k, c] of Object.entries(report.byEntity)) lines.push(row(k, c));
  for (const [k, c] of Object.entries(report.byKind)) lines.push(row(`kind:${k}`, c));
  for (const [k, c] of Object.entries(report.byLang)) lines.push(row(`lang:${k}`, c));
  for (const e of report.errors) lines.push(`  ${e.type.padEnd(14)} ${e.id} ${e.lang} ${e.entity} ${JSON.stringify(e.surface)}`);
  if (report.passagesWithoutPrediction) lines.push(`${report.passagesWithoutPrediction} passages had no prediction line`);
  lines.push(row('total', report.total));
  return lines.join('\n');
}
