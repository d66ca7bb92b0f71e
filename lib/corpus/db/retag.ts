/**
 * Re-tags the stored passages with another matcher (the journalist's watchlist changed): the
 * mentions of every passage and translation, and the `entities` and `ranks` index keys derived
 * from them, in batches of short read-write transactions so cards and search keep answering
 * meanwhile; then the entity counts and a new revision, in one transaction. Rows whose mentions
 * did not change are not written. Records which matcher the passages are tagged with, so a
 * background restarted mid-way finishes the job.
 */
import type { DocumentDate } from '../types';
import type { CorpusDb } from './db';
import type { PassageRow } from './rows';
import { tuples, type IndexerOptions } from '../build/indexer';
import { bumpRevision, readRevision, writeEntityCounts } from './meta';
import { passageEntities, rankKeys } from './rank';
import { logTextChange } from './text-changes';

/** Which matcher (packed key) the passages were tagged with, as of which revision. */
export interface TagState {
  key: string;
  revision: number;
}

const TAG_STATE = 'taggedWith';
const UNKNOWN_DATE: DocumentDate = { refersTo: 'content', precision: 'unknown', value: null, inferredFrom: '' };

export async function readTagState(db: CorpusDb): Promise<TagState | null> {
  const value = (await db.meta.get(TAG_STATE))?.value as Partial<TagState> | undefined;
  return typeof value?.key === 'string' && typeof value.revision === 'number' ? { key: value.key, revision: value.revision } : null;
}

/**
 * Whether the passages need re-tagging for matcher `key`: they were tagged with another, or
 * rows were written since (an import or a bundle load tags with the bundled catalogue).
 * `bundledKey`: with no record, passages carry the bundled tags.
 */
export async function needsRetag(db: CorpusDb, key: string, bundledKey: string): Promise<boolean> {
  const [state, revision] = await Promise.all([readTagState(db), readRevision(db)]);
  if (!state) return key !== bundledKey;
  return state.key !== key || state.revision !== revision;
}

export interface RetagOptions {
  /** The packed matcher's key, recorded with the result. */
  key: string;
  batchSize?: number;
  signal?: AbortSignal;
}

export interface RetagReport {
  passages: number;
  changed: number;
  revision: number;
}

function retagged(row: PassageRow, date: DocumentDate, { matcher, entities }: IndexerOptions): PassageRow | null {
  const mentions = tuples(matcher.scan(row.text, { lang: row.lang, entities }));
  const translation = row.translation
    ? { ...row.translation, mentions: tuples(matcher.scan(row.translation.text, { lang: 'en', entities })) }
    : null;
  const same = JSON.stringify(mentions) === JSON.stringify(row.mentions) &&
    JSON.stringify(translation?.mentions ?? null) === JSON.stringify(row.translation?.mentions ?? null);
  if (same) return null;
  const input = { text: row.text, paragraph: row.paragraph, mentions, translation };
  return { ...row, mentions, translation, entities: passageEntities(input), ranks: rankKeys(input, date) };
}

/** Null when `signal` aborted before the end (the next call starts again from the top). */
export async function retagPassages(db: CorpusDb, tagger: IndexerOptions, options: RetagOptions): Promise<RetagReport | null> {
  const { key, batchSize = 500, signal } = options;
  const dates = new Map<string, DocumentDate>();
  await db.documents.each((d) => dates.set(d.id, d.date));
  let last: string | null = null;
  let passages = 0;
  let changed = 0;
  // Counted on the way (an index walk is slow in some IndexedDB engines); a write by someone
  // else meanwhile bumps the revision, and the counts of another revision are never used.
  const counts: Record<string, number> = {};
  for (;;) {
    if (signal?.aborted) return null;
    const after: string | null = last;
    const batch: { count: number; updated: number; last: string | null } = await db.transaction('rw', db.passages, async () => {
      const rows: PassageRow[] = await (after === null ? db.passages.orderBy(':id') : db.passages.where(':id').above(after)).limit(batchSize).toArray();
      const updates: PassageRow[] = [];
      for (const row of rows) {
        const next = retagged(row, dates.get(row.docId) ?? UNKNOWN_DATE, tagger);
        if (next) updates.push(next);
        for (const entity of (next ?? row).entities) counts[entity] = (counts[entity] ?? 0) + 1;
      }
      if (updates.length > 0) await db.passages.bulkPut(updates);
      return { count: rows.length, updated: updates.length, last: rows[rows.length - 1]?.id ?? null };
    });
    passages += batch.count;
    changed += batch.updated;
    if (batch.count < batchSize || batch.last === null) break;
    last = batch.last;
  }
  if (signal?.aborted) return null;
  const revision = await db.transaction('rw', db.meta, async () => {
    const next = await bumpRevision(db);
    // Mentions changed, the text did not: the text index only moves to the new revision.
    await logTextChange(db, next, { added: [], removed: [] });
    await writeEntityCounts(db, { revision: next, counts });
    await db.meta.put({ key: TAG_STATE, value: { key, revision: next } satisfies TagState });
    return next;
  });
  return { passages, changed, revision };
}
