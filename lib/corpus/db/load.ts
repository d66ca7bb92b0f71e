/**
 * Loads the bundled corpus into the database at install and update, and repairs it at start.
 * The bundle is read and verified before anything is written; then bundled rows are replaced
 * and the `bundled` meta row written in ONE transaction. A missing or damaged bundle throws
 * and leaves the previous corpus in place; user rows are never written here (only read, to count
 * passages per entity).
 */
import type { BundlePassage, CorpusBundle } from '../build/bundle';
import { CorpusBundleError, parseBundle } from '../build/bundle';
import type { CorpusDb } from './db';
import type { DocumentRow, PassageRow } from './rows';
import { bumpRevision, LOADER_VERSION, readBundledState, writeEntityCounts, type BundledState } from './meta';
import { isQuotaError, StorageFullError } from './quota';
import { passageEntities, rankKeys } from './rank';
import type { DocumentDate, Origin } from '../types';

export type LoadStatus = 'installed' | 'updated' | 'repaired' | 'unchanged';

export interface LoadReport {
  status: LoadStatus;
  version: string;
  previousVersion: string | null;
  documents: number;
  passages: number;
}

/** A passage's database row, with the derived `entities` and `ranks` index keys. */
export function passageRow(passage: BundlePassage, origin: Origin, date: DocumentDate): PassageRow {
  const { doc, ...p } = passage;
  return { ...p, docId: doc, origin, entities: passageEntities(p), ranks: rankKeys(p, date) };
}

/** Rows for the database, with the derived `entities` and `ranks` index keys. */
export function bundleRows(bundle: CorpusBundle): { documents: DocumentRow[]; passages: PassageRow[] } {
  const documents = bundle.documents.map((d): DocumentRow => ({ ...d, origin: 'bundled' }));
  const dates = new Map(documents.map((d) => [d.id, d.date]));
  const passages = bundle.passages.map((p): PassageRow => {
    const date = dates.get(p.doc);
    if (!date) throw new CorpusBundleError(`passage ${p.id}: unknown document ${p.doc}`);
    return passageRow(p, 'bundled', date);
  });
  return { documents, passages };
}

async function isIntact(db: CorpusDb, state: BundledState | null, bundle: CorpusBundle): Promise<boolean> {
  if (!state || state.version !== bundle.version || state.loader !== LOADER_VERSION) return false;
  const [documents, passages] = await Promise.all([
    db.documents.where('origin').equals('bundled').count(),
    db.passages.where('origin').equals('bundled').count(),
  ]);
  return documents === state.documents && passages === state.passages;
}

/**
 * Replaces all bundled rows with the bundle's, atomically. A full disk is reported as such
 * (StorageFullError), never as a bare transaction failure: the earlier corpus is still in place.
 */
export async function replaceBundled(db: CorpusDb, bundle: CorpusBundle, now: number): Promise<void> {
  try {
    await writeBundled(db, bundle, now);
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError('the bundled corpus', error) : error;
  }
}

async function writeBundled(db: CorpusDb, bundle: CorpusBundle, now: number): Promise<void> {
  const rows = bundleRows(bundle);
  await db.transaction('rw', db.documents, db.passages, db.meta, async () => {
    await db.passages.where('origin').equals('bundled').delete();
    await db.documents.where('origin').equals('bundled').delete();
    await db.documents.bulkAdd(rows.documents);
    await db.passages.bulkAdd(rows.passages);
    const state: BundledState = {
      version: bundle.version,
      loader: LOADER_VERSION,
      documents: rows.documents.length,
      passages: rows.passages.length,
      loadedAt: now,
    };
    await db.meta.put({ key: 'bundled', value: state });
    const revision = await bumpRevision(db);
    // Counted here, where every bundled row is at hand (user rows are read: they are few).
    const counts: Record<string, number> = {};
    const add = (entities: readonly string[]) => entities.forEach((e) => (counts[e] = (counts[e] ?? 0) + 1));
    rows.passages.forEach((p) => add(p.entities));
    await db.passages.where('origin').equals('user').each((p) => add(p.entities));
    await writeEntityCounts(db, { revision, counts });
  });
}

/**
 * Makes sure the database holds exactly the bundle `readBundle` returns (parsed JSON).
 * Call it on install, on update, and at background start (cheap when nothing changed).
 */
export async function ensureBundledCorpus(
  db: CorpusDb,
  readBundle: () => Promise<unknown>,
  now: () => number = Date.now,
): Promise<LoadReport> {
  let raw: unknown;
  try {
    raw = await readBundle();
  } catch (error) {
    throw new CorpusBundleError(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const bundle = await parseBundle(raw);
  const state = await readBundledState(db);
  const report = { version: bundle.version, previousVersion: state?.version ?? null,
    documents: bundle.documents.length, passages: bundle.passages.length };
  if (await isIntact(db, state, bundle)) return { status: 'unchanged', ...report };
  const hadRows = state !== null || (await db.passages.where('origin').equals('bundled').count()) > 0;
  await replaceBundled(db, bundle, now());
  const status: LoadStatus = !hadRows ? 'installed' : state && state.version !== bundle.version ? 'updated' : 'repaired';
  return { status, ...report };
}
