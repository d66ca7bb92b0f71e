/** Read access to the bundled catalogue (frozen: callers share one copy). */
import { bundledCatalogue } from './data';
import type { Catalogue, EntityId, EntityRecord } from './types';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

export const catalogue: Catalogue = deepFreeze(bundledCatalogue);

export function getCatalogue(): Catalogue {
  return catalogue;
}

/** The catalogue record of an entity, if it exists. */
export function getEntity(id: EntityId, from: Catalogue = catalogue): EntityRecord | undefined {
  return from.entities.find((e) => e.id === id);
}
