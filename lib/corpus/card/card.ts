/**
 * `cardFor`: an entity's catalogue data and its best passages. The ranking is precomputed
 * into the `ranks` index (db/rank.ts), so this is one index range read of `limit` rows and one
 * count, however many passages mention the entity.
 */
import type { EntityId } from '../../entities/types';
import { entitySummary, type CatalogueView } from '../catalogue-view';
import type { CorpusDb, PassageRow } from '../db/db';
import { corpusVersion, entityPassageCount } from '../db/meta';
import { rankKey, rankRange, scoreOfKey } from '../db/rank';
import type { CardData, PassageView, RankedPassage } from '../types';
import { passageViews } from '../db/passage-views';

export const DEFAULT_CARD_PASSAGES = 5;
/** The most a card asks for at once, however many times "more" is pressed. */
export const MAX_CARD_PASSAGES = 500;
/** Score a document's every further passage gives up, so that other documents get a say. */
const SAME_DOCUMENT_PENALTY = 0.05;

/** The stored score of a row for an entity (0 if the row does not mention it). */
export function rowScore(row: PassageRow, entity: EntityId): number {
  const prefix = rankKey(entity, 0).slice(0, -6);
  const key = row.ranks.find((k) => k.startsWith(prefix));
  return key ? scoreOfKey(key) : 0;
}

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

export function countMentions(row: PassageRow, entity: EntityId): number {
  return row.mentions.filter((m) => m[0] === entity).length;
}

/** Throws for an entity the catalogue does not know (the router turns that into an error reply). */
export async function cardFor(db: CorpusDb, entityId: EntityId, limit = DEFAULT_CARD_PASSAGES, catalogue?: CatalogueView): Promise<CardData> {
  const entity = entitySummary(entityId, catalogue);
  if (!entity) throw new Error(`Unknown entity "${entityId}": it is not in the catalogue.`);
  const wanted = Number.isFinite(limit) ? Math.max(1, Math.min(Math.floor(limit), MAX_CARD_PASSAGES)) : DEFAULT_CARD_PASSAGES;
  const { rows, total, version, views } = await topPassages(db, entityId, wanted);
  const passages = views.map((view, i): RankedPassage => {
    const row = rows[i] as PassageRow;
    return { ...view, score: rowScore(row, entityId), entityMentions: countMentions(row, entityId) };
  });
  return { entity, passages, totalPassages: total, corpusVersion: version };
}
