/**
 * Changing the language of a document of the user's own (the language Save this article
 * detected was wrong): the draft is indexed again in the new language — word forms and
 * passages depend on it — and the old rows are replaced by the new ones in ONE transaction, so
 * the document is never missing, never there twice.
 */
import type { CorpusDb } from '../db/db';
import type { ImportDraft } from '../import/draft';
import { bumpRevision, readRevision } from '../db/meta';
import { logTextChange } from '../db/text-changes';
import { applyCountDelta } from './counts';
import { userDocumentRows, type StoreOptions } from './store';

export async function changeUserDocumentLanguage(db: CorpusDb, draft: ImportDraft, language: string, options: StoreOptions): Promise<{ id: string; passages: number }> {
  const { doc, passages } = await userDocumentRows({ ...draft, language }, options);
  return db.transaction('rw', db.documents, db.passages, db.meta, async () => {
    const old = await db.documents.get(doc.id);
    if (old?.origin !== 'user') throw new Error('this document is no longer in your library');
    const oldPassages = await db.passages.where('docId').equals(doc.id).toArray();
    const before = await readRevision(db);
    await db.passages.bulkDelete(oldPassages.map((p) => p.id));
    await db.documents.put({ ...doc, importedAt: old.importedAt });
    await db.passages.bulkAdd(passages);
    const after = await bumpRevision(db);
    await logTextChange(db, after, { added: passages.map((p) => p.id), removed: oldPassages.map((p) => p.id) });
    await applyCountDelta(db, before, after, oldPassages.map((p) => p.entities), -1);
    // Counted against the revision just written, as a second step of the same change.
    await applyCountDelta(db, after, after, passages.map((p) => p.entities), 1);
    return { id: doc.id, passages: passages.length };
  });
}
