/**
 * The corpus's view of the entity catalogue (lib/entities): summaries for cards, query
 * resolution for search, and the matcher options for the indexer. One place to adapt if the
 * catalogue's API moves.
 */
import { createMatcher, getCatalogue, resolveEntityQueries, resolveEntityQuery } from '../entities/index';
import type { EntityId, EntityRecord } from '../entities/types';
import type { IndexerOptions } from './indexer';
import type { EntitySummary } from './types';

let byId: Map<EntityId, EntityRecord> | null = null;

function records(): Map<EntityId, EntityRecord> {
  byId ??= new Map(getCatalogue().entities.map((e) => [e.id, e]));
  return byId;
}

export function entitySummary(id: EntityId): EntitySummary | null {
  const record = records().get(id);
  if (!record) return null;
  return {
    id: record.id,
    name: record.displayNames.en ?? record.id,
    kind: record.kind,
    description: record.description,
    highlight: record.highlight,
  };
}

/** The entity a search query names, and the alias it matched, or null. */
export function resolveQuery(query: string): { entity: EntityId; alias: string } | null {
  return resolveEntityQuery(query);
}

/** Every entity a query of several words names, in order, when it names two or more; else []. */
export function resolveQueries(query: string): { entity: EntityId; alias: string }[] {
  return resolveEntityQueries(query);
}

/** The indexer tags passages with every catalogue entity, related ones included. */
export function catalogueIndexerOptions(): IndexerOptions {
  return { matcher: createMatcher(), entities: new Set(records().keys()) };
}
