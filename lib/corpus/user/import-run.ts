/**
 * One import batch, as the Worker runs it (and as tests run it without a Worker): a journal
 * entry first, then the drafts a group at a time — each indexed, then the group stored in one
 * transaction (store-group.ts: a transaction per document cost the import most of its time) —
 * progress after each document, a failure recorded against its file while the rest goes on,
 * and Cancel honoured between two documents. Groups start at one document and double up to
 * `MAX_GROUP` (and `GROUP_CHARS` of text), so the first progress comes at once. The journal is
 * cleared at the end, so a batch cut short by a closed page is reported on the next visit
 * (journal.ts).
 */
import type { CorpusDb } from '../db/db';
import type { IndexerOptions } from '../build/indexer';
import { ImportError, problemOf, type ImportDraft } from '../import/draft';
import type { ImportProgress } from './import-protocol';
import { beginJournal, endJournal } from './journal';
import { canonicalUrl, userDocumentId, userDocumentRows, type StoreResult } from './store';
import { knownIds, storeUserDocumentGroup, type PreparedDocument } from './store-group';

export interface RunOptions {
  db: CorpusDb;
  indexer: () => IndexerOptions;
  batch: string;
  now: number;
  signal: AbortSignal;
  onProgress: (progress: ImportProgress) => void;
  clock?: () => number;
  /** Lets messages (Cancel) through between groups. */
  yieldToEvents?: () => Promise<void>;
}

/** Documents written in one transaction, at most; and their text, at most (UTF-16 units). */
export const MAX_GROUP = 16;
export const GROUP_CHARS = 2_000_000;

/** What became of one draft. */
type Outcome = StoreResult | { status: 'problem'; error: unknown } | { status: 'cancelled' };

/** The next group: drafts from `from`, up to `size` of them and `GROUP_CHARS` of text (one at least). */
function nextGroup(drafts: readonly ImportDraft[], from: number, size: number): ImportDraft[] {
  const group: ImportDraft[] = [];
  let chars = 0;
  for (let i = from; i < drafts.length && group.length < size; i++) {
    const draft = drafts[i] as ImportDraft;
    chars += draft.text.length;
    if (group.length > 0 && chars > GROUP_CHARS) break;
    group.push(draft);
  }
  return group;
}

async function storeGroup(db: CorpusDb, group: readonly ImportDraft[], options: RunOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = group.map(() => ({ status: 'cancelled' }));
  const ids: Array<{ id: string; hash: string } | null> = await Promise.all(
    group.map(async (draft, i) => {
      try {
        if (!draft.language) throw new ImportError('unknownLanguage');
        if (draft.text.trim() === '') throw new ImportError('empty');
        return await userDocumentId(draft.text);
      } catch (error) {
        outcomes[i] = { status: 'problem', error };
        return null;
      }
    }),
  );
  // The same text stored before is a duplicate before it costs any indexing.
  const known = await knownIds(db, ids.flatMap((x) => (x ? [x.id] : [])));
  const indexer = options.indexer();
  const prepared: Array<{ at: number; document: PreparedDocument }> = [];
  for (const [i, draft] of group.entries()) {
    const id = ids[i];
    if (!id || options.signal.aborted) continue;
    const title = known.get(id.id);
    if (title !== undefined) {
      outcomes[i] = { status: 'duplicate', id: id.id, title, by: 'text' };
      continue;
    }
    try {
      const rows = await userDocumentRows(draft, { indexer, now: options.now, batch: options.batch }, id);
      prepared.push({ at: i, document: { ...rows, url: draft.url ? canonicalUrl(draft.url) : '' } });
    } catch (error) {
      outcomes[i] = { status: 'problem', error };
    }
  }
  try {
    const results = await storeUserDocumentGroup(db, prepared.map((p) => p.document));
    results.forEach((result, k) => (outcomes[prepared[k]!.at] = result));
  } catch {
    // One document made the group fail: each on its own, so that one is named and the rest stored.
    for (const { at, document } of prepared) {
      try {
        outcomes[at] = (await storeUserDocumentGroup(db, [document]))[0]!;
      } catch (error) {
        outcomes[at] = { status: 'problem', error };
      }
    }
  }
  return outcomes;
}

export async function runImport(drafts: readonly ImportDraft[], options: RunOptions): Promise<{ progress: ImportProgress; notImported: string[] }> {
  const { db, batch, now, signal, onProgress, clock = () => performance.now(), yieldToEvents = () => Promise.resolve() } = options;
  const started = clock();
  const progress: ImportProgress = { done: 0, total: drafts.length, stored: 0, passages: 0, duplicates: [], problems: [], elapsed: 0 };
  await beginJournal(db, { id: batch, startedAt: now, files: drafts.map((d) => d.file) });
  const notImported: string[] = [];
  let size = 1;
  for (let from = 0; from < drafts.length; ) {
    if (signal.aborted) {
      notImported.push(...drafts.slice(from).map((d) => d.file));
      break;
    }
    const group = nextGroup(drafts, from, size);
    from += group.length;
    size = Math.min(MAX_GROUP, size * 2);
    const outcomes = await storeGroup(db, group, options);
    group.forEach((draft, i) => {
      const outcome = outcomes[i] as Outcome;
      if (outcome.status === 'cancelled') {
        notImported.push(draft.file);
        return;
      }
      if (outcome.status === 'stored') {
        progress.stored += 1;
        progress.passages += outcome.passages;
      } else if (outcome.status === 'duplicate') {
        progress.duplicates.push({ file: draft.file, title: outcome.title, by: outcome.by });
      } else {
        progress.problems.push(problemOf(draft.file, outcome.error));
      }
      progress.done += 1;
      progress.elapsed = clock() - started;
      onProgress(progress);
    });
    await yieldToEvents();
  }
  await endJournal(db, batch);
  progress.elapsed = clock() - started;
  return { progress, notImported };
}
