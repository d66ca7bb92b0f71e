/**
 * `search`: the popup's query box. A query that names a catalogue entity, in any script or
 * form, returns that entity's passages in every language, best first, straight from the
 * `ranks` index; a query naming several returns the passages naming them all first
 * (entity-search.ts). Anything else goes to full-text search (text-search.ts) over passages
 * and their translations, typos tolerated. Every hit says what to emphasise.
 */
import { foldForMatch } from '../../text/normalise';
import { bundledCatalogueView, type CatalogueView } from '../catalogue-view';
import type { CorpusDb } from '../db/db';
import type { PassageRow } from '../db/rows';
import { corpusVersion } from '../db/meta';
import { rowScore } from '../db/rank';
import { topPassages } from '../db/ranked-passages';
import { heldTextIndex, textIndexFor } from './text-index-cache';
import type { TextIndex } from './text-index';
import { readRevision } from '../db/meta';
import { entitiesSearch, mentionRanges } from './entity-search';
import { searchText } from './text-search';
import { rawTokens, UNSPACED } from './tokens';
import type { Range, SearchHit, SearchResponse } from '../types';
import { passageViews } from '../db/passage-views';

export const DEFAULT_SEARCH_LIMIT = 20;
/** Longer input is cut: nobody types more, and it keeps a pasted article from stalling the worker. */
const MAX_QUERY_LENGTH = 200;

export interface SearchOptions {
  limit?: number;
  /** The catalogue queries resolve against (default: the bundled one). */
  catalogue?: CatalogueView;
}

/**
 * The words to mark: tokens whose terms matched, with the parts of a compound joined ("S-400"
 * marked as one, not "S" and "400"). A lone letter is never marked on its own: it only ever
 * matches as part of a compound.
 */
function termRanges(text: string, matched: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  for (const { start, end, terms } of rawTokens(text)) {
    if (!terms.some((term) => matched.has(term))) continue;
    const last = ranges.at(-1);
    if (last && /^[^\s\p{L}\p{M}\p{N}]{0,3}$/u.test(text.slice(last.end, start))) last.end = end;
    else ranges.push({ start, end });
  }
  return ranges.filter((r) => Array.from(text.slice(r.start, r.end)).length > 1 || UNSPACED.test(text.slice(r.start, r.end)));
}

async function entitySearch(db: CorpusDb, query: string, entityId: string, alias: string, limit: number, catalogue: CatalogueView) {
  const { rows, total, version, views } = await topPassages(db, entityId, limit);
  const folded = foldForMatch(query);
  const hits = views.map((passage, i): SearchHit => {
    const row = rows[i] as PassageRow;
    const text = mentionRanges(row.mentions, [entityId]);
    const translation = row.translation ? mentionRanges(row.translation.mentions, [entityId]) : [];
    const exact = text.some((r) => foldForMatch(row.text.slice(r.start, r.end)) === folded);
    return { passage, score: rowScore(row, entityId), exact, marks: { text, translation } };
  });
  const entity = catalogue.summary(entityId);
  return { entity, alias, hits, total, version };
}

export async function search(db: CorpusDb, rawQuery: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_SEARCH_LIMIT, 100));
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
  if (query === '') return { query, mode: 'empty', resolved: null, hits: [], total: 0, corpusVersion: await corpusVersion(db) };

  const catalogue = options.catalogue ?? bundledCatalogueView();
  const named = catalogue.resolveAll(query).flatMap(({ entity }) => catalogue.summary(entity) ?? []);
  if (named.length >= 2) {
    const found = await entitiesSearch(db, named.map((e) => e.id), limit);
    if (found.total > 0) {
      return { query, mode: 'entities', resolved: null, together: named, hits: found.hits, total: found.total, corpusVersion: found.version };
    }
  }

  const resolved = catalogue.resolve(query);
  if (resolved) {
    const found = await entitySearch(db, query, resolved.entity, resolved.alias, limit, catalogue);
    if (found.entity && found.total > 0) {
      return { query, mode: 'entity', resolved: { entity: found.entity, alias: found.alias },
        hits: found.hits, total: found.total, corpusVersion: found.version };
    }
  }

  // The index as held, and the revision checked in the same read as the hits' rows (one round
  // trip to the database per keystroke fewer); if the corpus moved meanwhile, once more with
  // the index brought up to date.
  const summary = resolved ? catalogue.summary(resolved.entity) : null;
  const resolvedAs = resolved && summary ? { entity: summary, alias: resolved.alias } : null;
  const held = await heldTextIndex(db);
  const answer =
    (await textAnswer(db, held.index, held.revision, rawQuery, query, limit, false)) ??
    (await textAnswer(db, await textIndexFor(db), -1, rawQuery, query, limit, true));
  if (!answer) throw new Error('unreachable: an answer at any revision is never refused');
  return { ...answer, resolved: resolvedAs };
}

/** A passage's document id, from the passage id the indexer gives it (`doc#paragraph`). */
const docIdOf = (passageId: string): string => passageId.slice(0, Math.max(0, passageId.lastIndexOf('#')));

/**
 * The text search's answer over `index` (of `revision`), or null if the database has moved past
 * that revision (unless `anyRevision`). The index knows passages by id: the rows of the hits
 * shown, and only those, are read with their documents in one read transaction.
 */
async function textAnswer(db: CorpusDb, index: TextIndex, revision: number, rawQuery: string, query: string, limit: number, anyRevision: boolean): Promise<Omit<SearchResponse, 'resolved'> | null> {
  // A trailing space means the last word is finished: no prefix matching for it.
  const result = searchText(index, query, limit, !/\s$/.test(rawQuery));
  const ids = result.hits.map((h) => h.row.id);
  const read = await db.transaction('r', db.passages, db.documents, db.meta, async () => {
    // The documents are asked for beside their passages, not after them (a round trip fewer).
    const [current, version, found, docs] = await Promise.all([
      readRevision(db), corpusVersion(db), db.passages.bulkGet(ids), db.documents.bulkGet([...new Set(ids.map(docIdOf))]),
    ]);
    if (current !== revision && !anyRevision) return null;
    const shown = result.hits.flatMap((hit, i) => {
      const row = found[i];
      return row ? [{ hit, row }] : [];
    });
    const known = new Map(docs.flatMap((d) => (d ? [[d.id, d] as const] : [])));
    return { version, shown, views: await passageViews(db, shown.map((s) => s.row), version, known) };
  });
  if (!read) return null;
  const { version, shown, views } = read;
  const hits = shown.map(({ hit, row }, i): SearchHit => ({
    passage: views[i] as SearchHit['passage'],
    score: hit.score,
    exact: hit.exact,
    marks: {
      text: termRanges(row.text, result.matched),
      translation: row.translation ? termRanges(row.translation.text, result.matched) : [],
    },
  }));
  return { query, mode: 'text', hits, total: result.total, corpusVersion: version };
}
