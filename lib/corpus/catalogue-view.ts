/**
 * What the corpus needs of an entity catalogue (lib/entities), as one object the card, search
 * and the indexer are handed: summaries for cards, query resolution for search, the matcher
 * options for the indexer. `bundledCatalogueView()` is the default; the background passes the
 * one the journalist's watchlist makes (lib/watchlist/catalogue.ts).
 */
import type { CompiledCatalogue } from '../entities/compile/compile';
import { compileCatalogue } from '../entities/compile/compile';
import { createMatcher, getCatalogue, prepareEntityQueries, resolveEntityQueries, resolveEntityQuery } from '../entities/index';
import { createMatcherFromCompiled } from '../entities/scan/scan';
import { buildQueryIndex, buildQueryIndexInSlices, resolveQuery as resolveWith, resolveQueryEntities, type QueryIndex } from '../entities/query';
import { displayNameOf } from '../entities/names';
import type { Catalogue, EntityId, EntityRecord, Matcher } from '../entities/types';
import type { IndexerOptions } from './build/indexer';
import type { EntitySummary } from './types';

export interface CatalogueView {
  summary(id: EntityId): EntitySummary | null;
  /** The entity a search query names, and the alias it matched, or null. */
  resolve(query: string): { entity: EntityId; alias: string } | null;
  /** Every entity a query of several words names, in order, when it names two or more; else []. */
  resolveAll(query: string): { entity: EntityId; alias: string }[];
  /** The indexer tags passages with every entity, related ones included. */
  indexerOptions(): IndexerOptions;
  /**
   * Builds now what `resolve` and `resolveAll` build at their first call (the query index, every
   * alias's inflected forms: some 75 ms in Firefox), so that first search is not the one to pay —
   * in slices of at most a few ms, a timer turn apart.
   */
  prepareSearch(): Promise<void>;
}

/** A timer turn: lets the page sharing the thread draw a frame (Firefox's event page and library). */
const timerTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function summaryOf(record: EntityRecord | undefined): EntitySummary | null {
  if (!record) return null;
  return {
    id: record.id,
    name: displayNameOf(record),
    kind: record.kind,
    description: record.description,
    highlight: record.highlight,
  };
}

/** A view of any catalogue; `compiled` when the caller has it already (it is compiled otherwise). */
export function createCatalogueView(catalogue: Catalogue, compiled?: CompiledCatalogue): CatalogueView {
  const byId = new Map(catalogue.entities.map((e) => [e.id, e]));
  const all: ReadonlySet<EntityId> = new Set(byId.keys());
  let matcher: Matcher | undefined;
  let queries: QueryIndex | undefined;
  const getMatcher = () => (matcher ??= createMatcherFromCompiled(compiled ?? compileCatalogue(catalogue)));
  return {
    summary: (id) => summaryOf(byId.get(id)),
    resolve: (query) => resolveWith(query, (queries ??= buildQueryIndex(catalogue)), getMatcher(), all),
    resolveAll: (query) => resolveQueryEntities(query, (queries ??= buildQueryIndex(catalogue)), getMatcher(), all),
    indexerOptions: () => ({ matcher: getMatcher(), entities: all }),
    prepareSearch: async () => {
      if (!queries) {
        const built = await buildQueryIndexInSlices(catalogue, timerTurn);
        queries ??= built;
      }
      getMatcher();
    },
  };
}

let bundled: CatalogueView | null = null;

/** The bundled catalogue's view, sharing the process's compiled catalogue and query index. */
export function bundledCatalogueView(): CatalogueView {
  if (bundled) return bundled;
  const byId = new Map(getCatalogue().entities.map((e) => [e.id, e]));
  bundled = {
    summary: (id) => summaryOf(byId.get(id)),
    resolve: (query) => resolveEntityQuery(query),
    resolveAll: (query) => resolveEntityQueries(query),
    indexerOptions: () => ({ matcher: createMatcher(), entities: new Set(byId.keys()) }),
    // The bundled catalogue's query tools are built at their first use, by any query.
    prepareSearch: () => prepareEntityQueries(timerTurn),
  };
  return bundled;
}
