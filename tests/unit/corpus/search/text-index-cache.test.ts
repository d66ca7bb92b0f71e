/**
 * The text index follows the corpus by its change log: documents stored, deleted or re-indexed
 * are found (or gone) at the next search without building the index again from every passage,
 * also after a restart (the stored index plus the log since), and answers are those of an index
 * built afresh. A revision the log does not cover (a bundle load) is built afresh.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { replaceBundled } from '@/lib/corpus/db/load';
import { readRevision } from '@/lib/corpus/db/meta';
import { retagPassages } from '@/lib/corpus/db/retag';
import { readStoredIndex } from '@/lib/corpus/db/text-index-store';
import type { ImportDraft } from '@/lib/corpus/import/draft';
import { search } from '@/lib/corpus/search/search';
import { forgetTextIndex, heldTextIndex, refreshTextIndex, textIndexCurrent, textIndexFor, textIndexStored, textIndexWork } from '@/lib/corpus/search/text-index-cache';
import { indexingMatcher } from '@/lib/corpus/user/indexing';
import { changeUserDocumentLanguage } from '@/lib/corpus/user/language';
import { deleteUserDocuments } from '@/lib/corpus/user/remove';
import { storeUserDocument } from '@/lib/corpus/user/store';
import { seedBundle, seedDb } from '../../../support/seed-corpus';

const draft = (n: number, words: string): ImportDraft => ({
  file: `note-${n}.txt`,
  format: 'txt',
  title: `Note ${n}`,
  text: `Field note ${n}: ${words}.\nA second paragraph of note ${n} about the steppe.`,
  language: 'en',
  date: { value: '2025-03-14', precision: 'day', inferredFrom: 'user' },
  source: 'Desk',
  url: '',
  byline: '',
});

const options = { indexer: indexingMatcher(), now: 1_700_000_000_000 };

async function store(db: CorpusDb, n: number, words: string): Promise<string> {
  const result = await storeUserDocument(db, draft(n, words), options);
  if (result.status !== 'stored') throw new Error('not stored');
  return result.id;
}

const docsFound = async (db: CorpusDb, query: string) => (await search(db, query)).hits.map((h) => h.passage.document.id);

/** Runs `fn` and says whether it read every passage (what a full build does). */
async function readsAllPassages(db: CorpusDb, fn: () => Promise<unknown>): Promise<boolean> {
  const toArray = vi.spyOn(db.passages, 'toArray');
  try {
    await fn();
    return toArray.mock.calls.length > 0;
  } finally {
    toArray.mockRestore();
  }
}

const QUERIES = ['zarnitsa', 'quillwort', 'steppe', 'strategic partner', 'note', 'anniversery'];
/** Hits with their scores and marks; equal scores may come in another order (their row positions differ). */
const answers = async (db: CorpusDb) =>
  Promise.all(QUERIES.map(async (q) => {
    const { hits, total } = await search(db, q);
    const ranked = hits.map((h) => ({ id: h.passage.id, score: h.score, marks: h.marks }));
    return { total, hits: ranked.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id)) };
  }));

describe('text index kept up to date', () => {
  it('adds the passages of stored documents without building the index again', async () => {
    const db = await seedDb();
    await search(db, 'steppe');
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 0 });
    const ids: string[] = [];
    expect(await readsAllPassages(db, async () => {
      ids.push(await store(db, 1, 'zarnitsa battery'));
      ids.push(await store(db, 2, 'quillwort and zarnitsa'));
      expect(await docsFound(db, 'zarnitsa')).toEqual(expect.arrayContaining(ids));
      ids.push(await store(db, 3, 'quillwort alone'));
      expect(new Set(await docsFound(db, 'quillwort'))).toEqual(new Set([ids[1], ids[2]]));
      expect(await docsFound(db, 'quillwurt')).toHaveLength(2); // typo-tolerant on new terms too
      expect(await docsFound(db, 'quillw')).toHaveLength(2); // and as a prefix
    })).toBe(false);
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 2 });
    db.close();
  });

  it('textIndexCurrent settles once the held index is of the database\'s revision, also with writes during an update', async () => {
    const db = await seedDb();
    await textIndexFor(db);
    const a = await store(db, 1, 'zarnitsa battery');
    // The second document is stored once the update has read its log, before it reads the rows.
    let second: Promise<string> | null = null;
    const bulkGet = db.passages.bulkGet.bind(db.passages);
    const delayed = async (keys: string[]) => {
      second ??= store(db, 2, 'quillwort alone');
      await second;
      return bulkGet(keys);
    };
    // Dexie's own promise type is asked for; the code under test only awaits it.
    const spy = vi.spyOn(db.passages, 'bulkGet').mockImplementation(delayed as unknown as typeof db.passages.bulkGet);
    const running = refreshTextIndex(db);
    await textIndexCurrent(db);
    spy.mockRestore();
    const b = await (second ?? Promise.reject(new Error('the update read no rows')));
    const held = await heldTextIndex(db);
    expect(held.revision).toBe(await readRevision(db));
    const docs = new Set(held.index.rows.map((r) => r.id.slice(0, r.id.lastIndexOf('#'))));
    expect(docs.has(a) && docs.has(b)).toBe(true);
    await running;
    // Nothing left for the next search to index.
    const { updates } = textIndexWork(db);
    expect(await docsFound(db, 'quillwort')).toEqual([b]);
    expect(textIndexWork(db).updates).toBe(updates);
    db.close();
  });

  it('drops deleted documents, and a re-indexed one is found once', async () => {
    const db = await seedDb();
    const a = await store(db, 1, 'zarnitsa battery');
    const b = await store(db, 2, 'zarnitsa quillwort');
    expect(new Set(await docsFound(db, 'zarnitsa'))).toEqual(new Set([a, b]));
    const builds = textIndexWork(db).builds;
    await deleteUserDocuments(db, [a]);
    expect(await docsFound(db, 'zarnitsa')).toEqual([b]);
    expect((await search(db, 'zarnitsa')).total).toBe(1);
    await changeUserDocumentLanguage(db, draft(2, 'zarnitsa quillwort'), 'de', options);
    expect(await docsFound(db, 'zarnitsa')).toEqual([b]);
    expect((await search(db, 'zarnitsa')).total).toBe(1);
    await deleteUserDocuments(db, 'all');
    expect(await docsFound(db, 'zarnitsa')).toEqual([]);
    expect(textIndexWork(db).builds).toBe(builds);
    db.close();
  });

  it('answers as an index built afresh would', async () => {
    const db = await seedDb();
    await search(db, 'steppe');
    const ids = [];
    for (let n = 0; n < 6; n++) ids.push(await store(db, n, n % 2 ? 'zarnitsa quillwort' : 'quillwort strategic partner'));
    await deleteUserDocuments(db, [ids[1] as string, ids[4] as string]);
    const updated = await answers(db);
    expect(textIndexWork(db).builds).toBe(1);
    forgetTextIndex(db);
    await db.textIndex.clear();
    expect(await answers(db)).toEqual(updated);
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 0 });
    db.close();
  });

  it('after a restart, replays the log since the stored index instead of reading every passage', async () => {
    const db = await seedDb();
    await search(db, 'steppe');
    await textIndexStored(db);
    const storedAt = await readRevision(db);
    const a = await store(db, 1, 'zarnitsa battery');
    const b = await store(db, 2, 'zarnitsa quillwort');
    await deleteUserDocuments(db, [a]);
    forgetTextIndex(db); // the background stopped before it searched again
    expect(await readsAllPassages(db, async () => expect(await docsFound(db, 'zarnitsa')).toEqual([b]))).toBe(false);
    expect(textIndexWork(db)).toEqual({ builds: 0, updates: 1 });
    // Stored again at the new revision; the log it no longer needs is pruned.
    await textIndexStored(db);
    const now = await readRevision(db);
    expect(await readStoredIndex(db, now)).not.toBeNull();
    expect(await db.textIndex.count()).toBe(1);
    expect(await db.meta.where('key').startsWith('textChange:').count()).toBe(0);
    expect(now).toBe(storedAt + 3);
    forgetTextIndex(db);
    expect(await readsAllPassages(db, async () => expect(await docsFound(db, 'zarnitsa')).toEqual([b]))).toBe(false);
    db.close();
  });

  it('stores the index by itself once the corpus is quiet after an update leaves it far behind, in the chunks of the same build', async () => {
    const db = await seedDb();
    await search(db, 'steppe');
    await textIndexStored(db);
    const before = (await db.textIndex.toArray())[0];
    const paragraphs = Array.from({ length: 2100 }, (_, i) => `Paragraph ${i} of the long report on zarnitsa${i % 7}.`);
    const result = await storeUserDocument(db, { ...draft(9, 'long'), text: paragraphs.join('\n') }, options);
    expect(result.status).toBe('stored');
    await refreshTextIndex(db);
    const current = await readRevision(db);
    // No caller waiting: stored within seconds of the last change (an event page may be stopped soon after).
    await vi.waitFor(async () => expect((await db.textIndex.toArray())[0]?.revision).toBe(current), { timeout: 4000, interval: 50 });
    const head = (await db.textIndex.toArray())[0];
    expect(head?.generation).toBe(before?.generation);
    expect(await db.textRows.where('generation').equals(head?.generation ?? '').count()).toBe(Math.ceil((head?.rows ?? 0) / 1000));
    forgetTextIndex(db);
    expect(await readsAllPassages(db, async () => expect((await search(db, 'zarnitsa3')).total).toBe(300))).toBe(false);
    expect(textIndexWork(db)).toEqual({ builds: 0, updates: 0 });
    db.close();
  });

  it('does not store the index while the corpus keeps changing (an import), only once it settles', async () => {
    const db = await seedDb();
    await search(db, 'steppe');
    await textIndexStored(db);
    const storedRevision = async () => (await db.textIndex.toArray())[0]?.revision;
    const first = await storedRevision();
    const paragraphs = Array.from({ length: 2100 }, (_, i) => `Paragraph ${i} of the long report on zarnitsa${i % 7}.`);
    expect((await storeUserDocument(db, { ...draft(9, 'long'), text: paragraphs.join('\n') }, options)).status).toBe('stored');
    await refreshTextIndex(db);
    // A document every half second, each caught up at once, as the library tells the background during an import.
    const started = Date.now();
    for (let n = 10; Date.now() - started < 2500; n++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await store(db, n, `batch ${n}`);
      await refreshTextIndex(db);
      expect(await storedRevision()).toBe(first);
    }
    const current = await readRevision(db);
    await vi.waitFor(async () => expect(await storedRevision()).toBe(current), { timeout: 4000, interval: 50 });
    db.close();
  });

  it('moves to a re-tag’s revision without re-indexing, and builds afresh across a bundle load', async () => {
    const db = await seedDb();
    await store(db, 1, 'zarnitsa battery');
    await refreshTextIndex(db);
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 0 });
    await retagPassages(db, indexingMatcher(), { key: 'another matcher' });
    const index = await textIndexFor(db);
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 1 });
    expect(index.rows.length).toBe(await db.passages.count());
    await replaceBundled(db, structuredClone(await seedBundle()), Date.now());
    expect(await readsAllPassages(db, () => search(db, 'zarnitsa'))).toBe(true);
    expect(textIndexWork(db).builds).toBe(2);
    expect((await search(db, 'zarnitsa')).hits).toHaveLength(1);
    db.close();
  });
});
