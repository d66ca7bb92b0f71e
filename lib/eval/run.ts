/** Scans every passage of an annotated set with a matcher and scores the result. */
import type { Matcher } from '../entities/types';
import type { ExpectedRecord, PredictedMention } from './dataset';
import { EVAL_ENTITIES, score, type ScoreReport } from './score';

export function predict(matcher: Matcher, records: readonly ExpectedRecord[]): Map<string, PredictedMention[]> {
  const entities = new Set<string>(EVAL_ENTITIES);
  return new Map(
    records.map((r) => [r.id, matcher.scan(r.text, { lang: r.lang, entities }).map((m) => ({ entity: m.entity, start: m.start, end: m.end }))]),
  );
}

export function evaluate(matcher: Matcher, records: readonly ExpectedRecord[]): ScoreReport {
  return score(records, predict(matcher, records));
}
