/**
 * After user rows change: a new corpus revision (so the background's search and card caches and
 * the full-text index rebuild) and fresh entity counts. Call inside the read-write transaction
 * that changed the rows, so the counts describe exactly what it committed.
 */
import type { CorpusDb } from '../corpus/db/db';
import { bumpRevision, writeEntityCounts } from '../corpus/db/meta';

export async function markUserRowsChanged(db: CorpusDb): Promise<number> {
  const revision = await bumpRevision(db);
  const counts: Record<string, number> = {};
  // Index keys only (one per passage and entity mentioned): no passage text is loaded.
  for (const entity of await db.passages.orderBy('entities').keys()) {
    const id = String(entity);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  await writeEntityCounts(db, { revision, counts });
  return revision;
}
