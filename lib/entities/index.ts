/**
 * Public entry point of the entity catalogue and the multilingual matcher.
 *
 *   const matcher = createMatcher();
 *   matcher.scan('Казахстана и ОДКБ', { lang: 'ru' }) // → [{ entity: 'kazakhstan', start: 0, … }, …]
 *   resolveEntityQuery('ОДКБ')                         // → { entity: 'csto', alias: 'ОДКБ' }
 *   describeMention(mention)                           // → 'Казахстана — Russian, genitive'
 */
import { catalogue, getCatalogue, getEntity } from './catalogue';
import { describeMention } from './describe';
import { displayNameOf } from './names';
import { wordForms } from './forms';
import { compileCatalogue, type CompiledCatalogue } from './compile/compile';
import { createMatcherFromCompiled } from './scan/scan';
import { buildQueryIndex, buildQueryIndexInSlices, resolveQuery, resolveQueryEntities, type QueryIndex, type ResolvedQuery } from './query';
import type { Catalogue, EntityId, Matcher } from './types';

export type * from './types';
export { catalogue, getCatalogue, getEntity, describeMention, wordForms };
export type { ResolvedQuery };

export interface CreateMatcherOptions {
  /** Another catalogue (tests, experiments); default: the bundled one. */
  catalogue?: Catalogue;
}

let bundledCompiled: CompiledCatalogue | undefined;

/**
 * The bundled catalogue, compiled once per process (tens of milliseconds): the tries are
 * read-only, so every matcher over the bundled catalogue shares them.
 */
export function compiledCatalogue(): CompiledCatalogue {
  return (bundledCompiled ??= compileCatalogue(catalogue));
}

/** A matcher over the catalogue (compiled on first use); keep and reuse the result. */
export function createMatcher(options: CreateMatcherOptions = {}): Matcher {
  return createMatcherFromCompiled(options.catalogue ? compileCatalogue(options.catalogue) : compiledCatalogue());
}

let queryState: { index: QueryIndex; matcher: Matcher; all: ReadonlySet<EntityId> } | undefined;

/** The entity a search-box query names ("Kazakstan", "казахстана", "ОДКБ", "s300"), or null. */
function queryTools(): NonNullable<typeof queryState> {
  queryState ??= {
    index: buildQueryIndex(catalogue),
    matcher: createMatcher(),
    all: new Set(catalogue.entities.map((e) => e.id)),
  };
  return queryState;
}

/**
 * Builds the query tools ahead of the first search, the index in slices with `pause` between
 * them (compile the catalogue first: the matcher is taken as compiled).
 */
export async function prepareEntityQueries(pause: () => Promise<void>): Promise<void> {
  if (queryState) return;
  const index = await buildQueryIndexInSlices(catalogue, pause);
  queryState ??= { index, matcher: createMatcher(), all: new Set(catalogue.entities.map((e) => e.id)) };
}

export function resolveEntityQuery(query: string): { entity: EntityId; alias: string } | null {
  const { index, matcher, all } = queryTools();
  return resolveQuery(query, index, matcher, all);
}

/** Every entity a query of several words names, in order, when it names two or more; else []. */
export function resolveEntityQueries(query: string): ResolvedQuery[] {
  const { index, matcher, all } = queryTools();
  return resolveQueryEntities(query, index, matcher, all);
}

/** Display name of an entity in a UI language, falling back to English, then to the id. */
export function displayName(id: EntityId, uiLang = 'en'): string {
  const record = getEntity(id);
  return record === undefined ? id : displayNameOf(record, uiLang);
}

/** The watched entities, highlighted on pages unless the user turns them off. */
export function highlightedByDefault(): EntityId[] {
  return catalogue.entities.filter((e) => e.highlight).map((e) => e.id);
}
