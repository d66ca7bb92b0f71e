/**
 * The ids of the entities that ship in the catalogue (a unit test keeps this list equal to
 * lib/entities/data). The content script needs only this, not the catalogue: any other entity
 * is the reader's own, and its mentions are painted privately (lib/page/private-overlay.ts).
 */
import type { EntityId } from './types';

export const BUILT_IN_ENTITY_IDS: ReadonlySet<EntityId> = new Set([
  'kazakhstan', 'csto', 's300', 'russia', 'ukraine', 'israel', 'south-africa', 'nato', 'putin',
  'tokayev', 'kyiv', 'astana', 'moscow', 'belarus',
]);

export function isBuiltInEntity(entity: EntityId): boolean {
  return BUILT_IN_ENTITY_IDS.has(entity);
}
