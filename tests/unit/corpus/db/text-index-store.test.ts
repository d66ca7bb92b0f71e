/**
 * The text index is built once per corpus revision and kept in the database, so a restarted
 * background reads it back instead of rebuilding it: same answers either way, and a new
 * revision (or another build's index) is never used.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { readRevision } from '@/lib/corpus/db/meta';
import { search } from '@/lib/corpus/search/search';
import { forgetTextIndex, textIndexFor, textIndexStored } from '@/lib/corpus/search/text-index-cache';
import { addPassages, buildTextIndex } from '@/lib/corpus/search/text-index-update';
import type { PassageRow } from '@/lib/corpus/db/rows';
import { packTextIndex, readStoredIndex, unpackTextIndex, writeStoredIndex } from '@/lib/corpus/db/text-index-store';
import { replaceBundled } from '@/lib/corpus/db/load';
import { foldForMatch } from '@/lib/text/normalise';
import { seedBundle, seedDb } from '../../../support/seed-corpus';

let db: CorpusDb;
beforeAll(async () => {
  db = await seedDb();
});
afterAll(() => db.close());

const QUERIES = ['strategic partner', 'anniversery', 'Zgurest', 'payment system', 'sanctions'];
const answers = async () => Promise.all(QUERIES.map(async (q) => (await search(db, q)).hits.map((h) => [h.passage.id, h.score, h.marks])));

/** The stored index of `revision`, once the write that the last search left running has settled. */
async function stored(revision: number) {
  await textIndexStored(db);
  const found = await readStoredIndex(db, revision);
  if (!found) throw new Error('the index was never stored');
  return found;
}

function syntheticRows(n: number): PassageRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bulk-${i}#1`, docId: `bulk-${i}`, origin: 'user', paragraph: 1, text: `Report ${i} on trade, word${i % 97} and border ${i % 13}`,
    lang: 'en', script: 'Latn', sentences: [], mentions: [], translation: null, entities: [], ranks: [],
  }));
}

describe('stored text index', () => {
  it('packs and unpacks to the same index', async () => {
    const index = buildTextIndex(await db.passages.toArray(), foldForMatch);
    const unpacked = unpackTextIndex(structuredClone(packTextIndex(index, 1, 'g1')), foldForMatch);
    if (!unpacked) throw new Error('not unpacked');
    expect(unpacked.rows).toEqual(index.rows);
    expect(unpacked.vocabulary).toEqual(index.vocabulary);
    expect(unpacked.text).toEqual(index.text);
    expect(unpacked.postings.map((p) => [...p])).toEqual(index.postings.map((p) => [...p]));
    expect(new Map([...unpacked.trigrams].map(([g, t]) => [g, [...t]]))).toEqual(new Map([...index.trigrams].map(([g, t]) => [g, [...t]])));
  });

  it('is stored by the first search and gives the same answers after a restart', async () => {
    forgetTextIndex(db);
    const fresh = await answers();
    await stored(await readRevision(db));
    expect(await db.textIndex.count()).toBe(1);
    forgetTextIndex(db); // as a restarted worker
    const toArray = vi.spyOn(db.passages, 'toArray');
    try {
      expect(await answers()).toEqual(fresh);
      expect(toArray).not.toHaveBeenCalled();
    } finally {
      toArray.mockRestore();
    }
  });

  it('is rebuilt for a new revision, and the old one dropped', async () => {
    await textIndexFor(db);
    const before = await readRevision(db);
    await stored(before);
    await replaceBundled(db, structuredClone(await seedBundle()), Date.now());
    const after = await readRevision(db);
    expect(after).toBe(before + 1);
    await search(db, 'partner');
    await stored(after);
    expect(await db.textIndex.count()).toBe(1);
  });

  it("never stores an index over a revision that moved on, nor reads another build's", async () => {
    const revision = await readRevision(db);
    const index = await textIndexFor(db);
    await writeStoredIndex(db, packTextIndex(index, revision - 1, 'older'));
    expect(await readStoredIndex(db, revision - 1)).toBeNull();
    const packed = packTextIndex(index, revision, 'other');
    await db.textRows.bulkPut(packed.chunks);
    await db.textIndex.put({ ...packed.head, key: 'another build' });
    expect(await readStoredIndex(db, revision)).toBeNull();
  });

  it('writes only the rows added since the last write, and never a head whose rows are missing', async () => {
    const rows = syntheticRows(2500);
    const revision = await readRevision(db);
    const first = buildTextIndex(rows.slice(0, 1500), foldForMatch);
    await writeStoredIndex(db, packTextIndex(first, revision, 'grow'));
    expect(await db.textRows.where('generation').equals('grow').count()).toBe(2);
    // The index grows; the next write carries chunk 1 (rewritten, now full) and chunk 2, not chunk 0.
    addPassages(first, rows.slice(1500));
    const later = packTextIndex(first, revision, 'grow', 1500);
    expect(later.chunks.map((c) => c.chunk)).toEqual([1, 2]);
    await writeStoredIndex(db, later);
    const read = await readStoredIndex(db, revision);
    const unpacked = read && unpackTextIndex(read, foldForMatch);
    expect(unpacked?.rows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(unpacked?.text).toEqual(first.text);
    // A head whose earlier chunks were never written is not stored: the whole one before stays.
    await writeStoredIndex(db, packTextIndex(first, revision, 'torn', 1500));
    expect((await readStoredIndex(db, revision))?.head.generation).toBe('grow');
    // A new generation replaces the old one's rows.
    await writeStoredIndex(db, packTextIndex(first, revision, 'fresh'));
    expect(await db.textRows.where('generation').equals('grow').count()).toBe(0);
    expect((await readStoredIndex(db, revision))?.head.generation).toBe('fresh');
  });
});
