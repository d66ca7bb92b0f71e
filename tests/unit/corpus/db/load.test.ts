/**
 * Loading the bundled corpus: first install, update, repair of half-written or corrupt
 * states, rejection of a damaged bundle, and user rows left alone throughout.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusBundleError, type CorpusBundle } from '@/lib/corpus/build/bundle';
import type { CorpusDb } from '@/lib/corpus/db/db';
import type { DocumentRow, PassageRow } from '@/lib/corpus/db/rows';
import { openCorpusDb } from '@/lib/corpus/db/db';
import { ensureBundledCorpus } from '@/lib/corpus/db/load';
import { corpusVersion, readBundledState, readRevision } from '@/lib/corpus/db/meta';
import { freshDb } from '../../../support/db';
import { testBundle } from '../../../support/bundles';

let db: CorpusDb;
let A: CorpusBundle;
let B: CorpusBundle;
const now = () => 1_700_000_000_000;
const load = (bundle: unknown) => ensureBundledCorpus(db, async () => structuredClone(bundle), now);

const userDoc: DocumentRow = {
  id: 'user_1', origin: 'user', file: 'notes.txt', language: 'en', source: 'my notes',
  title: { text: 'My notes', language: 'en', editorial: false },
  date: { refersTo: 'publication', precision: 'unknown', value: null, inferredFrom: 'none' },
  published: { refersTo: 'publication', precision: 'unknown', value: null, inferredFrom: 'none' },
  translation: { by: 'nobody' },
};
const userPassage: PassageRow = {
  id: 'user_1#1', docId: 'user_1', origin: 'user', paragraph: 1, text: 'Kazakhstan, my notes.', lang: 'en', script: 'Latn',
  sentences: [0, 21], mentions: [['kazakhstan', 0, 10, 'name']], translation: null, entities: ['kazakhstan'],
  ranks: ['kazakhstan\u0001000001'],
};

beforeEach(async () => {
  db = freshDb();
  [A, B] = await Promise.all([testBundle('A'), testBundle('B')]);
});
afterEach(() => db.close());

describe('ensureBundledCorpus', () => {
  it('installs the bundle on first run, in one go, with its version recorded', async () => {
    const report = await load(A);
    expect(report).toMatchObject({ status: 'installed', version: A.version, previousVersion: null, documents: 2, passages: 3 });
    expect(await db.passages.count()).toBe(3);
    expect(await corpusVersion(db)).toBe(A.version);
    expect(await readRevision(db)).toBe(1);
    const aboutCsto = await db.passages.where('entities').equals('csto').primaryKeys();
    expect(aboutCsto.sort()).toEqual(['doc_a#1', 'doc_b#1']);
  });

  it('does nothing when the same version is already loaded', async () => {
    await load(A);
    expect((await load(A)).status).toBe('unchanged');
    expect(await readRevision(db)).toBe(1);
  });

  it('replaces the bundled rows on a new version and keeps user rows', async () => {
    await load(A);
    await db.documents.add(userDoc);
    await db.passages.add(userPassage);
    const report = await load(B);
    expect(report).toMatchObject({ status: 'updated', previousVersion: A.version, version: B.version });
    expect(await db.passages.where('origin').equals('bundled').primaryKeys()).toEqual(
      ['doc_a#1', 'doc_a#2', 'doc_a#3', 'doc_b#1', 'doc_c#1'],
    );
    expect(await db.passages.get('user_1#1')).toEqual(userPassage);
    expect(await db.documents.get('user_1')).toEqual(userDoc);
    expect(await db.passages.where('entities').equals('kazakhstan').primaryKeys()).toContain('user_1#1');
  });

  it('repairs bundled rows written without their meta row (a half-written state)', async () => {
    await load(A);
    await db.meta.delete('bundled');
    await db.passages.delete('doc_a#2');
    expect((await load(A)).status).toBe('repaired');
    expect(await db.passages.where('origin').equals('bundled').count()).toBe(3);
  });

  it('repairs a garbled meta row', async () => {
    await load(A);
    await db.meta.put({ key: 'bundled', value: 'garbage' });
    expect(await readBundledState(db)).toBeNull();
    expect((await load(A)).status).toBe('repaired');
    expect(await corpusVersion(db)).toBe(A.version);
  });

  it('repairs missing rows behind an intact meta row', async () => {
    await load(A);
    await db.passages.delete('doc_b#1');
    expect((await load(A)).status).toBe('repaired');
    expect(await db.passages.get('doc_b#1')).toBeDefined();
  });

  it('keeps the previous corpus when the bundle is missing', async () => {
    await load(A);
    const failing = ensureBundledCorpus(db, () => Promise.reject(new Error('HTTP 404')), now);
    await expect(failing).rejects.toThrowError(/Corpus bundle rejected: could not be read \(HTTP 404\)/);
    expect(await corpusVersion(db)).toBe(A.version);
    expect(await db.passages.count()).toBe(3);
  });

  it('rejects a damaged bundle (content changed under its version) and keeps the previous corpus', async () => {
    await load(A);
    const damaged = structuredClone(B);
    damaged.documents[0]!.title.text = 'Tampered title';
    await expect(load(damaged)).rejects.toThrowError(/does not match its content/);
    await expect(load({ format: 1, version: 'x' })).rejects.toBeInstanceOf(CorpusBundleError);
    await expect(load('not json at all')).rejects.toThrowError(/not a JSON object/);
    expect(await corpusVersion(db)).toBe(A.version);
    expect(await db.passages.count()).toBe(3);
  });

  it('rolls the whole replacement back if a write fails half-way', async () => {
    await load(A);
    const original = db.passages.bulkAdd.bind(db.passages);
    db.passages.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.passages.bulkAdd;
    await expect(load(B)).rejects.toThrowError(/disk full/);
    db.passages.bulkAdd = original;
    expect(await corpusVersion(db)).toBe(A.version);
    expect((await db.passages.toCollection().primaryKeys()).sort()).toEqual(['doc_a#1', 'doc_a#2', 'doc_b#1']);
    expect((await load(B)).status).toBe('updated');
  });
});

describe('openCorpusDb', () => {
  it('refuses to open from a web page origin (a content script)', () => {
    expect(() => openCorpusDb({ protocol: 'https:' })).toThrowError(/belongs to the extension/);
    expect(openCorpusDb({ protocol: 'chrome-extension:' })).toBeDefined();
  });
});
