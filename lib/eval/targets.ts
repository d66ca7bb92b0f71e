/** The quality targets, checked against a score report (used by `npm run eval` and the unit test). */
import type { ScoreReport } from './score';

export const TARGETS = {
  recall: 0.97,
  precision: 0.99,
  entityRecall: 0.95,
  languageRecall: 0.9,
  /** Languages with fewer expected mentions than this are too small to judge on their own. */
  languageMinExpected: 3,
} as const;

/** Human-readable failures; empty when every target is met. */
export function targetFailures(report: ScoreReport, targets = TARGETS): string[] {
  const failures: string[] = [];
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  if (report.total.recall < targets.recall) failures.push(`overall recall ${pct(report.total.recall)} < ${pct(targets.recall)}`);
  if (report.total.precision < targets.precision) failures.push(`overall precision ${pct(report.total.precision)} < ${pct(targets.precision)}`);
  for (const [entity, r] of Object.entries(report.byEntity)) {
    if (r.recall < targets.entityRecall) failures.push(`${entity} recall ${pct(r.recall)} < ${pct(targets.entityRecall)}`);
  }
  for (const [lang, r] of Object.entries(report.byLang)) {
    if (r.tp + r.fn >= targets.languageMinExpected && r.recall < targets.languageRecall) {
      failures.push(`${lang} recall ${pct(r.recall)} < ${pct(targets.languageRecall)}`);
    }
  }
  return failures;
}
