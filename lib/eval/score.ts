/**
 * A typed port of the scorer that came with the evaluation set (its `eval/score.mjs`, kept with
 * the team's materials outside this repository): same rules, same numbers.
 *
 * A prediction is a true positive when it overlaps an unmatched, non-optional expected span of
 * the same entity; a false positive when it overlaps no expected span of its entity at all
 * (overlapping an optional span — language, nickname, abbreviation — or an already matched one
 * is neither). Expected spans not matched are misses, optional ones excepted.
 */
import type { ExpectedRecord, PredictedMention } from './dataset';

export const EVAL_ENTITIES = ['kazakhstan', 'csto', 's300'] as const;
const OPTIONAL = new Set(['language', 'nickname', 'abbreviation']);

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Rates extends Counts {
  precision: number;
  recall: number;
}

export interface ScoreError {
  id: string;
  lang: string;
  type: 'false positive' | 'missed';
  entity: string;
  kind?: string;
  surface: string;
}

export interface ScoreReport {
  passages: number;
  passagesWithoutPrediction: number;
  total: Rates;
  byEntity: Record<string, Rates>;
  byKind: Record<string, Rates>;
  byLang: Record<string, Rates>;
  errors: ScoreError[];
}

const blank = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const summarize = (c: Counts): Rates => ({ ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) });

/** Code-point offset → UTF-16 offset table of a string. */
function utf16Offsets(text: string): number[] {
  const map = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    map.push(u);
  }
  return map;
}

interface Span {
  entity: string;
  kind: string;
  start: number;
  end: number;
  matched: boolean;
}

export function score(expected: readonly ExpectedRecord[], predicted: ReadonlyMap<string, readonly PredictedMention[]>): ScoreReport {
  const byEntity: Record<string, Counts> = Object.fromEntries(EVAL_ENTITIES.map((e) => [e, blank()]));
  const byKind: Record<string, Counts> = {};
  const byLang: Record<string, Counts> = {};
  const errors: ScoreError[] = [];
  let missingIds = 0;

  for (const rec of expected) {
    const map = utf16Offsets(rec.text);
    const spans: Span[] = [];
    for (const m of rec.mentions) {
      for (const [s, e] of m.spans) spans.push({ entity: m.entity, kind: m.kind ?? 'name', start: map[s] ?? 0, end: map[e] ?? 0, matched: false });
    }
    if (!predicted.has(rec.id)) missingIds++;
    const preds = (predicted.get(rec.id) ?? []).filter((p) => (EVAL_ENTITIES as readonly string[]).includes(p.entity));
    const lang = (byLang[rec.lang] ??= blank());
    for (const p of preds) {
      const overlaps = (s: Span): boolean => s.entity === p.entity && p.start < s.end && s.start < p.end;
      const hit = spans.find((s) => !s.matched && !OPTIONAL.has(s.kind) && overlaps(s));
      const entityCounts = (byEntity[p.entity] ??= blank());
      if (hit) {
        hit.matched = true;
        entityCounts.tp++;
        lang.tp++;
        (byKind[hit.kind] ??= blank()).tp++;
      } else if (!spans.some(overlaps)) {
        entityCounts.fp++;
        lang.fp++;
        errors.push({ id: rec.id, lang: rec.lang, type: 'false positive', entity: p.entity, surface: rec.text.slice(p.start, p.end) });
      }
    }
    for (const s of spans) {
      if (s.matched || OPTIONAL.has(s.kind)) continue;
      (byEntity[s.entity] ??= blank()).fn++;
      lang.fn++;
      (byKind[s.kind] ??= blank()).fn++;
      errors.push({ id: rec.id, lang: rec.lang, type: 'missed', entity: s.entity, kind: s.kind, surface: rec.text.slice(s.start, s.end) });
    }
  }

  const total = Object.values(byEntity).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), blank());
  const mapRates = (o: Record<string, Counts>): Record<string, Rates> => Object.fromEntries(Object.entries(o).map(([k, c]) => [k, summarize(c)]));
  return {
    passages: expected.length,
    passagesWithoutPrediction: missingIds,
    total: summarize(total),
    byEntity: mapRates(byEntity),
    byKind: mapRates(byKind),
    byLang: Object.fromEntries(Object.entries(byLang).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, c]) => [k, summarize(c)])),
    errors,
  };
}
