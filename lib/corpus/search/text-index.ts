/**
 * In-memory full-text index over passages and their translations: a vocabulary of normalised
 * terms with postings (which passages contain each term), ordered for prefix look-ups (search
 * as you type), and a trigram index over the vocabulary for typo-tolerant look-ups. It narrows
 * a query to a few hundred candidate passages; fuse.js then ranks only those.
 *
 * The index grows in place (text-index-update.ts): a term keeps its id for the index's life
 * (postings and trigrams refer to it), new passages are appended, and deleted ones are only
 * marked until the next full build. So an import costs the index its own passages, not the
 * whole corpus again. Kept in the database (db/text-index-store.ts).
 */
import type { PassageRow } from '../db/rows';
import { editDistance } from '../../text/edit-distance';
import type { Normalise } from './tokens';

/** What the index reads of a passage. */
export type IndexedPassage = Pick<PassageRow, 'id' | 'text' | 'translation'>;

/** A passage as the index refers to it: callers fetch the rows of the hits they show. */
export type PassageRef = Pick<PassageRow, 'id'>;

export interface TextIndex {
  /** Passages by row position (appended; never reordered). */
  rows: PassageRef[];
  /** Normalised passage text and translation, by row position (fuse.js and exact matching). */
  text: string[];
  translation: string[];
  /** Terms by id, in the order they were first indexed; `postings[t]` lists the row positions containing `vocabulary[t]`. */
  vocabulary: string[];
  /** Term ids in the order of their text: exact and prefix look-ups by binary search. */
  order: Uint32Array;
  postings: Uint32Array[];
  /** Trigram → the ids of the vocabulary terms that contain it. */
  trigrams: Map<string, Uint32Array>;
  /** Row positions of passages deleted (or replaced) since the index was built: never a hit. */
  removed: Set<number>;
  normalise: Normalise;
}

export interface TermMatch {
  term: number;
  /** 1 exact, 0.7 prefix, 0.5 within the edit distance. */
  quality: number;
}

const MAX_PREFIX_TERMS = 200;

function digitsOf(term: string): string {
  return Array.from(term.matchAll(/\p{Nd}/gu), (m) => m[0]).join('');
}

export function trigramsOf(term: string): string[] {
  const chars = [...`^${term}$`];
  const out: string[] = [];
  for (let i = 0; i + 2 < chars.length; i++) out.push(chars.slice(i, i + 3).join(''));
  return out;
}

export function emptyTextIndex(normalise: Normalise): TextIndex {
  return { rows: [], text: [], translation: [], vocabulary: [], order: new Uint32Array(0), postings: [], trigrams: new Map(), removed: new Set(), normalise };
}

/** First position in `order` whose term is not below `key`. */
export function lowerBound(index: Pick<TextIndex, 'order' | 'vocabulary'>, key: string): number {
  const { order, vocabulary } = index;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocabulary[order[mid] ?? 0] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const scratch = new WeakMap<TextIndex, Uint16Array>();

/** A zeroed counter per vocabulary term, reused (and left zeroed) by every look-up. */
function sharedCounts(index: TextIndex): Uint16Array {
  let counts = scratch.get(index);
  if (!counts || counts.length < index.vocabulary.length) {
    counts = new Uint16Array(index.vocabulary.length);
    scratch.set(index, counts);
  }
  return counts;
}

/** Vocabulary terms that match a query term exactly, as a prefix, or within a small typo. */
export function matchTerms(index: TextIndex, query: string, allowPrefix: boolean): TermMatch[] {
  const found = new Map<number, number>();
  const { vocabulary, order } = index;
  const at = lowerBound(index, query);
  const exact = order[at];
  if (exact !== undefined && vocabulary[exact] === query) found.set(exact, 1);
  if (allowPrefix) {
    for (let i = at; i < order.length && i < at + MAX_PREFIX_TERMS; i++) {
      const t = order[i] ?? 0;
      if (!(vocabulary[t] ?? '').startsWith(query)) break;
      if (!found.has(t)) found.set(t, 0.7);
    }
  }
  const length = [...query].length;
  if (length >= 4) {
    const maxEdits = length <= 6 ? 1 : 2;
    const grams = trigramsOf(query);
    // Terms sharing a trigram with the query, counted in a typed array rather than a Map:
    // common trigrams are shared by thousands of terms, and this runs on every keystroke.
    const shared = sharedCounts(index);
    const touched: number[] = [];
    for (const g of new Set(grams)) {
      for (const t of index.trigrams.get(g) ?? []) {
        const n = (shared[t] ?? 0) + 1;
        shared[t] = n;
        if (n === 1) touched.push(t);
      }
    }
    // Each edit spoils at most three trigrams: fewer shared ones cannot be within maxEdits.
    const needed = Math.max(1, grams.length - 3 * maxEdits);
    // A typo never changes a number: "s400" is not a misspelt "s300".
    const digits = digitsOf(query);
    for (const t of touched) {
      const n = shared[t] ?? 0;
      shared[t] = 0;
      if (n < needed || found.has(t)) continue;
      if (digitsOf(vocabulary[t] ?? '') !== digits) continue;
      if (editDistance(query, vocabulary[t] ?? '', maxEdits) <= maxEdits) found.set(t, 0.5);
    }
  }
  return [...found].map(([term, quality]) => ({ term, quality }));
}
