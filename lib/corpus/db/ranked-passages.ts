/**
 * An entity's best passages, read in rank order straight from the `ranks` index (rank.ts), with
 * a little room given to other documents: what a card shows and what a search for an entity's
 * name lists first.
 */
import type { EntityId } from '../../entities/types';
import type { PassageView } from '../types';
import type { CorpusDb } from './db';
import { corpusVersion, entityPassageCount } from './meta';
import { passageViews } from './passage-views';
import { rankRange, rowScore } from './rank';
import type { PassageRow } from './rows';

/** Score a document's every further passage gives up, so that other documents get a say. */
const SAME_DOCUMENT_PENALTY = 0.05;

/** Best first, except that a document's next passage yields to another's close runner-up. */
export function diversify(rows: readonly PassageRow[], entity: EntityId, limit: number): PassageRow[] {
  const pool = rows.map((row) => ({ row, score: rowScore(row, entity) }));
  const perDocument = new Map<string, number>();
  const picked: PassageRow[] = [];
  while (picked.length < limit && pool.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    pool.forEach(({ row, score }, i) => {
      const adjusted = score - SAME_DOCUMENT_PENALTY * (perDocument.get(row.docId) ?? 0);
      if (adjusted > bestScore) [best, bestScore] = [i, adjusted];
    });
    const [taken] = pool.splice(best, 1);
    if (!taken) break;
    picked.push(taken.row);
    perDocument.set(taken.row.docId, (perDocument.get(taken.row.docId) ?? 0) + 1);
  }
  return picked;
}

/**
 * An entity's passages, best first, with their documents, and how many there are in all: one
 * read transaction for all of it (each transaction costs a round trip).
 */
export async function topPassages(
  db: CorpusDb,
  entity: EntityId,
  limit: number,
): Promise<{ rows: PassageRow[]; views: PassageView[]; total: number; version: string | null }> {
  const [lower, upper] = rankRange(entity);
  // A few more than needed, read in rank order straight from the index, to diversify.
  const fetch = Math.min(limit * 3, limit + 30);
  return db.transaction('r', db.passages, db.documents, db.meta, async () => {
    const [rows, total, version] = await Promise.all([
      db.passages.where('ranks').between(lower, upper, true, true).limit(fetch).toArray(),
      entityPassageCount(db, entity),
      corpusVersion(db),
    ]);
    const picked = diversify(rows, entity, limit);
    return { rows: picked, views: await passageViews(db, picked, version), total, version };
  });
}
