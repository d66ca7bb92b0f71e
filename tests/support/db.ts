/**
 * A corpus database on its own fake IndexedDB factory, so tests never share connections or
 * data (a deleted database in one test cannot block an open in another).
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CorpusDb } from '@/lib/corpus/db/db';

export function freshFactory(): IDBFactory {
  const factory = new IDBFactory();
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  return factory;
}

export function freshDb(name = 'backstory-corpus-test'): CorpusDb {
  return new CorpusDb(name, { indexedDB: freshFactory(), IDBKeyRange });
}
