/**
 * Resolves a search-box query to an entity: an exact look-up over every catalogue form
 * (case-insensitive, ignoring spaces, dashes and apostrophes), then the matcher on the query as
 * text ("S-300 missiles"), then a small edit distance for typos ("Kazakhtsan"). Short
 * abbreviations (РФ, ПАР) must match their case exactly: in lower case they are common words.
 * A typo never changes a number: "S-400" and "S-3000" are near misses of S-300, other things.
 * A query naming several entities ("tokayev putin") resolves to all of them (resolveQueryEntities).
 */
import { foldForMatch } from '../text/normalise';
import { expandGroup } from './compile/expand';
import type { Catalogue, EntityId, Matcher } from './types';
import { editDistance } from '../text/edit-distance';

export interface ResolvedQuery {
  entity: EntityId;
  alias: string;
}

interface IndexedForm extends ResolvedQuery {
  highlight: boolean;
  fuzzy: boolean;
}

export interface QueryIndex {
  exact: ReadonlyMap<string, IndexedForm>;
  caseExact: ReadonlyMap<string, IndexedForm>;
  fuzzy: readonly (readonly [string, IndexedForm])[];
}

function compact(folded: string): string {
  return folded.replace(/[\s\-'".]+/gu, '');
}

/** The digits of a form, in order: what a typo may not change. */
function digitsOf(text: string): string {
  return Array.from(text.matchAll(/\p{Nd}/gu), (m) => m[0]).join('');
}

function better(a: IndexedForm | undefined, b: IndexedForm): boolean {
  return a === undefined || (!a.highlight && b.highlight);
}

/** Indexes the catalogue's forms into `exact` and `caseExact`, yielding after each alias group. */
function* indexGroups(catalogue: Catalogue, exact: Map<string, IndexedForm>, caseExact: Map<string, IndexedForm>): Generator<void> {
  for (const entity of catalogue.entities) {
    for (const group of entity.aliases) {
      const shortAbbreviation = group.tier === 'abbreviation';
      for (const form of expandGroup(group, catalogue.suffixSets)) {
        const indexed: IndexedForm = {
          entity: entity.id,
          alias: form.text,
          highlight: entity.highlight,
          fuzzy: group.tier === 'name' && form.label !== 'misspelling',
        };
        // Counted without full stops: П.А.Р. is as short, and as common a word in lower case, as ПАР.
        const target = shortAbbreviation && Array.from(form.text.replaceAll('.', '')).length <= 3 ? caseExact : exact;
        const key = target === caseExact ? form.text : compact(foldForMatch(form.text));
        if (key.length > 0 && better(target.get(key), indexed)) target.set(key, indexed);
      }
      yield;
    }
  }
}

function finish(exact: Map<string, IndexedForm>, caseExact: Map<string, IndexedForm>): QueryIndex {
  const fuzzy = [...exact].filter(([key, f]) => f.fuzzy && Array.from(key).length >= 5);
  return { exact, caseExact, fuzzy };
}

export function buildQueryIndex(catalogue: Catalogue): QueryIndex {
  const exact = new Map<string, IndexedForm>();
  const caseExact = new Map<string, IndexedForm>();
  for (const _ of indexGroups(catalogue, exact, caseExact));
  return finish(exact, caseExact);
}

/**
 * The same index, built an alias group at a time with a `pause` whenever a slice has run
 * `sliceMs`: what the background does ahead of a search it expects (a library preview). Built
 * in one go it is a task of 50–90 ms, and in Firefox the background's thread is the library
 * page's.
 */
export async function buildQueryIndexInSlices(
  catalogue: Catalogue,
  pause: () => Promise<void>,
  sliceMs = 8,
  now: () => number = () => performance.now(),
): Promise<QueryIndex> {
  const exact = new Map<string, IndexedForm>();
  const caseExact = new Map<string, IndexedForm>();
  let sliceStart = now();
  for (const _ of indexGroups(catalogue, exact, caseExact)) {
    if (now() - sliceStart < sliceMs) continue;
    await pause();
    sliceStart = now();
  }
  return finish(exact, caseExact);
}


export function resolveQuery(query: string, index: QueryIndex, matcher: Matcher, allEntities: ReadonlySet<EntityId>): ResolvedQuery | null {
  if (typeof query !== 'string') return null;
  const trimmed = query.trim().replace(/^[#@]/, '');
  if (trimmed.length === 0 || trimmed.length > 200) return null;
  const caseHit = index.caseExact.get(trimmed);
  if (caseHit) return { entity: caseHit.entity, alias: caseHit.alias };
  const key = compact(foldForMatch(trimmed));
  if (Array.from(key).length < 2) return null;
  const hit = index.exact.get(key);
  if (hit) return { entity: hit.entity, alias: hit.alias };

  const mentions = matcher.scan(trimmed, { entities: allEntities });
  if (mentions.length > 0) {
    const first = mentions[0];
    if (first) return { entity: first.entity, alias: first.surface };
  }

  const length = Array.from(key).length;
  if (length < 5) return null;
  const max = length >= 9 ? 2 : 1;
  let best: IndexedForm | undefined;
  let bestDistance = max + 1;
  const digits = digitsOf(key);
  for (const [candidate, form] of index.fuzzy) {
    if (digitsOf(candidate) !== digits) continue;
    const d = editDistance(key, candidate, max);
    if (d < bestDistance || (d === bestDistance && best !== undefined && !best.highlight && form.highlight)) {
      best = form;
      bestDistance = d;
    }
  }
  return best && bestDistance <= max ? { entity: best.entity, alias: best.alias } : null;
}

/** Words a multi-entity query is read in, at most (longest alias first). */
const MAX_ALIAS_WORDS = 4;

/** The entity an exact catalogue form names, or undefined (no fuzziness: one word of several). */
function exactForm(phrase: string, index: QueryIndex): IndexedForm | undefined {
  const caseHit = index.caseExact.get(phrase);
  if (caseHit) return caseHit;
  const key = compact(foldForMatch(phrase));
  return Array.from(key).length < 2 ? undefined : index.exact.get(key);
}

/**
 * Every entity a query of several words names, in the order typed, when it names more than one
 * ("tokayev putin", "Токаев и Путин"); otherwise an empty list (one entity or none: see
 * resolveQuery). Words are read as exact catalogue forms, longest first, and through the matcher.
 */
export function resolveQueryEntities(query: string, index: QueryIndex, matcher: Matcher, allEntities: ReadonlySet<EntityId>): ResolvedQuery[] {
  if (typeof query !== 'string') return [];
  const trimmed = query.trim();
  if (trimmed.length === 0 || trimmed.length > 200 || exactForm(trimmed.replace(/^[#@]/, ''), index)) return [];
  const words = [...trimmed.matchAll(/\S+/gu)].map((m) => ({ text: m[0].replace(/^[#@]/, '').replace(/[,;.!?]+$/u, ''), at: m.index }));
  if (words.length < 2) return [];
  const found: (ResolvedQuery & { at: number })[] = [];
  for (let i = 0; i < words.length; ) {
    let step = 1;
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1; n--) {
      const hit = exactForm(words.slice(i, i + n).map((w) => w.text).join(' '), index);
      if (hit) {
        found.push({ entity: hit.entity, alias: hit.alias, at: words[i]?.at ?? 0 });
        step = n;
        break;
      }
    }
    i += step;
  }
  for (const m of matcher.scan(trimmed, { entities: allEntities })) found.push({ entity: m.entity, alias: m.surface, at: m.start });
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<EntityId>();
  const entities = found.filter((f) => !seen.has(f.entity) && seen.add(f.entity)).map(({ entity, alias }) => ({ entity, alias }));
  return entities.length >= 2 ? entities : [];
}
