/**
 * Well-formedness of an annotated mention set (mentions-dev.jsonl format), independent of any
 * matcher: each line parses, every span's code-point slice is its `surface`, `count` is the number
 * of spans, ids are unique, and no passage repeats one of another set (so a held-out set stays
 * held out). Returns the problems found, one readable line each; an empty list means valid.
 */
import { EVAL_ENTITIES } from './score';

const KINDS = new Set(['adjective', 'reporting-name', 'language', 'nickname', 'abbreviation']);

interface RawMention {
  entity?: unknown;
  surface?: unknown;
  count?: unknown;
  kind?: unknown;
  spans?: unknown;
}

/** NFC, whitespace collapsed, case folded: two copies of one quotation compare equal. */
export function normalisePassage(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function mentionProblems(where: string, m: RawMention, points: readonly string[]): string[] {
  const problems: string[] = [];
  if (typeof m.entity !== 'string' || !(EVAL_ENTITIES as readonly string[]).includes(m.entity)) problems.push(`${where}: unknown entity ${String(m.entity)}`);
  if (m.kind !== undefined && (typeof m.kind !== 'string' || !KINDS.has(m.kind))) problems.push(`${where}: unknown kind ${String(m.kind)}`);
  if (typeof m.surface !== 'string' || m.surface === '') problems.push(`${where}: missing surface`);
  if (!Array.isArray(m.spans) || m.spans.length === 0) return [...problems, `${where}: no spans`];
  if (m.count !== m.spans.length) problems.push(`${where}: count ${String(m.count)} but ${m.spans.length} spans`);
  for (const span of m.spans as unknown[]) {
    const [start, end] = Array.isArray(span) ? (span as unknown[]) : [];
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > points.length) {
      problems.push(`${where}: bad span ${JSON.stringify(span)}`);
      continue;
    }
    const slice = points.slice(start as number, end as number).join('');
    if (slice !== m.surface) problems.push(`${where}: span ${JSON.stringify(span)} is «${slice}», not «${String(m.surface)}»`);
  }
  return problems;
}

/** Checks one JSONL set; `others` are the texts of sets it must not repeat (dev, audit). */
export function datasetProblems(jsonl: string, others: readonly string[] = []): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const seen = new Map<string, string>(others.map((t) => [normalisePassage(t), 'another set']));
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let record: { id?: unknown; lang?: unknown; source?: unknown; text?: unknown; mentions?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      problems.push(`line ${i + 1}: invalid JSON`);
      return;
    }
    const where = `line ${i + 1} (${String(record.id)})`;
    if (typeof record.id !== 'string' || record.id === '') problems.push(`${where}: missing id`);
    else if (ids.has(record.id)) problems.push(`${where}: duplicate id`);
    else ids.add(record.id);
    if (typeof record.lang !== 'string' || record.lang === '') problems.push(`${where}: missing lang`);
    if (typeof record.source !== 'string' || !/^https?:\/\//u.test(record.source)) problems.push(`${where}: source is not a URL`);
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      problems.push(`${where}: missing text`);
      return;
    }
    const key = normalisePassage(record.text);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`${where}: passage repeats one of ${earlier}`);
    seen.set(key, `line ${i + 1}`);
    if (!Array.isArray(record.mentions)) {
      problems.push(`${where}: mentions is not a list`);
      return;
    }
    const points = Array.from(record.text);
    (record.mentions as RawMention[]).forEach((m, j) => problems.push(...mentionProblems(`${where} mention ${j + 1}`, m, points)));
  });
  return problems;
}
