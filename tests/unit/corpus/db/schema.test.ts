/**
 * Schema migrations carry user rows forward: a database written under version 1 opens under
 * the current schema with its rows intact and upgraded.
 */
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CorpusDb } from '@/lib/corpus/db/db';
import { SCHEMA, SCHEMA_VERSION } from '@/lib/corpus/db/schema';
import { freshFactory } from '../../../support/db';

describe('corpus schema', () => {
  it('numbers its versions in order, the last being current', () => {
    expect(SCHEMA.map((s) => s.version)).toEqual(SCHEMA.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(SCHEMA.length);
  });

  it('upgrades a version 1 database, keeping user rows and filling the passage language', async () => {
    const indexedDB = freshFactory();
    const old = new Dexie('corpus-migration', { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA[0]!.stores);
    await old.table('documents').add({ id: 'u1', origin: 'user', language: 'ru' });
    await old.table('passages').add({ id: 'u1#1', docId: 'u1', origin: 'user', text: 'Казахстан', entities: ['kazakhstan'], ranks: [] });
    old.close();

    const db = new CorpusDb('corpus-migration', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.passages.get('u1#1')).toMatchObject({ text: 'Казахстан', lang: 'ru' });
    expect(await db.passages.where('lang').equals('ru').count()).toBe(1);
    expect(await db.passages.where('entities').equals('kazakhstan').count()).toBe(1);
    db.close();
  });

  it('drops a version 3 text index (one row holding every passage) and keeps user rows', async () => {
    const indexedDB = freshFactory();
    const old = new Dexie('corpus-migration-3', { indexedDB, IDBKeyRange });
    for (const step of SCHEMA.slice(0, 3)) old.version(step.version).stores(step.stores);
    await old.table('passages').add({ id: 'u1#1', docId: 'u1', origin: 'user', text: 'ОДКБ', lang: 'ru', entities: [], ranks: [] });
    await old.table('textIndex').add({ revision: 4, key: 'any', ids: ['u1#1'], text: ['одкб'], translation: [''] });
    old.close();

    const db = new CorpusDb('corpus-migration-3', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.textIndex.count()).toBe(0);
    expect(await db.textRows.count()).toBe(0);
    expect(await db.passages.get('u1#1')).toMatchObject({ text: 'ОДКБ' });
    db.close();
  });
});
