/**
 * One import batch, as the Worker runs it (and as tests run it without a Worker): a journal
 * entry first, then each draft indexed and stored in its own transaction, progress after each,
 * a failure recorded against its file while the rest goes on, and Cancel honoured between two
 * documents. The journal is cleared at the end, so a batch cut short by a closed page is
 * reported on the next visit (journal.ts).
 */
import type { CorpusDb } from '../db/db';
import type { IndexerOptions } from '../build/indexer';
import { problemOf, type ImportDraft } from '../import/draft';
import type { ImportProgress } from './import-protocol';
import { beginJournal, endJournal } from './journal';
import { storeUserDocument } from './store';

export interface RunOptions {
  db: CorpusDb;
  indexer: () => IndexerOptions;
  batch: string;
  now: number;
  signal: AbortSignal;
  onProgress: (progress: ImportProgress) => void;
  clock?: () => number;
  /** Lets messages (Cancel) through between documents. */
  yieldToEvents?: () => Promise<void>;
}

export async function runImport(drafts: readonly ImportDraft[], options: RunOptions): Promise<{ progress: ImportProgress; notImported: string[] }> {
  const { db, batch, now, signal, onProgress, clock = () => performance.now(), yieldToEvents = () => Promise.resolve() } = options;
  const started = clock();
  const progress: ImportProgress = { done: 0, total: drafts.length, stored: 0, passages: 0, duplicates: [], problems: [], elapsed: 0 };
  await beginJournal(db, { id: batch, startedAt: now, files: drafts.map((d) => d.file) });
  const notImported: string[] = [];
  for (const draft of drafts) {
    if (signal.aborted) {
      notImported.push(draft.file);
      continue;
    }
    try {
      const result = await storeUserDocument(db, draft, { indexer: options.indexer(), now, batch });
      if (result.status === 'stored') {
        progress.stored += 1;
        progress.passages += result.passages;
      } else {
        progress.duplicates.push({ file: draft.file, title: result.title, by: result.by });
      }
    } catch (error) {
      progress.problems.push(problemOf(draft.file, error));
    }
    progress.done += 1;
    progress.elapsed = clock() - started;
    onProgress(progress);
    await yieldToEvents();
  }
  await endJournal(db, batch);
  progress.elapsed = clock() - started;
  return { progress, notImported };
}
