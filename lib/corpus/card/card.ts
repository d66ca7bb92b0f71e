/**
 * `cardFor`: an entity's catalogue data and its best passages. The ranking is precomputed
 * into the `ranks` index (db/rank.ts), so this is one index range read of `limit` rows and one
 * count, however many passages mention the entity.
 */
import type { EntityId } from '../../entities/types';
import { bundledCatalogueView, type CatalogueView } from '../catalogue-view';
import type { CorpusDb } from '../db/db';
import type { PassageRow } from '../db/rows';
import { topPassages } from '../db/ranked-passages';
import { rowScore } from '../db/rank';
import type { CardData, RankedPassage } from '../types';

export const DEFAULT_CARD_PASSAGES = 5;
/** The most a card asks for at once, however many times "more" is pressed. */
export const MAX_CARD_PASSAGES = 500;

export function countMentions(row: PassageRow, entity: EntityId): number {
  return row.mentions.filter((m) => m[0] === entity).length;
}

/** Throws for an entity the catalogue does not know (the router turns that into an error reply). */
export async function cardFor(db: CorpusDb, entityId: EntityId, limit = DEFAULT_CARD_PASSAGES, catalogue: CatalogueView = bundledCatalogueView()): Promise<CardData> {
  const entity = catalogue.summary(entityId);
  if (!entity) throw new Error(`Unknown entity "${entityId}": it is not in the catalogue.`);
  const wanted = Number.isFinite(limit) ? Math.max(1, Math.min(Math.floor(limit), MAX_CARD_PASSAGES)) : DEFAULT_CARD_PASSAGES;
  const { rows, total, version, views } = await topPassages(db, entityId, wanted);
  const passages = views.map((view, i): RankedPassage => {
    const row = rows[i] as PassageRow;
    return { ...view, score: rowScore(row, entityId), entityMentions: countMentions(row, entityId) };
  });
  return { entity, passages, totalPassages: total, corpusVersion: version };
}
