/**
 * Stores several indexed user documents in ONE transaction: one revision bump, one change-log
 * entry, one update of the entity counts for the lot. A transaction costs the import far more
 * than the documents' rows (profiled in Firefox's Worker: some 13 ms a document, against 3 ms of
 * indexing), so an import writes documents a group at a time. Each document is still
 * all-or-nothing: the group is, and if its write fails the caller stores the documents one by
 * one (store.ts) so that the failure is named against its own file.
 */
import type { CorpusDb } from '../db/db';
import { readRevision, writeEntityCounts, writeRevision } from '../db/meta';
import { logTextChange } from '../db/text-changes';
import { countsAfter } from './counts';
import type { DocumentRow, PassageRow } from '../db/rows';

/** What storing one document came to. */
export type StoreResult =
  | { status: 'stored'; id: string; passages: number }
  | { status: 'duplicate'; id: string; title: string; by: 'text' | 'url' };

/** A draft's rows as they will be stored: the document and its indexed passages. */
export interface UserDocumentRows {
  doc: DocumentRow;
  passages: PassageRow[];
}

/** A document ready to store: its rows, and its canonical URL ('' for none). */
export interface PreparedDocument extends UserDocumentRows {
  url: string;
}

/** The stored documents by id, and any of `ids` already there. */
export async function knownIds(db: CorpusDb, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.documents.bulkGet([...ids]);
  return new Map(rows.flatMap((r) => (r ? [[r.id, r.title.text] as const] : [])));
}

/** Results in the order of `prepared`: stored, or a duplicate of a stored (or earlier) one. */
export async function storeUserDocumentGroup(db: CorpusDb, prepared: readonly PreparedDocument[]): Promise<StoreResult[]> {
  if (prepared.length === 0) return [];
  return db.transaction('rw', db.documents, db.passages, db.meta, async (): Promise<StoreResult[]> => {
    const withUrl = prepared.map((p) => p.url).filter((u) => u !== '');
    // Reads sent together (one round trip): the same text, the same URL, the revision, the counts.
    const [same, byUrl, before, counts] = await Promise.all([
      knownIds(db, prepared.map((p) => p.doc.id)),
      withUrl.length === 0
        ? Promise.resolve([])
        : db.documents.where('origin').equals('user').filter((d) => d.url !== undefined && withUrl.includes(d.url)).toArray(),
      readRevision(db),
      db.meta.get('entityCounts'),
    ]);
    const urls = new Map(byUrl.map((d) => [d.url ?? '', { id: d.id, title: d.title.text }]));
    const results: StoreResult[] = [];
    const kept: PreparedDocument[] = [];
    for (const p of prepared) {
      const { id } = p.doc;
      const title = same.get(id);
      const other = p.url ? urls.get(p.url) : undefined;
      if (title !== undefined) results.push({ status: 'duplicate', id, title, by: 'text' });
      else if (other) results.push({ status: 'duplicate', id: other.id, title: other.title, by: 'url' });
      else {
        results.push({ status: 'stored', id, passages: p.passages.length });
        kept.push(p);
        // A later document of the group with the same text or URL is a duplicate of this one.
        same.set(id, p.doc.title.text);
        if (p.url) urls.set(p.url, { id, title: p.doc.title.text });
      }
    }
    if (kept.length === 0) return results;
    const passages = kept.flatMap((p) => p.passages);
    const after = before + 1;
    const newCounts = countsAfter(counts?.value, before, after, passages.map((p) => p.entities), 1);
    await Promise.all([
      db.documents.bulkAdd(kept.map((p) => p.doc)),
      db.passages.bulkAdd(passages),
      writeRevision(db, after),
      logTextChange(db, after, { added: passages.map((p) => p.id), removed: [] }),
      newCounts ? writeEntityCounts(db, newCounts) : null,
    ]);
    return results;
  });
}
