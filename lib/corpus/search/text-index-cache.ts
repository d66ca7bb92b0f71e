/**
 * One text index per open database, for the current corpus revision (a bundle load or a user
 * import bumps it in the same transaction as the rows). Read from the database when it was
 * stored for this revision; otherwise built from the passages once and stored (see
 * db/text-index-store.ts). Concurrent searches while it loads share the same promise.
 */
import { foldForMatch } from '../../text/normalise';
import type { CorpusDb } from '../db/db';
import { readRevision } from '../db/meta';
import { buildTextIndex, type TextIndex } from './text-index';
import { packTextIndex, readStoredIndex, unpackTextIndex, writeStoredIndex } from '../db/text-index-store';

interface Entry {
  revision: number;
  index: Promise<TextIndex>;
  /** Settles once the index is in the database (at once when it was read from there). */
  stored: Promise<void>;
}

const cache = new WeakMap<CorpusDb, Entry>();

/** Search text is normalised like catalogue aliases: case-folded, NFKC and the project's folds. */
const normalise = foldForMatch;

interface Loaded {
  index: TextIndex;
  revision: number;
  stored: Promise<void>;
}

async function loadOrBuild(db: CorpusDb, revision: number): Promise<Loaded> {
  const stored = await readStoredIndex(db, revision);
  if (stored) return { index: unpackTextIndex(stored, normalise), revision, stored: Promise.resolve() };
  // Rows and revision read together, so the index never claims rows newer or older than they are.
  const { rows, current } = await db.transaction('r', db.passages, db.meta, async () => {
    const [rows, current] = await Promise.all([db.passages.toArray(), readRevision(db)]);
    return { rows, current };
  });
  const index = buildTextIndex(rows, normalise);
  // Not awaited: the search goes on; a failed write only means building again next time.
  const written = writeStoredIndex(db, packTextIndex(index, current)).catch(() => undefined);
  return { index, revision: current, stored: written };
}

export async function textIndexFor(db: CorpusDb): Promise<TextIndex> {
  const revision = await readRevision(db);
  const entry = cache.get(db);
  if (entry && entry.revision === revision) return entry.index;
  const loaded = loadOrBuild(db, revision);
  const index = loaded.then(({ index: built, revision: current, stored }) => {
    if (current !== revision) cache.set(db, { revision: current, index: Promise.resolve(built), stored });
    return built;
  });
  cache.set(db, { revision, index, stored: loaded.then(({ stored }) => stored, () => undefined) });
  index.catch(() => {
    if (cache.get(db)?.index === index) cache.delete(db);
  });
  return index;
}

/**
 * Settles once the index of the last search is in the database: the search does not wait for
 * that write, a caller who must (tests, benchmarks) can.
 */
export async function textIndexStored(db: CorpusDb): Promise<void> {
  await cache.get(db)?.stored;
}

/** Drops the in-memory index (tests, benchmarks; as a worker restart would). */
export function forgetTextIndex(db: CorpusDb): void {
  cache.delete(db);
}
