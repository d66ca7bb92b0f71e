/**
 * Export and import: the file holds exactly what the journalist added, and exporting, importing
 * into an empty profile and exporting again gives the same bytes.
 */
import '../../support/worker-globals';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/backup/export';
import { backupFileName, parseBackup } from '@/lib/backup/format';
import { importBackup } from '@/lib/backup/import';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { ensureBundledCorpus } from '@/lib/corpus/db/load';
import { entityPassageCount, readRevision } from '@/lib/corpus/db/meta';
import { SCHEMA_VERSION } from '@/lib/corpus/db/schema';
import { testBundle } from '../../support/bundles';
import { freshDb } from '../../support/db';
import { fakeArea, type FakeArea } from '../../support/storage-area';
import { userDocument, userPassage } from '../../support/user-rows';

const settings = { enabled: true, disabledSites: ['example.org'], entities: {}, trigger: 'click', hoverDelayMs: 300, style: 'underline' };
const derived = {
  matcher: '{"packed":true}',
  matcherKey: 'k1',
  entityNames: { kazakhstan: 'Kazakhstan' },
  matcherGate: '{"gate":true}',
  matcherSummary: { key: 'k1', watched: ['kazakhstan'], names: { kazakhstan: 'Kazakhstan' } },
};

/** A profile (its own IndexedDB, the real database name) with the bundled corpus loaded. */
async function profile(name: string): Promise<{ db: CorpusDb; storage: FakeArea }> {
  const db = freshDb(name);
  const bundle = await testBundle('A');
  await ensureBundledCorpus(db, async () => structuredClone(bundle));
  return { db, storage: fakeArea(derived) };
}

let a: { db: CorpusDb; storage: FakeArea };
let b: { db: CorpusDb; storage: FakeArea };

beforeEach(async () => {
  a = await profile('backstory-corpus');
  await a.db.documents.bulkAdd([userDocument('user_1'), userDocument('user_2')]);
  await a.db.passages.bulkAdd([
    userPassage('user_1', 1, 'Kazakhstan in my notes.'),
    userPassage('user_2', 1, 'The CSTO in my other notes.', ['csto']),
  ]);
  await a.storage.set({ settings, settings$: { v: 1 }, watchlist: [{ id: 'tokayev', aliases: ['Tokayev'] }] });
  b = await profile('backstory-corpus');
});
afterEach(() => {
  a.db.close();
  b.db.close();
});

describe('exportBackup', () => {
  it('writes the user rows and user storage keys only, in a versioned envelope', async () => {
    const text = await exportBackup(a.db, a.storage, '1.2.3');
    const file = parseBackup(text, SCHEMA_VERSION);
    expect(file).toMatchObject({ format: 'backstory-backup', version: 1, createdWith: '1.2.3' });
    expect(Object.keys(file.storage).sort()).toEqual(['settings', 'settings$', 'watchlist']);
    const tables = Object.fromEntries(file.database.data.data.map((t) => [t.tableName, t.rows.map((r: { id: string }) => r.id)]));
    expect(tables).toEqual({ documents: ['user_1', 'user_2'], passages: ['user_1#1', 'user_2#1'] });
    expect(file.database.data.tables.map((t) => [t.name, t.rowCount])).toEqual([['documents', 2], ['passages', 2]]);
    expect(text).not.toContain('"bundled"');
    expect(text).not.toMatch(/exportedAt|loadedAt/);
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('backstory-backup-2026-01-05.json');
  });
});

describe('importBackup', () => {
  it('round-trips byte for byte through an empty profile', async () => {
    const first = await exportBackup(a.db, a.storage, '1.2.3');
    // The matcher's caches are the background's to rebuild: never in a backup.
    expect(Object.keys((JSON.parse(first) as { storage: object }).storage).filter((key) => key in derived)).toEqual([]);
    const revision = await readRevision(b.db);
    const report = await importBackup(b.db, b.storage, first, 'merge');
    expect(report).toMatchObject({ mode: 'merge', rows: { added: 4, replaced: 0, removed: 0 }, tables: { documents: 2, passages: 2 } });
    expect(await exportBackup(b.db, b.storage, '1.2.3')).toBe(first);
    expect(await readRevision(b.db)).toBe(revision + 1);
    // Entity counts follow: the bundle's Kazakhstan passages and the imported one.
    expect(await entityPassageCount(b.db, 'kazakhstan')).toBe(await a.db.passages.where('entities').equals('kazakhstan').count());
    expect(b.storage.data.get('matcher')).toBe(derived.matcher);
  });

  it('merges: keeps what is here, adds what is not, and the backup wins on the same id', async () => {
    await b.db.documents.bulkAdd([userDocument('user_1', 'Old title here'), userDocument('user_9')]);
    await b.db.passages.add(userPassage('user_9', 1, 'Only in profile B.'));
    await b.storage.set({ watchlist: ['from b'], onlyHere: true });
    const report = await importBackup(b.db, b.storage, await exportBackup(a.db, a.storage, '1'), 'merge');
    expect(report.rows).toEqual({ added: 3, replaced: 1, removed: 0 });
    expect((await b.db.documents.get('user_1'))?.title.text).toBe('My notes user_1');
    expect(await b.db.documents.get('user_9')).toBeDefined();
    expect(await b.db.passages.get('user_9#1')).toBeDefined();
    expect(b.storage.data.get('watchlist')).toEqual([{ id: 'tokayev', aliases: ['Tokayev'] }]);
    expect(b.storage.data.get('onlyHere')).toBe(true);
  });

  it('replaces: every user row and user key here goes, bundled rows and caches stay', async () => {
    const bundled = await b.db.passages.where('origin').equals('bundled').primaryKeys();
    await b.db.documents.add(userDocument('user_9'));
    await b.db.passages.add(userPassage('user_9', 1, 'Only in profile B.'));
    await b.storage.set({ onlyHere: true });
    const report = await importBackup(b.db, b.storage, await exportBackup(a.db, a.storage, '1'), 'replace');
    expect(report.rows).toEqual({ added: 4, replaced: 0, removed: 2 });
    expect(report.storage).toEqual({ written: 3, removed: 1 });
    expect(await b.db.documents.get('user_9')).toBeUndefined();
    expect(await b.db.passages.get('user_9#1')).toBeUndefined();
    expect(await b.db.passages.where('origin').equals('bundled').primaryKeys()).toEqual(bundled);
    expect(b.storage.data.has('onlyHere')).toBe(false);
    expect(b.storage.data.get('matcherKey')).toBe('k1');
    expect(b.storage.data.get('matcherSummary')).toEqual(derived.matcherSummary);
    expect(await exportBackup(b.db, b.storage, '1')).toBe(await exportBackup(a.db, a.storage, '1'));
  });
});
