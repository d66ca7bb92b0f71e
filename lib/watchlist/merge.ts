/**
 * What an import adds to the watchlist, checked before anything is stored: an import is all or
 * nothing, so a desk's shared list never lands half. Entities of the file replace yours of the
 * same id (same name); aliases added to and switched off in built-in entities are added to yours.
 */
import type { Catalogue, EntityId } from '@/lib/entities/types';
import { applyWatchlist } from './catalogue';
import type { BuiltInChanges, UserAlias, UserEntity, Watchlist } from './schema';
import { aliasIssues, buildFormIndex, type AliasIssue } from './validate';

export interface WatchlistPart {
  entities: UserEntity[];
  builtIn: Record<EntityId, BuiltInChanges>;
}

export function mergeWatchlist(current: Watchlist, part: WatchlistPart): Watchlist {
  const incoming = new Set(part.entities.map((e) => e.id));
  const builtIn: Record<EntityId, BuiltInChanges> = { ...current.builtIn };
  for (const [id, changes] of Object.entries(part.builtIn)) {
    const mine = builtIn[id] ?? { added: [], off: [] };
    builtIn[id] = { added: [...mine.added, ...changes.added], off: [...new Set([...mine.off, ...changes.off])] };
  }
  return { entities: [...current.entities.filter((e) => !incoming.has(e.id)), ...part.entities], builtIn };
}

/** Issues of every alias of the part, against the catalogue the merge would make. */
export function partIssues(
  bundled: Catalogue,
  current: Watchlist,
  part: WatchlistPart,
): Array<{ entity: EntityId; alias: UserAlias; issues: AliasIssue[] }> {
  const merged = applyWatchlist(bundled, mergeWatchlist(current, part));
  const out: Array<{ entity: EntityId; alias: UserAlias; issues: AliasIssue[] }> = [];
  const forms = buildFormIndex(merged);
  const check = (owner: EntityId, aliases: readonly UserAlias[]) => {
    aliases.forEach((alias, i) => out.push({ entity: owner, alias, issues: aliasIssues(alias, owner, forms, aliases.slice(0, i)) }));
  };
  for (const entity of part.entities) check(entity.id, entity.aliases);
  for (const [id, changes] of Object.entries(part.builtIn)) check(id, changes.added);
  return out.filter((x) => x.issues.length > 0);
}
