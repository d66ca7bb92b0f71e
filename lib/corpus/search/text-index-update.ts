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
 * built elsewhere, has no room of ours: its first append copies it into some.
 */
interface Room {
  postings: Map<number, Uint32Array>;
  grams: Map<string, Uint32Array>;
}
const roomCache = new WeakMap<TextIndex, Room>();
const NO_POSTINGS = new Uint32Array(0);

function roomOf(index: TextIndex): Room {
  let room = roomCache.get(index);
  if (!room) {
    room = { postings: new Map(), grams: new Map() };
    roomCache.set(index, room);
  }
  return room;
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

const byText = (vocabulary: readonly string[]) => (a: number, b: number) => {
  const x = vocabulary[a] ?? '';
  const y = vocabulary[b] ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** `order` with the (sorted) new term ids merged in. */
function mergeOrder(order: Uint32Array, fresh: readonly number[], vocabulary: readonly string[]): Uint32Array {
  const out = new Uint32Array(order.length + fresh.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < order.length || j < fresh.length) {
    const a = order[i];
    const b = fresh[j];
    if (b === undefined || (a !== undefined && (vocabulary[a] ?? '') <= (vocabulary[b] ?? ''))) {
      out[k++] = a ?? 0;
      i++;
    } else {
      out[k++] = b;
      j++;
    }
  }
  return out;
}

/** Appends passages (a passage already there is replaced: its old row no longer counts). */
export function addPassages(index: TextIndex, rows: readonly IndexedPassage[]): void {
  if (rows.length === 0) return;
  const ids = termIds(index);
  const live = positions(index);
  const { vocabulary } = index;
  const added = new Map<number, number[]>();
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
    for (const term of new Set([...terms(text), ...terms(translation)])) {
      let t = ids.get(term);
      if (t === undefined) {
        t = vocabulary.length;
        vocabulary.push(term);
        // Every id gets its slot at once: the array stays dense (and fast) however terms arrive.
        index.postings.push(NO_POSTINGS);
        ids.set(term, t);
        fresh.push(t);
      }
      const list = added.get(t);
      if (list) list.push(p);
      else added.set(t, [p]);
    }
  }
  const room = roomOf(index);
  for (const [t, list] of added) {
    const [view, buffer] = appended(index.postings[t], room.postings.get(t), list);
    index.postings[t] = view;
    room.postings.set(t, buffer);
  }
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
  index.order = mergeOrder(index.order, fresh, vocabulary);
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
