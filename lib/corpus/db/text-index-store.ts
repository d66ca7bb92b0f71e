/**
 * The text index, kept in the database beside the corpus it indexes. An MV3 background is
 * stopped after half a minute without work; rebuilding the index from every passage after each
 * restart took over a second at 10,000 passages, reading it back is one request. The stored
 * index belongs to one corpus revision (the change log, text-changes.ts, brings it up to date)
 * and to one build's way of cutting and normalising text (lib/text/build-key.ts): an index of
 * another build is rebuilt.
 */
import { TEXT_BUILD_KEY } from '../../text/build-key';
import type { CorpusDb } from './db';
import type { StoredTextIndex } from './rows';
import { readRevision } from './meta';
import { pruneTextChanges } from './text-changes';
import type { TextIndex } from '../search/text-index';
import type { Normalise } from '../search/tokens';

// This file and rows.ts are part of the build key (lib/build/text-key.ts): changing the stored
// shape changes the key, so an index of another shape is never read back.

function flatten(lists: ReadonlyArray<Iterable<number>>): { start: Uint32Array; values: Uint32Array } {
  const arrays = lists.map((list) => Uint32Array.from(list));
  const start = new Uint32Array(arrays.length + 1);
  arrays.forEach((a, i) => (start[i + 1] = (start[i] ?? 0) + a.length));
  const values = new Uint32Array(start[arrays.length] ?? 0);
  arrays.forEach((a, i) => values.set(a, start[i] ?? 0));
  return { start, values };
}

function slices(start: Uint32Array, values: Uint32Array): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (let i = 0; i + 1 < start.length; i++) out.push(values.subarray(start[i], start[i + 1]));
  return out;
}

export function packTextIndex(index: TextIndex, revision: number): StoredTextIndex {
  const postings = flatten(index.postings);
  const grams = [...index.trigrams.keys()];
  const gramTerms = flatten(grams.map((g) => index.trigrams.get(g) ?? []));
  return {
    revision,
    key: TEXT_BUILD_KEY,
    ids: index.rows.map((r) => r.id),
    // Copies: the index grows in place, and a write may wait while it does.
    text: index.text.slice(),
    translation: index.translation.slice(),
    vocabulary: index.vocabulary.slice(),
    order: index.order,
    removed: Uint32Array.from(index.removed),
    postingStart: postings.start,
    postings: postings.values,
    grams,
    gramStart: gramTerms.start,
    gramTerms: gramTerms.values,
  };
}

export function unpackTextIndex(stored: StoredTextIndex, normalise: Normalise): TextIndex {
  const gramTerms = slices(stored.gramStart, stored.gramTerms);
  return {
    rows: stored.ids.map((id) => ({ id })),
    text: stored.text,
    translation: stored.translation,
    vocabulary: stored.vocabulary,
    order: stored.order,
    postings: slices(stored.postingStart, stored.postings),
    trigrams: new Map(stored.grams.map((g, i) => [g, gramTerms[i] ?? new Uint32Array(0)])),
    removed: new Set(stored.removed),
    normalise,
  };
}

/** The stored index of `revision`, if this build made it. */
export async function readStoredIndex(db: CorpusDb, revision: number): Promise<StoredTextIndex | null> {
  const stored = await db.textIndex.get(revision);
  return stored && stored.key === TEXT_BUILD_KEY ? stored : null;
}

/** The stored index, whatever its revision, if this build made it. */
export async function readLatestStoredIndex(db: CorpusDb): Promise<StoredTextIndex | null> {
  const stored = await db.textIndex.orderBy('revision').last();
  return stored && stored.key === TEXT_BUILD_KEY ? stored : null;
}

/**
 * Keeps `stored` as the only stored index, unless a newer one is there or its revision is not
 * the database's yet (the same revision is overwritten: it may be another build's); the change log up to its revision is no longer needed.
 */
export async function writeStoredIndex(db: CorpusDb, stored: StoredTextIndex): Promise<void> {
  await db.transaction('rw', db.meta, db.textIndex, async () => {
    if ((await readRevision(db)) < stored.revision) return;
    // Keys only: reading a stored index to compare revisions would copy all of it.
    const revisions = await db.textIndex.toCollection().primaryKeys();
    if (revisions.some((r) => r > stored.revision)) return;
    await db.textIndex.clear();
    await db.textIndex.put(stored);
    await pruneTextChanges(db, stored.revision);
  });
}
