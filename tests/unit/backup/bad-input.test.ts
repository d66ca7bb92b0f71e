/**
 * A file that is not a usable backup gets a clear reason and changes nothing; a write that fails
 * midway (an error thrown inside the transaction, a full disk) leaves nothing half-written.
 */
import '../../support/worker-globals';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '@/lib/backup/errors';
import { exportBackup } from '@/lib/backup/export';
import { importBackup, type ImportMode } from '@/lib/backup/import';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { ensureBundledCorpus } from '@/lib/corpus/db/load';
import { readRevision } from '@/lib/corpus/db/meta';
import { testBundle } from '../../support/bundles';
import { freshDb } from '../../support/db';
import { fakeArea, type FakeArea } from '../../support/storage-area';
import { userDocument, userPassage } from '../../support/user-rows';

let db: CorpusDb;
let storage: FakeArea;
let backup: string;

/** Everything a failed import must not have touched: rows of every table, storage, the revision. */
async function snapshot() {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return { tables, storage: [...storage.data], revision: await readRevision(db) };
}

beforeEach(async () => {
  db = freshDb();
  await ensureBundledCorpus(db, async () => testBundle('A'));
  await db.documents.add(userDocument('user_1'));
  await db.passages.add(userPassage('user_1', 1, 'Kazakhstan, my notes.'));
  storage = fakeArea({ settings: { style: 'underline' }, matcher: 'packed' });
  backup = await exportBackup(db, storage, '1');
  // What is here now differs from the backup, so any write would show.
  await db.documents.add(userDocument('user_2'));
  await db.passages.add(userPassage('user_2', 1, 'Only here: the CSTO.', ['csto']));
  await storage.set({ settings: { style: 'fill' }, watchlist: ['here'] });
});
afterEach(() => db.close());

interface EditableFile {
  version: unknown;
  storage: unknown;
  database?: { data: { databaseVersion: number; data: Array<{ tableName: string; rows: unknown[] }> } };
}
const edit = (change: (file: EditableFile) => void): string => {
  const file = JSON.parse(backup) as EditableFile;
  change(file);
  return JSON.stringify(file);
};
const tableOf = (f: EditableFile, i: number) => f.database!.data.data[i]!;
const firstRow = (f: EditableFile, i: number) => tableOf(f, i).rows[0] as Record<string, unknown>;

const cases: Array<[string, () => string, string, RegExp?]> = [
  ['an empty file', () => '', 'damaged'],
  ['truncated JSON', () => backup.slice(0, backup.length / 2), 'damaged'],
  ['a binary file', () => '\u0000\u0001PK\u0003\u0004', 'damaged'],
  ['some other JSON', () => '{"documents": []}', 'not-a-backup'],
  ['a JSON array', () => '[1, 2]', 'not-a-backup'],
  ['a newer format', () => edit((f) => (f.version = 2)), 'newer', /format version 2/],
  ['a newer database', () => edit((f) => (f.database!.data.databaseVersion = 99)), 'newer', /database version 99/],
  ['storage that is not an object', () => edit((f) => (f.storage = [])), 'shape', /storage/],
  ['no database', () => edit((f) => delete f.database), 'shape', /database/],
  ['a row that is not an object', () => edit((f) => (tableOf(f, 0).rows[0] = 'x')), 'shape', /documents row 1/],
  ['a row claiming to be bundled', () => edit((f) => (firstRow(f, 1).origin = 'bundled')), 'shape', /passages row 1/],
  ['a table this version does not have', () => edit((f) => (tableOf(f, 0).tableName = 'nope')), 'shape', /unknown table nope/],
  ['a row with a bundled row\'s id', () => edit((f) => (firstRow(f, 0).id = 'doc_a')), 'bundled-id', /documents doc_a/],
];

describe('importBackup refuses', () => {
  for (const [name, text, code, detail] of cases) {
    for (const mode of ['merge', 'replace'] as ImportMode[]) {
      it(`${name} (${mode}), changing nothing`, async () => {
        const before = await snapshot();
        const error = await importBackup(db, storage, text(), mode).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BackupError);
        expect((error as BackupError).code).toBe(code);
        if (detail) expect((error as BackupError).detail).toMatch(detail);
        expect(await snapshot()).toEqual(before);
      });
    }
  }
});

describe('an import that fails midway', () => {
  it('rolls back the database and puts storage back when the transaction throws after deleting', async () => {
    const before = await snapshot();
    // Replace deletes every user row first; the failure comes while the backup's rows are written.
    db.passages.hook('creating', () => {
      throw new Error('the background stopped');
    });
    const error = await importBackup(db, storage, backup, 'replace').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'failed', detail: expect.stringMatching(/the background stopped/) });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves nothing half-written when the transaction is aborted midway (the page closes)', async () => {
    const before = await snapshot();
    let written = 0;
    db.passages.hook('creating', () => {
      // A page that closes aborts its open transactions: here, after the deletes and a first write.
      if (++written === 1) Dexie.currentTransaction.abort();
    });
    const error = await importBackup(db, storage, backup, 'replace').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'failed' });
    expect(await snapshot()).toEqual(before);
  });

  it('reports a full database as a quota error and changes nothing', async () => {
    const before = await snapshot();
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    // Merge writes the backup's user_1 over the one here: an update, not a creation.
    db.documents.hook('creating', full);
    db.documents.hook('updating', full);
    const error = await importBackup(db, storage, backup, 'merge').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'quota' });
    expect(await snapshot()).toEqual(before);
  });

  it('reports a full storage.local as a quota error and changes nothing', async () => {
    const before = await snapshot();
    storage.failNextSet = new Error('QUOTA_BYTES quota exceeded');
    const error = await importBackup(db, storage, backup, 'replace').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'quota', detail: 'QUOTA_BYTES quota exceeded' });
    expect(await snapshot()).toEqual(before);
  });
});
