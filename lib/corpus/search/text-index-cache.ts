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
import { readAddedRows, readTextDelta, type TextDelta } from '../db/text-changes';
import { packTextIndex, readLatestStoredIndex, unpackTextIndex, writeStoredIndex } from '../db/text-index-store';
import { emptyTextIndex, type TextIndex } from './text-index';
import { addPassages, livePassages, removePassages } from './text-index-update';

/** Search text is normalised like catalogue aliases: case-folded, NFKC and the project's folds. */
const normalise = foldForMatch;

/** Work between two yields, in ms: a slice's size is adapted to it as the index measures itself. */
const SLICE_MS = 8;
/**
 * The index is stored once the corpus has been quiet this long after an update that leaves it
 * far enough behind the stored one: an import tells the background of its documents every
 * second, and storing the whole index at each of them cost the import (in Firefox, the library
 * page's own thread) a write of every term several times over, for nothing but a faster restart…
 */
const STORE_QUIET_MS = 1500;
/**
 * …but never later than this after it first fell behind: an import goes on for minutes, and a
 * background left idle is stopped (after 3 s in the benchmark's Firefox), so waiting for a
 * quiet corpus alone could mean never storing, and replaying ever more of the log at every
 * restart…
 */
const STORE_MAX_WAIT_MS = 5000;
/**
 * …that is, once the passages changed since the stored index reach this share of it: a write
 * stores the rows added since the last one, but the terms and postings whole (some 40 MB at
 * 100,000 passages, as typed arrays), while replaying the log after a restart costs only the
 * passages changed.
 */
const STORE_SHARE = 1 / 8;
/**
 * Rows of a replay read from the database at a time: turned back into objects in one task, on
 * the library page's thread in Firefox (the next batch is read while one is indexed).
 */
const READ_BATCH = 128;
const STORE_MIN = 2000;

interface State {
  index: TextIndex | null;
  revision: number;
  updating: Promise<TextIndex> | null;
  /** The update that follows the running one, for changes told while it runs. */
  followUp: Promise<void> | null;
  /** Settles once the last write of the index has. */
  storing: Promise<void>;
  storeTimer: ReturnType<typeof setTimeout> | null;
  /** The build of the index in memory (text-index-store.ts: its rows are stored by generation). */
  generation: string;
  /** The revision and size of the index in the database, and passages changed since. */
  storedRevision: number;
  storedRows: number;
  sinceStored: number;
  /** Rows of `generation` in the database (or about to be): a write adds the rest. */
  writtenRows: number;
  /** When the index first fell far enough behind the stored one, and when an update last ended (performance.now()). */
  storeWanted: number | null;
  lastUpdate: number;
  /** Full builds and incremental updates so far (tests, benchmarks). */
  builds: number;
  updates: number;
}

const states = new WeakMap<CorpusDb, State>();

/** A name for a new build of the index, distinct from any other context's. */
const newGeneration = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function stateOf(db: CorpusDb): State {
  let state = states.get(db);
  if (!state) {
    state = {
      index: null, revision: -1, updating: null, followUp: null, storing: Promise.resolve(), storeTimer: null, generation: newGeneration(),
      storedRevision: -1, storedRows: 0, sinceStored: 0, writtenRows: 0, storeWanted: null, lastUpdate: -Infinity, builds: 0, updates: 0,
    };
    states.set(db, state);
  }
  return state;
}

/** A timer's turn that comes back later than this (ms) was taken by other work, not a frame. */
const CROWDED_MS = 20;
/** Yields that go first after a crowded turn (each after a slice of `SLICE_MS`). */
const FIRST_TURNS = 3;
let firstTurns = 0;

/**
 * Lets other work through. In a service worker (Chromium's background, a thread of its own)
 * `scheduler.yield()`, which has no 4 ms clamp of nested timers and whose continuation goes
 * first. In a page — Firefox's event page, whose thread is the library page's too — that
 * continuation also goes before the other pages' rendering: traced during an import, the
 * library page drew one frame every 60–90 ms while the index caught up in 8 ms slices. There
 * the yield is a timer, after which a frame due is drawn — unless the last timer's turn came
 * back late, taken by another page's own work (the 100,000-passage benchmark stores documents
 * on that thread): then the next few yields go first, or the index would fall ever further behind.
 */
const yieldToEvents = async (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const page = typeof document !== 'undefined';
  if (scheduler?.yield && (!page || firstTurns > 0)) {
    firstTurns = Math.max(0, firstTurns - 1);
    return scheduler.yield();
  }
  const asked = performance.now();
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (performance.now() - asked > CROWDED_MS) firstTurns = FIRST_TURNS;
};

/**
 * Adds `rows` a slice at a time, each slice ending once it has worked `SLICE_MS`: rows go in by
 * small steps, the clock read after each, so a slice never overshoots by more than one step
 * (in Firefox the background shares its thread with the library page, and a slice sized by the
 * last one's speed ran to 50–90 ms whenever the next rows were slower, or a collection fell in).
 */
async function addInSlices(index: TextIndex, rows: readonly PassageRow[]): Promise<void> {
  let step = 8;
  for (let i = 0; i < rows.length; ) {
    const sliceStarted = performance.now();
    let took: number;
    do {
      const started = performance.now();
      addPassages(index, rows.slice(i, i + step));
      i += step;
      took = performance.now() - started;
      // Steps of 1.5–4 ms: a step also merges its new terms into the whole term order (a copy
      // of it), which at 100,000 passages is not nothing. A slice ends before a step like the
      // last would take it past its deadline.
      step = took < 1.5 ? Math.min(512, step * 2) : took > 4 ? Math.max(1, step >> 1) : step;
    } while (i < rows.length && performance.now() - sliceStarted + Math.min(took, SLICE_MS / 2) < SLICE_MS);
    if (i < rows.length) await yieldToEvents();
  }
}

function storeNow(db: CorpusDb, state: State): Promise<void> {
  if (state.storeTimer !== null) clearTimeout(state.storeTimer);
  state.storeTimer = null;
  state.storeWanted = null;
  const { index, revision, generation } = state;
  if (!index) return state.storing;
  // Packed now (copies), so rows indexed while the write waits are not claimed for `revision`.
  const packed = packTextIndex(index, revision, generation, state.writtenRows);
  Object.assign(state, { storedRevision: revision, storedRows: index.rows.length, sinceStored: 0, writtenRows: index.rows.length });
  state.storing = state.storing
    .then(() => writeStoredIndex(db, packed))
    .catch(() => {
      // A failed write only means replaying more of the log, or building again, next time; the
      // next write stores every row again, whichever chunks this one left.
      if (state.generation === generation) state.writtenRows = 0;
    });
  return state.storing;
}

function storeLater(db: CorpusDb, state: State): void {
  if (state.storeTimer !== null) return;
  if (state.sinceStored < Math.max(STORE_MIN, state.storedRows * STORE_SHARE)) return;
  state.storeWanted ??= performance.now();
  const wanted = state.storeWanted;
  const arm = (wait: number) => {
    state.storeTimer = setTimeout(() => {
      const now = performance.now();
      const quietFor = state.updating ? 0 : now - state.lastUpdate;
      // The corpus is still changing (an update ran since): wait for it to settle, within limits.
      if (quietFor < STORE_QUIET_MS && now < wanted + STORE_MAX_WAIT_MS) {
        arm(Math.min(STORE_QUIET_MS - quietFor, wanted + STORE_MAX_WAIT_MS - now));
        return;
      }
      // Never between two slices of an update: the index would hold rows of a revision it does not claim.
      void Promise.resolve(state.updating?.catch(() => undefined)).then(() => {
        if (state.storeTimer !== null) void storeNow(db, state);
      });
    }, wait);
  };
  arm(STORE_QUIET_MS);
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
  Object.assign(state, { index, revision: current, builds: state.builds + 1, generation: newGeneration(), writtenRows: 0 });
  void storeNow(db, state);
  return index;
}

async function catchUp(db: CorpusDb, state: State): Promise<TextIndex> {
  if (!state.index) {
    const stored = await readLatestStoredIndex(db);
    const index = stored && unpackTextIndex(stored, normalise);
    if (stored && index) {
      const { revision, generation, rows } = stored.head;
      Object.assign(state, { index, revision, generation, storedRevision: revision, storedRows: rows, sinceStored: 0, writtenRows: rows });
    }
  }
  const { index } = state;
  if (!index) return rebuild(db, state);
  const delta = await readTextDelta(db, state.revision);
  if (!delta || !worthReplaying(index, delta)) return rebuild(db, state);
  if (delta.revision === state.revision) return index;
  removePassages(index, delta.removed);
  // The next rows are read while these are indexed: a read waits its turn behind the import's
  // writes, and the index need not wait with it.
  const read = (from: number) => readAddedRows(db, delta.added.slice(from, from + READ_BATCH));
  let next = read(0);
  for (let i = 0; i < delta.added.length; i += READ_BATCH) {
    const rows = await next;
    if (i + READ_BATCH < delta.added.length) next = read(i + READ_BATCH);
    await addInSlices(index, rows);
  }
  state.revision = delta.revision;
  state.updates += 1;
  state.sinceStored += delta.added.length + delta.removed.length;
  storeLater(db, state);
  return index;
}

export async function textIndexFor(db: CorpusDb): Promise<TextIndex> {
  const state = stateOf(db);
  if (state.index && !state.updating && (await readRevision(db)) === state.revision) return state.index;
  state.updating ??= catchUp(db, state).finally(() => {
    state.updating = null;
    state.lastUpdate = performance.now();
  });
  return state.updating;
}

/**
 * The index as held, with the revision it is of, without asking the database whether that is
 * still the current one (a round trip per keystroke): the caller reads the revision in the
 * transaction it reads its rows in, and asks `textIndexFor` if it moved. Waits for an update
 * under way; reads or builds the index if there is none yet.
 */
export async function heldTextIndex(db: CorpusDb): Promise<{ index: TextIndex; revision: number }> {
  const state = stateOf(db);
  if (state.index && !state.updating) return { index: state.index, revision: state.revision };
  const index = await textIndexFor(db);
  return { index, revision: state.revision };
}

/**
 * Brings the index up to date now rather than at the next search (the corpus just changed). A
 * change told while an update runs may be newer than the log that update read: it is caught up
 * right after it (not at the next change told, during an import a second later), but the caller
 * is answered when the running update ends, as before: an event page is stopped 3 s (in the
 * benchmark's Firefox) after its last message, answered or not, so a reply should not wait longer
 * than it must.
 */
export async function refreshTextIndex(db: CorpusDb): Promise<void> {
  const state = stateOf(db);
  const running = state.updating;
  if (!running) {
    await textIndexFor(db);
    return;
  }
  state.followUp ??= running
    .catch(() => undefined)
    .then(() => textIndexFor(db))
    .then(
      () => undefined,
      (error: unknown) => console.error('Backstory: the search index could not catch up.', error),
    )
    .finally(() => (state.followUp = null));
  await running.catch(() => undefined);
}

/** Updates in a row that `textIndexCurrent` waits for, at most (writes that never stop). */
const CURRENT_TRIES = 8;

/**
 * Settles once the index holds every change stored so far: the running update (which may have
 * read an older log) and then one more, until the index's revision is the database's. The
 * library waits for this before it says an import is finished, so that what it has just said
 * was imported is also what search finds.
 */
export async function textIndexCurrent(db: CorpusDb): Promise<void> {
  const state = stateOf(db);
  for (let i = 0; i < CURRENT_TRIES; i++) {
    await textIndexFor(db);
    if (!state.updating && state.revision === (await readRevision(db))) return;
  }
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
