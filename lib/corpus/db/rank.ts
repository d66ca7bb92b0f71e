/**
 * How good a passage is for an entity's card: how densely it mentions the entity, how early,
 * how early in its document, how recent the document, and how strong the evidence (a name
 * beats an adjective). The score is static per passage and entity, so it is computed once at
 * load time and stored as an index key: the card's best passages are then one index range
 * read, whatever the size of the corpus.
 */
import type { EntityId, Tier } from '../../entities/types';
import type { MentionTuple } from '../build/bundle';
import type { DocumentDate } from '../types';
import type { PassageRow } from './rows';

const TIER_WEIGHT: Record<Tier, number> = { name: 1, abbreviation: 0.9, adjective: 0.6, weak: 0.3 };
/** Characters of text per mention at which density counts as full. */
const FULL_DENSITY_CHARS = 120;
/** Shorter passages count as this long, so a one-line tweet does not outrank a paragraph. */
const MIN_LENGTH = 250;
const FIRST_YEAR = 1991;
const LAST_YEAR = 2035;
const SEP = '\u0001';
const SCALE = 999_999;

export interface RankInput {
  text: string;
  paragraph: number;
  mentions: readonly MentionTuple[];
  translation: { text: string; mentions: readonly MentionTuple[] } | null;
}

/** Midpoint of a document date as a fractional year, or null when unknown. */
export function dateYear(date: DocumentDate): number | null {
  const bounds = [date.earliest, date.latest, date.value?.split('/')[0]].filter((d): d is string => !!d);
  const times = bounds.map((d) => Date.parse(d.length === 4 ? `${d}-07-01` : d)).filter((t) => !Number.isNaN(t));
  if (times.length === 0) return null;
  const mid = (Math.min(...times) + Math.max(...times)) / 2;
  return 1970 + mid / (365.2425 * 86_400_000);
}

/** Score in [0, 1] of a passage for an entity it mentions. */
export function passageScore(p: RankInput, entity: EntityId, date: DocumentDate): number {
  const own = p.mentions.filter((m) => m[0] === entity);
  // A mention only the translation carries (the matcher missed the original form) counts half.
  const viaTranslation = own.length > 0 ? 0 : (p.translation?.mentions.filter((m) => m[0] === entity).length ?? 0) / 2;
  const count = own.length + viaTranslation;
  const length = Math.max(p.text.length, 1);
  const density = Math.min(1, (count * FULL_DENSITY_CHARS) / Math.max(length, MIN_LENGTH));
  const first = own[0] ? 1 - own[0][1] / length : 0.3;
  const position = 1 / (1 + 0.2 * (p.paragraph - 1));
  const year = dateYear(date);
  const recency = year === null ? 0 : Math.min(1, Math.max(0, (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)));
  const tier = Math.max(0.3, ...own.map((m) => TIER_WEIGHT[m[3]] ?? 0.3));
  return 0.4 * density + 0.15 * first + 0.15 * position + 0.15 * recency + 0.15 * tier;
}

/** Index key: entity, then the inverted score, so ascending key order is best first. */
export function rankKey(entity: EntityId, score: number): string {
  const inverted = SCALE - Math.round(Math.min(1, Math.max(0, score)) * SCALE);
  return `${entity}${SEP}${String(inverted).padStart(6, '0')}`;
}

/** The range of `ranks` keys that belong to one entity. */
export function rankRange(entity: EntityId): [string, string] {
  return [`${entity}${SEP}`, `${entity}${SEP}\uffff`];
}

/** Score back from a key (for display and tests). */
export function scoreOfKey(key: string): number {
  return (SCALE - Number(key.slice(key.lastIndexOf(SEP) + 1))) / SCALE;
}

/** Distinct entities of a passage and its translation, in order of first mention. */
export function passageEntities(p: RankInput): EntityId[] {
  return [...new Set([...p.mentions, ...(p.translation?.mentions ?? [])].map((m) => m[0]))];
}

export function rankKeys(p: RankInput, date: DocumentDate): string[] {
  return passageEntities(p).map((entity) => rankKey(entity, passageScore(p, entity, date)));
}

/** The stored score of a row for an entity (0 if the row does not mention it). */
export function rowScore(row: PassageRow, entity: EntityId): number {
  const prefix = rankKey(entity, 0).slice(0, -6);
  const key = row.ranks.find((k) => k.startsWith(prefix));
  return key ? scoreOfKey(key) : 0;
}
