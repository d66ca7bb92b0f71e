/**
 * Storing user documents through the build's indexer: in cards and search at once, marked as
 * the user's, all-or-nothing, never twice; deleting them restores the bundled corpus exactly.
 */
import { describe, expect, it } from 'vitest';
import { cardFor } from '@/lib/corpus/card/card';
import { entityPassageCount, readRevision } from '@/lib/corpus/db/meta';
import { search } from '@/lib/corpus/search/search';
import type { ImportDraft } from '@/lib/corpus/import/draft';
import { indexingMatcher } from '@/lib/corpus/user/indexing';
import { listUserDocuments } from '@/lib/corpus/user/list';
import { deleteUserDocuments } from '@/lib/corpus/user/remove';
import { storeUserDocument } from '@/lib/corpus/user/store';
import { beginJournal, endJournal, unfinishedImport } from '@/lib/corpus/user/journal';
import { seedDb } from '../../../support/seed-corpus';

const draft = (over: Partial<ImportDraft> = {}): ImportDraft => ({
  file: 'deliveries.txt',
  format: 'txt',
  title: 'Deliveries',
  text: 'The S-300 batteries reached Kazakhstan in March, officials said, after talks in Astana.\nA second paragraph about crews training on simulators nicknamed Tumbleweed.',
  language: 'en',
  date: { value: '2025-03-14', precision: 'day', inferredFrom: 'user' },
  source: 'The Steppe Courier',
  url: 'https://steppe-courier.invalid/deliveries#top',
  byline: 'A. Sadykova',
  ...over,
});

const options = () => ({ indexer: indexingMatcher(), now: 1_700_000_000_000 });

describe('storeUserDocument', () => {
  it('indexes with the shared indexer and shows the passage in the card and in search at once, as the user’s', async () => {
    const db = await seedDb();
    const before = await readRevision(db);
    const s300Before = await entityPassageCount(db, 's300');
    const result = await storeUserDocument(db, draft(), options());
    expect(result).toMatchObject({ status: 'stored', passages: 2 });
    expect(await readRevision(db)).toBe(before + 1);
    expect(await entityPassageCount(db, 's300')).toBe(s300Before + 1);
    expect(await entityPassageCount(db, 's300')).toBe(await db.passages.where('entities').equals('s300').count());

    const card = await cardFor(db, 's300');
    const mine = card.passages.find((p) => p.document.origin === 'user');
    expect(mine?.document).toMatchObject({
      title: { text: 'Deliveries', editorial: false },
      source: 'The Steppe Courier',
      url: 'https://steppe-courier.invalid/deliveries',
      byline: 'A. Sadykova',
      date: { value: '2025-03-14', precision: 'day' },
    });
    expect(mine?.citation.corpusVersion).toBe('user');
    expect(mine?.mentions.map((m) => m.entity)).toEqual(['s300', 'kazakhstan', 'astana']);

    const hits = await search(db, 'Tumbleweed');
    expect(hits.hits.map((h) => h.passage.document.id)).toEqual([result.id]);
  });

  it('refuses the same text or the same URL a second time, and changes nothing', async () => {
    const db = await seedDb();
    const first = await storeUserDocument(db, draft(), options());
    const revision = await readRevision(db);
    expect(await storeUserDocument(db, draft({ title: 'Again' }), options())).toEqual({ status: 'duplicate', id: first.id, title: 'Deliveries', by: 'text' });
    expect(await storeUserDocument(db, draft({ text: 'Other text about Astana.', url: 'https://steppe-courier.invalid/deliveries' }), options())).toEqual({
      status: 'duplicate', id: first.id, title: 'Deliveries', by: 'url',
    });
    expect(await readRevision(db)).toBe(revision);
    expect(await listUserDocuments(db)).toHaveLength(1);
  });

  it('refuses an unknown language and a date that does not fit its precision', async () => {
    const db = await seedDb();
    await expect(storeUserDocument(db, draft({ language: null }), options())).rejects.toMatchObject({ code: 'unknownLanguage' });
    await expect(storeUserDocument(db, draft({ date: { value: '2025', precision: 'day', inferredFrom: 'user' } }), options())).rejects.toMatchObject({ code: 'badDate' });
    expect(await listUserDocuments(db)).toEqual([]);
  });

  it('is all or nothing: a write that fails halfway leaves no document, no passage and the same revision', async () => {
    const db = await seedDb();
    const revision = await readRevision(db);
    // A stray row under the id the second passage will take makes the bulk write fail.
    const probe = await storeUserDocument(db, draft(), options());
    await deleteUserDocuments(db, [probe.id]);
    const row = (await db.passages.limit(1).toArray())[0]!;
    await db.passages.add({ ...row, id: `${probe.id}#2`, docId: 'nowhere' });
    const before = await readRevision(db);
    await expect(storeUserDocument(db, draft(), options())).rejects.toThrow();
    expect(await db.documents.get(probe.id)).toBeUndefined();
    expect(await db.passages.get(`${probe.id}#1`)).toBeUndefined();
    expect(await readRevision(db)).toBe(before);
    expect(before).toBe(revision + 2);
  });
});

describe('deleting and the journal', () => {
  it('deletes one, some or all user documents and never a bundled one; counts follow', async () => {
    const db = await seedDb();
    const bundled = await db.passages.count();
    const kz = await entityPassageCount(db, 'kazakhstan');
    const a = await storeUserDocument(db, draft(), options());
    const b = await storeUserDocument(db, draft({ text: 'Kazakhstan opened a new border post.', url: '', file: 'b.txt' }), options());
    await storeUserDocument(db, draft({ text: 'Kazakhstan and the CSTO met.', url: '', file: 'c.txt' }), options());
    expect(await entityPassageCount(db, 'kazakhstan')).toBe(kz + 3);
    expect(await deleteUserDocuments(db, [a.id, 'nonexistent'])).toBe(1);
    expect(await deleteUserDocuments(db, [b.id])).toBe(1);
    expect(await listUserDocuments(db)).toHaveLength(1);
    expect(await deleteUserDocuments(db, 'all')).toBe(1);
    expect(await db.passages.count()).toBe(bundled);
    expect(await entityPassageCount(db, 'kazakhstan')).toBe(kz);
    expect(await deleteUserDocuments(db, [(await db.documents.toCollection().first())!.id])).toBe(0);
  });

  it('says which documents of an interrupted import were not stored', async () => {
    const db = await seedDb();
    await beginJournal(db, { id: 'b1', startedAt: 1, files: ['deliveries.txt', 'second.txt', 'third.txt'] });
    await storeUserDocument(db, draft(), { ...options(), batch: 'b1' });
    expect(await unfinishedImport(db)).toEqual({ id: 'b1', startedAt: 1, missing: ['second.txt', 'third.txt'] });
    await endJournal(db, 'b1');
    expect(await unfinishedImport(db)).toBeNull();
  });
});
