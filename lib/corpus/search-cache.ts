/**
 * One text index per open database, rebuilt only when the corpus revision changes (a bundle
 * load or a user import bumps it in the same transaction as the rows). Concurrent searches
 * during a rebuild share the same promise.
 */
import type { CorpusDb } from './db';
import { readRevision } from './meta';
import { buildTextIndex, type TextIndex } from './text-index';
import type { Normalise } from './tokens';

interface Entry {
  revision: number;
  index: Promise<TextIndex>;
}

const cache = new WeakMap<CorpusDb, Entry>();

export async function textIndexFor(db: CorpusDb, normalise: Normalise): Promise<TextIndex> {
  const revision = await readRevision(db);
  const entry = cache.get(db);
  if (entry && entry.revision === revision) return entry.index;
  const index = db
    .transaction('r', db.passages, db.meta, async () => {
      // Rows and revision read together, so the entry never claims rows newer or older than they are.
      const [rows, current] = await Promise.all([db.passages.toArray(), readRevision(db)]);
      return { rows, current };
    })
    .then(({ rows, current }) => {
      const built = buildTextIndex(rows, normalise);
      if (current !== revision) cache.set(db, { revision: current, index: Promise.resolve(built) });
      return built;
    });
  cache.set(db, { revision, index });
  index.catch(() => {
    if (cache.get(db)?.index === index) cache.delete(db);
  });
  return index;
}

/** Drops the cached index (tests; or to free memory when the popup is closed for long). */
export function forgetTextIndex(db: CorpusDb): void {
  cache.delete(db);
}
