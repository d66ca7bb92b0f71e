/**
 * The change log of the passages' text: for each corpus revision, the passage ids it added and
 * removed, written by the writer in the same transaction as the rows and the revision bump. The
 * text index (search/text-index-cache.ts) replays the log from the revision it holds instead of
 * reading every passage again. A revision with no entry (a bundle load, a backup restored) is a
 * gap: whoever needs to cross it builds the index afresh, so a writer that does not log only
 * costs time, never a wrong answer. Entries up to the stored index's revision are pruned.
 */
import type { CorpusDb } from './db';
import type { PassageRow } from './rows';
import { readRevision } from './meta';

export interface TextChange {
  added: string[];
  removed: string[];
}

const PREFIX = 'textChange:';
/** Zero-padded, so that meta keys sort by revision. */
const keyOf = (revision: number) => `${PREFIX}${String(revision).padStart(12, '0')}`;

/** Call inside the transaction that bumped the revision to `revision`. */
export async function logTextChange(db: CorpusDb, revision: number, change: TextChange): Promise<void> {
  await db.meta.put({ key: keyOf(revision), value: change });
}

function isTextChange(value: unknown): value is TextChange {
  const v = value as Partial<TextChange> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.added) && Array.isArray(v.removed);
}

/** What the passages' text became between two revisions: net ids removed and added. */
export interface TextDelta {
  from: number;
  revision: number;
  /** Ids to drop from an index of revision `from` (some may be added again below). */
  removed: string[];
  /** Ids of the rows to add (read them with `readAddedRows`). */
  added: string[];
}

/**
 * The changes from revision `from` to the current one, read in one transaction (so the ids and
 * the revision agree), or null when the log has a gap (rebuild instead).
 */
export async function readTextDelta(db: CorpusDb, from: number): Promise<TextDelta | null> {
  return db.transaction('r', db.meta, async () => {
    const revision = await readRevision(db);
    if (revision < from) return null;
    if (revision === from) return { from, revision, removed: [], added: [] };
    const entries = await db.meta.where('key').between(keyOf(from + 1), keyOf(revision), true, true).toArray();
    if (entries.length !== revision - from || !entries.every((e) => isTextChange(e.value))) return null;
    const removed = new Set<string>();
    const added = new Set<string>();
    for (const { value } of entries) {
      const change = value as TextChange;
      for (const id of change.removed) {
        removed.add(id);
        added.delete(id);
      }
      for (const id of change.added) added.add(id);
    }
    return { from, revision, removed: [...removed], added: [...added] };
  });
}

/**
 * The rows of `ids` still there. Read after the delta, in transactions of their own (a few
 * hundred rows each, so that turning them back into objects is never one long task — in Firefox
 * the background shares its thread with the library page): a row deleted or replaced meanwhile
 * is missing or newer here, and the log's later entries, replayed next time, remove or re-add it.
 */
export async function readAddedRows(db: CorpusDb, ids: readonly string[]): Promise<PassageRow[]> {
  return (await db.passages.bulkGet([...ids])).filter((r): r is PassageRow => r !== undefined);
}

/** Drops the entries an index of `revision` no longer needs (call in a transaction over meta). */
export async function pruneTextChanges(db: CorpusDb, revision: number): Promise<void> {
  await db.meta.where('key').between(PREFIX, keyOf(revision), true, true).delete();
}
