/**
 * Data safety across upgrades: a database made by EACH earlier schema version (built with the
 * schema steps of that time — SCHEMA is append-only, so they are SCHEMA.slice(0, n)), holding
 * bundled and user documents and passages, plus settings stored by an older Backstory, opens under
 * the current version with the user's documents and settings intact; the bundled corpus is then
 * reloaded without touching them, and a backup of the upgraded profile carries them.
 */
import '../../support/worker-globals';
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/backup/export';
import { parseBackup } from '@/lib/backup/format';
import { CorpusDb } from '@/lib/corpus/db/db';
import { bundleRows, ensureBundledCorpus } from '@/lib/corpus/db/load';
import { SCHEMA, SCHEMA_VERSION } from '@/lib/corpus/db/schema';
import { loadSettings } from '@/lib/settings/store';
import { testBundle } from '../../support/bundles';
import { freshFactory } from '../../support/db';
import { fakeArea } from '../../support/storage-area';
import { userDocument, userPassage } from '../../support/user-rows';

/** A database as Backstory at schema version `n` would have left it. */
async function databaseAtVersion(n: number, indexedDB: IDBFactory): Promise<void> {
  const old = new Dexie('backstory-corpus', { indexedDB, IDBKeyRange });
  for (const step of SCHEMA.slice(0, n)) {
    const version = old.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  const bundle = await testBundle('A');
  const bundled = bundleRows(bundle);
  const passage = userPassage('user_1', 1, 'Kazakhstan, in notes kept since version ' + n);
  // Version 1 rows had no passage language; later ones do.
  const { lang: _lang, ...withoutLang } = passage;
  await old.transaction('rw', old.tables, async () => {
    await old.table('documents').bulkAdd([...bundled.documents, userDocument('user_1', 'Kept since v' + n)]);
    await old.table('passages').bulkAdd([...bundled.passages, n === 1 ? withoutLang : passage]);
    const state = { version: bundle.version, loader: 1, documents: bundled.documents.length, passages: bundled.passages.length, loadedAt: 1 };
    await old.table('meta').bulkPut([{ key: 'bundled', value: state }, { key: 'revision', value: 1 }]);
  });
  old.close();
}

/** Settings as an older Backstory wrote them: before WXT's version marker, plus a field since dropped. */
const OLD_SETTINGS = { enabled: false, style: 'underline', trigger: 'click', hoverDelayMs: 650, disabledSites: ['news.example'], retired: 1 };

beforeEach(() => fakeBrowser.reset());

describe('a profile from every earlier schema version', () => {
  it('exists for each version before the current one', () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
  });

  for (let n = 1; n < SCHEMA_VERSION; n++) {
    it(`upgrades from version ${n} with user documents and settings intact`, async () => {
      const indexedDB = freshFactory();
      await databaseAtVersion(n, indexedDB);
      await fakeBrowser.storage.local.set({ settings: OLD_SETTINGS });

      const db = new CorpusDb('backstory-corpus', { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect((await db.documents.get('user_1'))?.title.text).toBe('Kept since v' + n);
      expect(await db.passages.get('user_1#1')).toMatchObject({ origin: 'user', lang: 'en', text: expect.stringContaining(`version ${n}`) });

      // The update that brings the new schema also brings a new bundle: only bundled rows change.
      const report = await ensureBundledCorpus(db, async () => testBundle('B'));
      expect(report).toMatchObject({ status: 'updated', previousVersion: (await testBundle('A')).version });
      expect(await db.documents.where('origin').equals('user').primaryKeys()).toEqual(['user_1']);
      expect(await db.passages.where('entities').equals('kazakhstan').primaryKeys()).toContain('user_1#1');

      const settings = await loadSettings();
      expect(settings).toMatchObject({ enabled: false, style: 'underline', trigger: 'click', hoverDelayMs: 650, disabledSites: ['news.example'] });

      const file = parseBackup(await exportBackup(db, fakeArea({ settings: OLD_SETTINGS }), '1'), SCHEMA_VERSION);
      expect(file.database.data.data.map((t) => t.rows.length)).toEqual([1, 1]);
      db.close();
    });
  }
});
