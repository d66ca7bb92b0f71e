/**
 * Growing and shrinking a text index in place: passages added are appended (their terms get
 * postings, new terms get ids, trigrams and a place in the sorted order); passages deleted are
 * marked, so they are never hits, until the next full build drops them. The work is the
 * passages', not the corpus's: an import of one document costs its own dozen passages.
 */
import { emptyTextIndex, trigramsOf, type IndexedPassage, type TextIndex } from './text-index';
import { terms, type Normalise } from './tokens';

const termIdCache = new WeakMap<TextIndex, Map<string, number>>();
const positionCache = new WeakMap<TextIndex, Map<string, number>>();

function termIds(index: TextIndex): Map<string, number> {
  let ids = termIdCache.get(index);
  if (!ids) {
    ids = new Map(index.vocabulary.map((term, t) => [term, t]));
    termIdCache.set(index, ids);
  }
  return ids;
}

/** Passage id → its live row position. */
function positions(index: TextIndex): Map<string, number> {
  let map = positionCache.get(index);
  if (!map) {
    map = new Map();
    for (let p = 0; p < index.rows.length; p++) if (!index.removed.has(p)) map.set(index.rows[p]?.id ?? '', p);
    positionCache.set(index, map);
  }
  return map;
}

/**
 * The lists' spare room: a term's postings (and a trigram's terms) are views of a larger buffer,
 * so that appending to them costs the new entries, not a copy of the whole list each time (the
 * postings of a common word run to tens of thousands). A list read back from the database, or
 * built elsewhere, has no room of ours: its first append copies it into some. Postings are
 * filled in place, passage by passage, with no list per slice in between: profiled, the Sets
 * and arrays of a slice cost more than the indexing itself (and as much again in garbage).
 */
interface Room {
  /** By term id: the buffer its postings view, and how much of it is filled. */
  buffers: Array<Uint32Array | undefined>;
  filled: Uint32Array;
  /** By term id: the call of `addPassages` that last touched it (terms touched once listed once). */
  touchedBy: Uint32Array;
  calls: number;
  grams: Map<string, Uint32Array>;
}
const roomCache = new WeakMap<TextIndex, Room>();
const NO_POSTINGS = new Uint32Array(0);

function roomOf(index: TextIndex): Room {
  let room = roomCache.get(index);
  if (!room) {
    const n = Math.max(1024, index.vocabulary.length * 2);
    room = { buffers: [], filled: new Uint32Array(n), touchedBy: new Uint32Array(n), calls: 0, grams: new Map() };
    roomCache.set(index, room);
  }
  return room;
}

/** Room for term ids below `terms`. */
function fit(room: Room, terms: number): void {
  if (terms <= room.filled.length) return;
  const grow = (a: Uint32Array) => {
    const b = new Uint32Array(Math.max(terms, a.length * 2));
    b.set(a);
    return b;
  };
  room.filled = grow(room.filled);
  room.touchedBy = grow(room.touchedBy);
}

/** `list` with `more` appended, and the buffer it is now a view of. */
function appended(list: Uint32Array | undefined, spare: Uint32Array | undefined, more: readonly number[]): [Uint32Array, Uint32Array] {
  const n = list?.length ?? 0;
  const ours = spare !== undefined && list !== undefined && spare.buffer === list.buffer && spare.byteOffset === list.byteOffset;
  let buffer = ours ? spare : undefined;
  if (!buffer || buffer.length < n + more.length) {
    buffer = new Uint32Array(Math.max(8, 2 * (n + more.length)));
    if (list) buffer.set(list);
  }
  buffer.set(more, n);
  return [buffer.subarray(0, n + more.length), buffer];
}

/** Appends row position `p` to term `t`'s postings buffer, once per passage. */
function post(index: TextIndex, room: Room, t: number, p: number): void {
  if (room.touchedBy[t] !== room.calls) {
    // First time this call: start from the list as it is (it may have been read back or replaced).
    room.touchedBy[t] = room.calls;
    const list = index.postings[t] ?? NO_POSTINGS;
    const spare = room.buffers[t];
    const ours = spare !== undefined && spare.buffer === list.buffer && spare.byteOffset === list.byteOffset;
    if (!ours) {
      const buffer = new Uint32Array(Math.max(8, 2 * list.length));
      buffer.set(list);
      room.buffers[t] = buffer;
    }
    room.filled[t] = list.length;
    touched.push(t);
  }
  let buffer = room.buffers[t] as Uint32Array;
  const n = room.filled[t] ?? 0;
  // Row positions only grow: a term already posted for this passage ends its list with `p`.
  if (n > 0 && buffer[n - 1] === p) return;
  if (n === buffer.length) {
    const bigger = new Uint32Array(2 * n);
    bigger.set(buffer);
    buffer = room.buffers[t] = bigger;
  }
  buffer[n] = p;
  room.filled[t] = n + 1;
}

/** Terms touched by the running call of `addPassages` (reused: no list per call). */
const touched: number[] = [];

const byText = (vocabulary: readonly string[]) => (a: number, b: number) => {
  const x = vocabulary[a] ?? '';
  const y = vocabulary[b] ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * `order` with the (sorted) new term ids merged in: each new term's place found by binary
 * search and the runs of old ones between copied whole, so a slice of a few new terms costs
 * their look-ups, not a string comparison per term of the vocabulary.
 */
function mergeOrder(index: TextIndex, fresh: readonly number[]): Uint32Array {
  const { order } = index;
  const out = new Uint32Array(order.length + fresh.length);
  let from = 0;
  let k = 0;
  for (const t of fresh) {
    // Old terms not above the new one stay before it (as the merge of equal keys did).
    const at = upperBound(index, index.vocabulary[t] ?? '', from);
    out.set(order.subarray(from, at), k);
    k += at - from;
    from = at;
    out[k++] = t;
  }
  out.set(order.subarray(from), k);
  return out;
}

/** First position in `order`, from `lo`, whose term is above `key`. */
function upperBound(index: TextIndex, key: string, lo: number): number {
  const { order, vocabulary } = index;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocabulary[order[mid] ?? 0] ?? '') <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function postTerms(index: TextIndex, room: Room, ids: Map<string, number>, fresh: number[], text: string, p: number): void {
  const { vocabulary } = index;
  for (const term of terms(text)) {
    let t = ids.get(term);
    if (t === undefined) {
      t = vocabulary.length;
      vocabulary.push(term);
      // Every id gets its slot at once: the array stays dense (and fast) however terms arrive.
      index.postings.push(NO_POSTINGS);
      ids.set(term, t);
      fresh.push(t);
      fit(room, vocabulary.length);
    }
    post(index, room, t, p);
  }
}

/** Appends passages (a passage already there is replaced: its old row no longer counts). */
export function addPassages(index: TextIndex, rows: readonly IndexedPassage[]): void {
  if (rows.length === 0) return;
  const ids = termIds(index);
  const live = positions(index);
  const { vocabulary } = index;
  const room = roomOf(index);
  fit(room, vocabulary.length);
  // Never 0, the value every term starts with.
  room.calls = (room.calls % 0xffffffff) + 1;
  touched.length = 0;
  const fresh: number[] = [];
  for (const row of rows) {
    const old = live.get(row.id);
    if (old !== undefined) index.removed.add(old);
    const p = index.rows.length;
    const text = index.normalise(row.text);
    const translation = row.translation ? index.normalise(row.translation.text) : '';
    index.rows.push({ id: row.id });
    index.text.push(text);
    index.translation.push(translation);
    live.set(row.id, p);
    postTerms(index, room, ids, fresh, text, p);
    if (translation) postTerms(index, room, ids, fresh, translation, p);
  }
  for (const t of touched) index.postings[t] = (room.buffers[t] as Uint32Array).subarray(0, room.filled[t]);
  touched.length = 0;
  const grams = new Map<string, number[]>();
  for (const t of fresh) {
    for (const g of new Set(trigramsOf(vocabulary[t] ?? ''))) {
      const list = grams.get(g);
      if (list) list.push(t);
      else grams.set(g, [t]);
    }
  }
  for (const [g, list] of grams) {
    const [view, buffer] = appended(index.trigrams.get(g), room.grams.get(g), list);
    index.trigrams.set(g, view);
    room.grams.set(g, buffer);
  }
  fresh.sort(byText(vocabulary));
  index.order = mergeOrder(index, fresh);
}

/** Marks passages as deleted (ids the index does not hold are ignored). */
export function removePassages(index: TextIndex, ids: Iterable<string>): void {
  const live = positions(index);
  for (const id of ids) {
    const p = live.get(id);
    if (p === undefined) continue;
    index.removed.add(p);
    live.delete(id);
  }
}

/** Passages the index answers for (rows minus those deleted). */
export function livePassages(index: TextIndex): number {
  return index.rows.length - index.removed.size;
}

export function buildTextIndex(rows: readonly IndexedPassage[], normalise: Normalise): TextIndex {
  const index = emptyTextIndex(normalise);
  addPassages(index, rows);
  return index;
}
