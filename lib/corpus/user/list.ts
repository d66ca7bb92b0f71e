/** The user's documents for the library's list, newest import first. */
import type { CorpusDb } from '../db/db';
import type { DocumentDate } from '../types';

export interface UserDocumentSummary {
  id: string;
  title: string;
  file: string;
  language: string;
  source: string;
  url: string;
  date: DocumentDate;
  passages: number;
  importedAt: number;
}

/**
 * One collator for the whole sort: the documents of one import share their import time, so a
 * thousand of them are ordered by title alone, and `localeCompare` per comparison (a collator
 * made each time) held the library page's thread some 100 ms in Firefox when an import ended.
 */
const byTitle = new Intl.Collator();

export async function listUserDocuments(db: CorpusDb): Promise<UserDocumentSummary[]> {
  const rows = await db.documents.where('origin').equals('user').toArray();
  return rows
    .map((d) => ({
      id: d.id,
      title: d.title.text,
      file: d.file,
      language: d.language,
      source: d.source,
      url: d.url ?? '',
      date: d.date,
      passages: d.passageCount ?? 0,
      importedAt: d.importedAt ?? 0,
    }))
    .sort((a, b) => b.importedAt - a.importedAt || byTitle.compare(a.title, b.title));
}
