/**
 * One text index per open database, for the current corpus revision (a bundle load or a user
 * import bumps it in the same transaction as the rows). Read from the database when it was
 * stored for this revision; otherwise built from the passages once and stored (see
 * text-index-store.ts). Concurrent searches while it loads share the same promise.
 */
import { foldForMatch } from '../text/normalise';
import type { CorpusDb } from './db';
import { readRevision } from './meta';
import { buildTextIndex, type TextIndex } from './text-index';
import { packTextIndex, readStoredIndex, unpackTextIndex, writeStoredIndex } from './text-index-store';

interface Entry {
  revision: number;
  index: Promise<TextIndex>;
}

const cache = new WeakMap<CorpusDb, Entry>();

/** Search text is normalised like catalogue aliases: case-folded, NFKC and the project's folds. */
const normalise = foldForMatch;

async function loadOrBuild(db: CorpusDb, revision: number): Promise<{ index: TextIndex; revision: number }> {
  const stored = await readStoredIndex(db, revision);
  if (stored) return { index: unpackTextIndex(stored, normalise), revision };
  // Rows and revision read together, so the index never claims rows newer or older than they are.
  const { rows, current } = await db.transaction('r', db.passages, db.meta, async () => {
    const [rows, current] = await Promise.all([db.passages.toArray(), readRevision(db)]);
    return { rows, current };
  });
  const index = buildTextIndex(rows, normalise);
  // Not awaited: the search goes on; a failed write only means building again next time.
  writeStoredIndex(db, packTextIndex(index, current)).catch(() => undefined);
  return { index, revision: current };
}

export async function textIndexFor(db: CorpusDb): Promise<TextIndex> {
  const revision = await readRevision(db);
  const entry = cache.get(db);
  if (entry && entry.revision === revision) return entry.index;
  const index = loadOrBuild(db, revision).then(({ index: built, revision: current }) => {
    if (current !== revision) cache.set(db, { revision: current, index: Promise.resolve(built) });
    return built;
  });
  cache.set(db, { revision, index });
  index.catch(() => {
    if (cache.get(db)?.index === index) cache.delete(db);
  });
  return index;
}

/** Drops the in-memory index (tests, benchmarks; as a worker restart would). */
export function forgetTextIndex(db: CorpusDb): void {
  cache.delete(db);
}
