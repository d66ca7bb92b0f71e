/**
 * Documents of the journalist's own, for the backup e2e test. Until the Documents tab can import
 * files, the test brings them in through the Backup tab: this
 * writes a backup file holding one user document, made by the product's own modules (the indexer
 * for the rows, `exportBackup` for the file) on an in-memory database.
 */
import '../support/worker-globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exportBackup } from '../../lib/backup/export';
import { CorpusDb, DB_NAME } from '../../lib/corpus/db/db';
import { buildCorpusBundle } from '../../lib/corpus/build/indexer';
import { bundleRows } from '../../lib/corpus/db/load';
import { sourceDocument, TEST_ALIASES } from '../support/bundles';
import { literalMatcher } from '../support/fake-matcher';
import { fakeArea } from '../support/storage-area';

/** Writes `<dir>/<id>.json`, a backup with one user document of `paragraphs`; returns its path. */
export async function writeSeedBackup(dir: string, id: string, paragraphs: string[]): Promise<string> {
  const bundle = await buildCorpusBundle([await sourceDocument(id, paragraphs)], {
    matcher: literalMatcher(TEST_ALIASES),
    entities: new Set(Object.values(TEST_ALIASES)),
  });
  const rows = bundleRows(bundle);
  const db = new CorpusDb(DB_NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    await db.documents.bulkAdd(rows.documents.map((d) => ({ ...d, origin: 'user' as const, source: 'my archive' })));
    await db.passages.bulkAdd(rows.passages.map((p) => ({ ...p, origin: 'user' as const })));
    const path = join(dir, `${id}.json`);
    await writeFile(path, await exportBackup(db, fakeArea(), 'seed'));
    return path;
  } finally {
    db.close();
  }
}
