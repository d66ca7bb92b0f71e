/**
 * Deleting what the user added: some documents, or all of them ("reset to the bundled
 * corpus"). One transaction with the revision bump; bundled rows are never touched.
 */
import type { CorpusDb } from '../db/db';
import { bumpRevision, readRevision } from '../db/meta';
import { logTextChange } from '../db/text-changes';
import { applyCountDelta } from './counts';

/** Deletes these user documents (bundled ids are ignored); returns how many were deleted. */
export async function deleteUserDocuments(db: CorpusDb, ids: readonly string[] | 'all'): Promise<number> {
  return db.transaction('rw', db.documents, db.passages, db.meta, async () => {
    const docs = ids === 'all'
      ? await db.documents.where('origin').equals('user').primaryKeys()
      : (await db.documents.bulkGet([...ids])).filter((d) => d?.origin === 'user').map((d) => d!.id);
    if (docs.length === 0) return 0;
    const passages = await db.passages.where('docId').anyOf(docs).toArray();
    const before = await readRevision(db);
    await db.passages.bulkDelete(passages.map((p) => p.id));
    await db.documents.bulkDelete(docs);
    const after = await bumpRevision(db);
    await logTextChange(db, after, { added: [], removed: passages.map((p) => p.id) });
    await applyCountDelta(db, before, after, passages.map((p) => p.entities), -1);
    return docs.length;
  });
}
