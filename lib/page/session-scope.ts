/**
 * What a page session covers, from the settings and the matcher: which entities it highlights,
 * and which of them are painted privately. A change of scope replaces the session (everything
 * is read again); any other change of settings updates the running one.
 */
import { isBuiltInEntity } from '@/lib/entities/builtin-ids';
import type { EntityId } from '@/lib/entities/types';
import { isEntityOn, isSensitiveOn, type Settings } from '@/lib/settings/schema';

export interface SessionScope {
  entities: ReadonlySet<EntityId>;
  /**
   * Which entities the private overlay paints instead of `CSS.highlights` (all of them on a site
   * marked sensitive, the reader's own elsewhere); null when none are, and the page sees no host.
   */
  isPrivate: ((entity: EntityId) => boolean) | null;
  /** Equal for equal scopes. */
  key: string;
}

export function sessionScope(settings: Settings, watched: readonly EntityId[], hostname: string): SessionScope {
  const entities = new Set(watched.filter((id) => isEntityOn(settings, id, true)));
  const sensitive = isSensitiveOn(settings, hostname);
  return {
    entities,
    isPrivate: privateEntities(sensitive, entities),
    key: `${sensitive ? 'private:' : ''}${[...entities].sort().join(',')}`,
  };
}

function privateEntities(sensitive: boolean, entities: ReadonlySet<EntityId>): ((entity: EntityId) => boolean) | null {
  if (sensitive) return () => true;
  return [...entities].some((id) => !isBuiltInEntity(id)) ? (id) => !isBuiltInEntity(id) : null;
}
