/** The library page's connection to the corpus database (an extension page may open it). */
import { openCorpusDb, type CorpusDb } from '@/lib/corpus/db/db';

let db: CorpusDb | undefined;

export function libraryDb(): CorpusDb {
  db ??= openCorpusDb();
  return db;
}
