/** Reset to the bundled corpus: the journalist's rows go in one transaction; settings stay unless asked. */
import '../../support/worker-globals';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteUserData } from '@/lib/backup/reset';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { ensureBundledCorpus } from '@/lib/corpus/db/load';
import { entityPassageCount, readRevision } from '@/lib/corpus/db/meta';
import { testBundle } from '../../support/bundles';
import { freshDb } from '../../support/db';
import { fakeArea, type FakeArea } from '../../support/storage-area';
import { userDocument, userPassage } from '../../support/user-rows';

let db: CorpusDb;
let storage: FakeArea;
let bundledKazakhstan: number;

beforeEach(async () => {
  db = freshDb();
  await ensureBundledCorpus(db, async () => testBundle('A'));
  bundledKazakhstan = await entityPassageCount(db, 'kazakhstan');
  await db.documents.add(userDocument('user_1'));
  await db.passages.add(userPassage('user_1', 1, 'Kazakhstan, my notes.'));
  storage = fakeArea({ settings: { style: 'underline' }, watchlist: ['mine'], matcher: 'packed' });
});
afterEach(() => db.close());

describe('deleteUserData', () => {
  it('deletes every user row, keeps the bundled corpus and the settings, and bumps the revision', async () => {
    const bundled = await db.passages.where('origin').equals('bundled').count();
    const revision = await readRevision(db);
    expect(await deleteUserData(db, storage)).toEqual({ rows: 2, storageKeys: 0 });
    expect(await db.documents.where('origin').equals('user').count()).toBe(0);
    expect(await db.passages.where('origin').equals('user').count()).toBe(0);
    expect(await db.passages.count()).toBe(bundled);
    expect(await readRevision(db)).toBe(revision + 1);
    expect(await entityPassageCount(db, 'kazakhstan')).toBe(bundledKazakhstan);
    expect(storage.data.get('settings')).toEqual({ style: 'underline' });
  });

  it('also clears settings and the watchlist when asked, but not the derived caches', async () => {
    expect(await deleteUserData(db, storage, { alsoSettings: true })).toEqual({ rows: 2, storageKeys: 2 });
    expect([...storage.data.keys()]).toEqual(['matcher']);
  });

  it('deletes nothing when the transaction fails', async () => {
    db.meta.hook('updating', () => {
      throw new Error('stopped');
    });
    db.meta.hook('creating', () => {
      throw new Error('stopped');
    });
    await expect(deleteUserData(db, storage)).rejects.toMatchObject({ code: 'failed' });
    expect(await db.passages.where('origin').equals('user').count()).toBe(1);
  });
});
