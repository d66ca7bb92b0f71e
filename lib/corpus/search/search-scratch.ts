/**
 * Per-position working arrays for full-text search, kept per index and reused by every
 * keystroke. Allocating them afresh (a few arrays of one entry per passage, several MB at 100,000
 * passages) and scanning them whole cost more than the search itself, plus garbage collection:
 * a search now touches only the positions its words hit, lists them, and clears just those.
 */
import type { TextIndex } from './text-index';

/** One query word's hits: best match quality and its term per position (term + 1; 0: none). */
export interface WordSlot {
  quality: Float32Array;
  term: Int32Array;
  /** The positions set above, `count` of them, in the order they were first hit. */
  touched: Int32Array;
  count: number;
}

export interface Scratch {
  words: WordSlot[];
  /** Summed quality over the words, and the positions any word hit. */
  quality: Float32Array;
  hit: Int32Array;
  hitCount: number;
  coverage: Uint8Array;
  exact: Uint8Array;
  bucket: Int32Array;
}

const scratches = new WeakMap<TextIndex, Scratch>();

function wordSlot(n: number): WordSlot {
  return { quality: new Float32Array(n), term: new Int32Array(n), touched: new Int32Array(n), count: 0 };
}

/** The scratch arrays of `index`, large enough for `words` words over its rows, all zero. */
export function scratchFor(index: TextIndex, words: number): Scratch {
  const n = index.rows.length;
  let s = scratches.get(index);
  if (!s || s.quality.length < n) {
    // Room to grow: an index that gains passages should not reallocate at every keystroke.
    const size = Math.max(1024, Math.ceil(n * 1.25));
    s = { words: [], quality: new Float32Array(size), hit: new Int32Array(size), hitCount: 0, coverage: new Uint8Array(size), exact: new Uint8Array(size), bucket: new Int32Array(size) };
    scratches.set(index, s);
  }
  const size = s.quality.length;
  while (s.words.length < words) s.words.push(wordSlot(size));
  return s;
}

/** Zeroes what the last search set: only the positions it touched. */
export function clearScratch(s: Scratch, words: number): void {
  for (let w = 0; w < words; w++) {
    const slot = s.words[w] as WordSlot;
    for (let i = 0; i < slot.count; i++) {
      const p = slot.touched[i] ?? 0;
      slot.quality[p] = 0;
      slot.term[p] = 0;
    }
    slot.count = 0;
  }
  for (let i = 0; i < s.hitCount; i++) {
    const p = s.hit[i] ?? 0;
    s.quality[p] = 0;
    s.coverage[p] = 0;
    s.exact[p] = 0;
    s.bucket[p] = 0;
  }
  s.hitCount = 0;
}
