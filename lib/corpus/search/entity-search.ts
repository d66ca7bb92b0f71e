/**
 * Search for a query that names several entities ("tokayev putin"): the passages that mention
 * any of them, those mentioning all of them first, then by how many they mention and by their
 * rank for each. Every mention of the named entities is marked.
 */
import type { EntityId } from '../../entities/types';
import { rowScore } from '../db/rank';
import type { CorpusDb } from '../db/db';
import type { PassageRow } from '../db/rows';
import { corpusVersion } from '../db/meta';
import type { Range, SearchHit } from '../types';
import { passageViews } from '../db/passage-views';

export function mentionRanges(mentions: PassageRow['mentions'], entities: readonly EntityId[]): Range[] {
  return mentions.filter((m) => entities.includes(m[0])).map(([, start, end]) => ({ start, end }));
}

export async function entitiesSearch(
  db: CorpusDb,
  entities: readonly EntityId[],
  limit: number,
): Promise<{ hits: SearchHit[]; total: number; version: string | null }> {
  return db.transaction('r', db.passages, db.documents, db.meta, async () => {
    const [rows, version] = await Promise.all([
      db.passages.where('entities').anyOf([...entities]).distinct().toArray(),
      corpusVersion(db),
    ]);
    const ranked = rows
      .map((row) => ({
        row,
        named: entities.filter((e) => row.entities.includes(e)).length,
        score: entities.reduce((sum, e) => sum + rowScore(row, e), 0) / entities.length,
      }))
      .sort((a, b) => b.named - a.named || b.score - a.score || a.row.id.localeCompare(b.row.id))
      .slice(0, limit);
    const views = await passageViews(db, ranked.map((r) => r.row), version);
    const hits = ranked.map(({ row, named, score }, i): SearchHit => ({
      passage: views[i] as SearchHit['passage'],
      score,
      exact: named === entities.length,
      marks: {
        text: mentionRanges(row.mentions, entities),
        translation: row.translation ? mentionRanges(row.translation.mentions, entities) : [],
      },
    }));
    return { hits, total: rows.length, version };
  });
}
