/**
 * One text index per open database, kept up to date with the corpus revision (a bundle load, an
 * import, a deletion bump it in the same transaction as the rows). A worker's first search reads
 * the stored index (db/text-index-store.ts); every search then brings the index to the current
 * revision by replaying the change log (db/text-changes.ts): the passages added are indexed, the
 * ones deleted marked, in slices that let other work through. Only a gap in the log (a bundle
 * load, a backup restored), a missing index or many deletions make it build afresh from every
 * passage. Concurrent searches while it updates share the same promise.
 */
import { foldForMatch } from '../../text/normalise';
import type { CorpusDb } from '../db/db';
import { readRevision } from '../db/meta';
import type { PassageRow } from '../db/rows';
import { readTextDelta, type TextDelta } from '../db/text-changes';
import { packTextIndex, readLatestStoredIndex, unpackTextIndex, writeStoredIndex } from '../db/text-index-store';
import { emptyTextIndex, type TextIndex } from './text-index';
import { addPassages, livePassages, removePassages } from './text-index-update';

/** Search text is normalised like catalogue aliases: case-folded, NFKC and the project's folds. */
const normalise = foldForMatch;

/** Work between two yields, in ms: a slice's size is adapted to it as the index measures itself. */
const SLICE_MS = 8;
/** After an update, the index is stored once the corpus has been quiet this long… */
const STORE_DELAY_MS = 3000;
/**
 * …and only once the passages changed since the stored index reach this share of it: writing the
 * index copies all of it (some 80 MB at 100,000 passages) in one task, while replaying the log
 * after a restart costs only the passages changed.
 */
const STORE_SHARE = 1 / 8;
const STORE_MIN = 2000;

interface State {
  index: TextIndex | null;
  revision: number;
  updating: Promise<TextIndex> | null;
  /** Settles once the last write of the index has. */
  storing: Promise<void>;
  storeTimer: ReturnType<typeof setTimeout> | null;
  /** The revision and size of the index in the database, and passages changed since. */
  storedRevision: number;
  storedRows: number;
  sinceStored: number;
  /** Full builds and incremental updates so far (tests, benchmarks). */
  builds: number;
  updates: number;
}

const states = new WeakMap<CorpusDb, State>();

function stateOf(db: CorpusDb): State {
  let state = states.get(db);
  if (!state) {
    state = {
      index: null, revision: -1, updating: null, storing: Promise.resolve(), storeTimer: null,
      storedRevision: -1, storedRows: 0, sinceStored: 0, builds: 0, updates: 0,
    };
    states.set(db, state);
  }
  return state;
}

/** Lets other work through: `scheduler.yield()` where there is one (no 4 ms clamp of nested timers). */
const yieldToEvents = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

async function addInSlices(index: TextIndex, rows: readonly PassageRow[]): Promise<void> {
  let size = 16;
  for (let i = 0; i < rows.length; ) {
    const started = performance.now();
    addPassages(index, rows.slice(i, i + size));
    i += size;
    const took = performance.now() - started;
    // Never below 32: a slice stretched by a busy machine would otherwise leave thousands of tiny ones.
    size = Math.max(32, Math.min(2000, Math.round((size * SLICE_MS) / Math.max(took, 0.5))));
    if (i < rows.length) await yieldToEvents();
  }
}

function storeNow(db: CorpusDb, state: State): Promise<void> {
  if (state.storeTimer !== null) clearTimeout(state.storeTimer);
  state.storeTimer = null;
  const { index, revision } = state;
  if (!index) return state.storing;
  // Packed now (copies), so rows indexed while the write waits are not claimed for `revision`.
  const packed = packTextIndex(index, revision);
  Object.assign(state, { storedRevision: revision, storedRows: index.rows.length, sinceStored: 0 });
  // A failed write only means replaying more of the log, or building again, next time.
  state.storing = state.storing.then(() => writeStoredIndex(db, packed)).catch(() => undefined);
  return state.storing;
}

function storeLater(db: CorpusDb, state: State): void {
  if (state.sinceStored < Math.max(STORE_MIN, state.storedRows * STORE_SHARE)) return;
  if (state.storeTimer !== null) clearTimeout(state.storeTimer);
  state.storeTimer = setTimeout(() => void storeNow(db, state), STORE_DELAY_MS);
}

/** Whether replaying `delta` is worth it: too many deleted rows kept make a full build better. */
function worthReplaying(index: TextIndex, delta: TextDelta): boolean {
  const removed = index.removed.size + delta.removed.length;
  return removed < 500 || removed < livePassages(index) / 4;
}

async function rebuild(db: CorpusDb, state: State): Promise<TextIndex> {
  // Rows and revision read together, so the index never claims rows newer or older than they are.
  const { rows, current } = await db.transaction('r', db.passages, db.meta, async () => {
    const [rows, current] = await Promise.all([db.passages.toArray(), readRevision(db)]);
    return { rows, current };
  });
  const index = emptyTextIndex(normalise);
  await addInSlices(index, rows);
  Object.assign(state, { index, revision: current, builds: state.builds + 1 });
  void storeNow(db, state);
  return index;
}

async function catchUp(db: CorpusDb, state: State): Promise<TextIndex> {
  if (!state.index) {
    const stored = await readLatestStoredIndex(db);
    if (stored) {
      Object.assign(state, { index: unpackTextIndex(stored, normalise), revision: stored.revision });
      Object.assign(state, { storedRevision: stored.revision, storedRows: stored.ids.length, sinceStored: 0 });
    }
  }
  const { index } = state;
  if (!index) return rebuild(db, state);
  const delta = await readTextDelta(db, state.revision);
  if (!delta || !worthReplaying(index, delta)) return rebuild(db, state);
  if (delta.revision === state.revision) return index;
  removePassages(index, delta.removed);
  await addInSlices(index, delta.added);
  state.revision = delta.revision;
  state.updates += 1;
  state.sinceStored += delta.added.length + delta.removed.length;
  storeLater(db, state);
  return index;
}

export async function textIndexFor(db: CorpusDb): Promise<TextIndex> {
  const state = stateOf(db);
  if (state.index && !state.updating && (await readRevision(db)) === state.revision) return state.index;
  state.updating ??= catchUp(db, state).finally(() => (state.updating = null));
  return state.updating;
}

/** Brings the index up to date now rather than at the next search (the corpus just changed). */
export async function refreshTextIndex(db: CorpusDb): Promise<void> {
  await textIndexFor(db);
}

/**
 * Stores the index now if the database holds an older one, and settles once it is there: searches do not wait for that write, a caller who must (tests, benchmarks) can.
 */
export async function textIndexStored(db: CorpusDb): Promise<void> {
  const state = states.get(db);
  if (!state) return;
  await state.updating?.catch(() => undefined);
  const behind = state.index !== null && state.revision !== state.storedRevision;
  await (state.storeTimer !== null || behind ? storeNow(db, state) : state.storing);
}

/** How often the index was built from every passage, and updated from the change log. */
export function textIndexWork(db: CorpusDb): { builds: number; updates: number } {
  const state = states.get(db);
  return { builds: state?.builds ?? 0, updates: state?.updates ?? 0 };
}

/** Drops the in-memory index (tests, benchmarks; as a worker restart would). */
export function forgetTextIndex(db: CorpusDb): void {
  const state = states.get(db);
  if (state?.storeTimer != null) clearTimeout(state.storeTimer);
  states.delete(db);
}
