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
  const stored = (await db.meta.get('entityCounts'))?.value as Partial<EntityCounts> | undefined;
  if (stored?.revision !== before || typeof stored.counts !== 'object' || stored.counts === null) return;
  const counts = { ...stored.counts };
  for (const list of entities) for (const e of list) counts[e] = Math.max(0, (counts[e] ?? 0) + sign);
  await writeEntityCounts(db, { revision: after, counts });
}
