/**
 * Bookkeeping rows of the corpus database. `bundled` records which bundle is loaded; it is
 * written in the same transaction as the rows it describes, so it exists only if they do.
 * `revision` counts every change to passages, so in-memory caches know when to rebuild.
 * `entityCounts` holds how many passages mention each entity, for one revision: a card's total
 * without counting thousands of index entries on every request.
 */
import type { EntityId } from '../../entities/types';
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
  await writeRevision(db, next);
  return next;
}

/** Sets the revision to `next`, read as one more than the current in the same transaction. */
export async function writeRevision(db: CorpusDb, next: number): Promise<void> {
  await db.meta.put({ key: 'revision', value: next });
}

export interface EntityCounts {
  revision: number;
  counts: Record<EntityId, number>;
}

/** Call inside the transaction that changes passages, with the revision it bumped to. */
export async function writeEntityCounts(db: CorpusDb, value: EntityCounts): Promise<void> {
  await db.meta.put({ key: 'entityCounts', value });
}

/**
 * How many passages mention `entity`: from the stored counts when they are this revision's
 * (read in the caller's transaction), else counted on the index, which is slower but never
 * wrong (a writer that bumps the revision without new counts only costs time).
 */
export async function entityPassageCount(db: CorpusDb, entity: EntityId): Promise<number> {
  const [revision, stored] = await Promise.all([readRevision(db), db.meta.get('entityCounts')]);
  const value = stored?.value as Partial<EntityCounts> | undefined;
  if (value?.revision === revision && typeof value.counts === 'object' && value.counts !== null) {
    return value.counts[entity] ?? 0;
  }
  return db.passages.where('entities').equals(entity).count();
}
