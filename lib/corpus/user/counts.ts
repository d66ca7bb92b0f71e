/**
 * Keeps the per-revision entity counts (db/meta.ts) current when user rows change, so a card's
 * total stays one read. Call inside the transaction that changes the rows, with the revision
 * before and after the bump: counts of another revision are left alone (they are then counted
 * on the index, slower but right).
 */
import type { EntityId } from '../../entities/types';
import type { CorpusDb } from '../db/db';
import { writeEntityCounts, type EntityCounts } from '../db/meta';

export async function applyCountDelta(
  db: CorpusDb,
  before: number,
  after: number,
  entities: ReadonlyArray<readonly EntityId[]>,
  sign: 1 | -1,
): Promise<void> {
  const next = countsAfter((await db.meta.get('entityCounts'))?.value, before, after, entities, sign);
  if (next) await writeEntityCounts(db, next);
}

/**
 * The counts of revision `after` from `stored` (the `entityCounts` value as read), or null when
 * those are not revision `before`'s: for a writer that reads them beside its other reads.
 */
export function countsAfter(
  stored: unknown,
  before: number,
  after: number,
  entities: ReadonlyArray<readonly EntityId[]>,
  sign: 1 | -1,
): EntityCounts | null {
  const value = stored as Partial<EntityCounts> | undefined;
  if (value?.revision !== before || typeof value.counts !== 'object' || value.counts === null) return null;
  const counts = { ...value.counts };
  for (const list of entities) for (const e of list) counts[e] = Math.max(0, (counts[e] ?? 0) + sign);
  return { revision: after, counts };
}
