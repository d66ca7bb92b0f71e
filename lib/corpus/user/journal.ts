/**
 * The import journal: written when a batch starts, cleared when it ends. Each stored document
 * carries its batch id, in the same transaction as its rows, so if the page is closed midway
 * the next visit can say exactly which documents of that batch were not stored.
 */
import type { CorpusDb } from '../db/db';

const KEY = 'importJournal';

export interface ImportJournal {
  id: string;
  startedAt: number;
  /** Every document of the batch, by its label (file name, or "batch.jsonl line 3"). */
  files: string[];
}

export async function beginJournal(db: CorpusDb, journal: ImportJournal): Promise<void> {
  await db.meta.put({ key: KEY, value: journal });
}

export async function endJournal(db: CorpusDb, id: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = (await db.meta.get(KEY))?.value as ImportJournal | undefined;
    if (current?.id === id) await db.meta.delete(KEY);
  });
}

/** An import that did not finish: the labels of the documents it did not store. */
export async function unfinishedImport(db: CorpusDb): Promise<{ id: string; startedAt: number; missing: string[] } | null> {
  const journal = (await db.meta.get(KEY))?.value as ImportJournal | undefined;
  if (!journal || !Array.isArray(journal.files)) return null;
  const stored = new Set(
    (await db.documents.where('origin').equals('user').filter((d) => d.batch === journal.id).toArray()).map((d) => d.file),
  );
  return { id: journal.id, startedAt: journal.startedAt, missing: journal.files.filter((f) => !stored.has(f)) };
}
