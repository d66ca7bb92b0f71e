/**
 * Bookkeeping rows of the corpus database. `bundled` records which bundle is loaded; it is
 * written in the same transaction as the rows it describes, so it exists only if they do.
 * `revision` counts every change to passages, so in-memory caches know when to rebuild.
 */
import type { CorpusDb } from './db';

/** Bump when the loader derives rows differently (e.g. rank.ts changes): forces a reload. */
export const LOADER_VERSION = 1;

export interface BundledState {
  version: string;
  loader: number;
  documents: number;
  passages: number;
  loadedAt: number;
}

function isBundledState(v: unknown): v is BundledState {
  const s = v as Partial<BundledState> | null;
  return (
    typeof s === 'object' && s !== null && typeof s.version === 'string' && typeof s.loader === 'number' &&
    Number.isInteger(s.documents) && Number.isInteger(s.passages) && typeof s.loadedAt === 'number'
  );
}

/** The loaded bundle's state, or null when none is recorded or the row is garbled. */
export async function readBundledState(db: CorpusDb): Promise<BundledState | null> {
  const row = await db.meta.get('bundled');
  return row && isBundledState(row.value) ? row.value : null;
}

/** Version (content hash) of the loaded bundled corpus, or null. */
export async function corpusVersion(db: CorpusDb): Promise<string | null> {
  return (await readBundledState(db))?.version ?? null;
}

export async function readRevision(db: CorpusDb): Promise<number> {
  const value = (await db.meta.get('revision'))?.value;
  return typeof value === 'number' ? value : 0;
}

/** Call inside the read-write transaction that changes passages. */
export async function bumpRevision(db: CorpusDb): Promise<number> {
  const next = (await readRevision(db)) + 1;
  await db.meta.put({ key: 'revision', value: next });
  return next;
}
