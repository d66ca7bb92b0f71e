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
import type { StoredTextIndex, StoredTextRows } from './rows';
import { readRevision } from './meta';
import { pruneTextChanges } from './text-changes';
import type { TextIndex } from '../search/text-index';
import type { Normalise } from '../search/tokens';

// This file and rows.ts are part of the build key (lib/build/text-key.ts): changing the stored
// shape changes the key, so an index of another shape is never read back.

/** Rows per `StoredTextRows` chunk: small enough that writing one is a short task. */
export const TEXT_ROWS_PER_CHUNK = 1000;

/** The stored form of an index: its terms, and the chunks of rows a write adds or rewrites. */
export interface PackedTextIndex {
  head: StoredTextIndex;
  chunks: StoredTextRows[];
}

function flatten(lists: ReadonlyArray<ArrayLike<number>>): { start: Uint32Array; values: Uint32Array } {
  const start = new Uint32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = (start[i] ?? 0) + (lists[i]?.length ?? 0);
  const values = new Uint32Array(start[lists.length] ?? 0);
  // Typed lists are copied whole (a memory copy), not number by number.
  lists.forEach((list, i) => values.set(list, start[i] ?? 0));
  return { start, values };
}

function slices(start: Uint32Array, values: Uint32Array): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (let i = 0; i + 1 < start.length; i++) out.push(values.subarray(start[i], start[i + 1]));
  return out;
}

/**
 * The index as stored, with the chunks of rows from row `fromRow` on (rounded down to a chunk):
 * the rows before are already in the database under the same `generation`.
 */
export function packTextIndex(index: TextIndex, revision: number, generation: string, fromRow = 0): PackedTextIndex {
  const postings = flatten(index.postings);
  const grams = [...index.trigrams.keys()];
  const gramTerms = flatten(grams.map((g) => index.trigrams.get(g) ?? []));
  const rows = index.rows.length;
  const chunks: StoredTextRows[] = [];
  // Copies: the index grows in place, and a write may wait while it does.
  for (let chunk = Math.floor(fromRow / TEXT_ROWS_PER_CHUNK); chunk * TEXT_ROWS_PER_CHUNK < rows; chunk++) {
    const from = chunk * TEXT_ROWS_PER_CHUNK;
    const to = Math.min(rows, from + TEXT_ROWS_PER_CHUNK);
    chunks.push({
      generation,
      chunk,
      ids: index.rows.slice(from, to).map((r) => r.id),
      text: index.text.slice(from, to),
      translation: index.translation.slice(from, to),
    });
  }
  const head: StoredTextIndex = {
    revision,
    key: TEXT_BUILD_KEY,
    generation,
    rows,
    vocabulary: index.vocabulary.slice(),
    order: index.order,
    removed: Uint32Array.from(index.removed),
    postingStart: postings.start,
    postings: postings.values,
    grams,
    gramStart: gramTerms.start,
    gramTerms: gramTerms.values,
  };
  return { head, chunks };
}

/** The index of a stored head and all its chunks, or null if chunks are missing. */
export function unpackTextIndex({ head, chunks }: PackedTextIndex, normalise: Normalise): TextIndex | null {
  const sorted = [...chunks].sort((a, b) => a.chunk - b.chunk);
  const needed = Math.ceil(head.rows / TEXT_ROWS_PER_CHUNK);
  if (sorted.length < needed || sorted.slice(0, needed).some((c, i) => c.chunk !== i || c.generation !== head.generation)) return null;
  const ids: string[] = [];
  const text: string[] = [];
  const translation: string[] = [];
  for (const c of sorted.slice(0, needed)) {
    ids.push(...c.ids);
    text.push(...c.text);
    translation.push(...c.translation);
  }
  // A chunk rewritten by a later write of the same generation may hold more rows than this head.
  if (ids.length < head.rows) return null;
  const gramTerms = slices(head.gramStart, head.gramTerms);
  return {
    rows: ids.slice(0, head.rows).map((id) => ({ id })),
    text: text.slice(0, head.rows),
    translation: translation.slice(0, head.rows),
    vocabulary: head.vocabulary,
    order: head.order,
    postings: slices(head.postingStart, head.postings),
    trigrams: new Map(head.grams.map((g, i) => [g, gramTerms[i] ?? new Uint32Array(0)])),
    removed: new Set(head.removed),
    normalise,
  };
}

async function withChunks(db: CorpusDb, head: StoredTextIndex | undefined): Promise<PackedTextIndex | null> {
  if (!head || head.key !== TEXT_BUILD_KEY) return null;
  const chunks = await db.textRows.where('generation').equals(head.generation).toArray();
  return { head, chunks };
}

/** The stored index of `revision`, if this build made it. */
export async function readStoredIndex(db: CorpusDb, revision: number): Promise<PackedTextIndex | null> {
  return db.transaction('r', db.textIndex, db.textRows, async () => withChunks(db, await db.textIndex.get(revision)));
}

/** The stored index, whatever its revision, if this build made it. */
export async function readLatestStoredIndex(db: CorpusDb): Promise<PackedTextIndex | null> {
  return db.transaction('r', db.textIndex, db.textRows, async () => withChunks(db, await db.textIndex.orderBy('revision').last()));
}

/**
 * Keeps `packed` as the only stored index, unless a newer one is there or its revision is not
 * the database's yet (the same revision is overwritten: it may be another build's); the change
 * log up to its revision is no longer needed. The chunks go first, one short transaction each
 * (in Firefox the background shares its thread with the library page: one write of every row
 * would stall it), then the head, which is written only if its generation's chunks are all
 * there — so a reader finds a whole index or the previous one, never half of one.
 */
export async function writeStoredIndex(db: CorpusDb, packed: PackedTextIndex): Promise<void> {
  const { head, chunks } = packed;
  for (const chunk of chunks) await db.textRows.put(chunk);
  await db.transaction('rw', db.meta, db.textIndex, db.textRows, async () => {
    if ((await readRevision(db)) < head.revision) return;
    // Keys only: reading a stored index to compare revisions would copy all of it.
    const revisions = await db.textIndex.toCollection().primaryKeys();
    if (revisions.some((r) => r > head.revision)) return;
    const present = await db.textRows.where('generation').equals(head.generation).primaryKeys();
    const needed = Math.ceil(head.rows / TEXT_ROWS_PER_CHUNK);
    const have = new Set(present.map(([, chunk]) => chunk));
    for (let chunk = 0; chunk < needed; chunk++) if (!have.has(chunk)) return;
    await db.textRows.where('generation').notEqual(head.generation).delete();
    await db.textIndex.clear();
    await db.textIndex.put(head);
    await pruneTextChanges(db, head.revision);
  });
}
