/**
 * First pass: one left-to-right sweep over a normalised block. At every position where a word
 * may start (by the boundary classes of char-class.ts, or anywhere in scripts without spaces)
 * both tries are walked; each walk keeps the longest alias whose right boundary holds, and every
 * cue it passes. Arabic and Hebrew words are also walked after 1–3 attached proclitics.
 *
 * Written as a class with plain loops: this is the hot path, and it must not allocate unless it
 * finds something.
 */
import { classAt, DENSE, HANGUL, joins, NONWORD, UNIT_CLASS, UNRESOLVED, type CharClass } from '../../text/char-class';
import type { NormalisedText } from '../../text/normalise';
import { PROCLITIC_AR, PROCLITIC_HE, PROCLITIC_NONE, type CompiledCatalogue } from '../compile/compile';
import { entryColumns, type EntryColumns } from './entry-columns';
import { childOf, rootSlot, rootStep, step, type FlatTrie } from '../compile/trie';
import { SKELETON_MARK, type Skeletoniser } from '../../text/skeleton';
import { itemAt } from '../compile/readonly-list';

/** A longest alias match starting at one position, before any context rule. */
export interface Candidate {
  /** Normalised offsets [start, end); start includes any proclitic. */
  start: number;
  end: number;
  /** Entry indices of the terminal (one surface can belong to several groups). */
  entries: number[];
}

/** A cue list or entity seen in the block (entity signals are added by the second pass). */
export interface Signal {
  id: number;
  start: number;
  end: number;
}

const AR_PROCLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]); // و ف ب ل ك
const HE_PROCLITICS = new Set([0x05d5, 0x05d4, 0x05d1, 0x05db, 0x05dc, 0x05de, 0x05e9]); // ו ה ב כ ל מ ש

/**
 * The first two units of every key of a trie, hashed into a 64-kilobit set, so the sweep can
 * pass over a word whose first two letters begin no key without walking the trie (most words:
 * a watched name begins with its first letter, and most words of every language share that).
 * A hash collision only lets a walk through that then finds nothing.
 */
const FIRST_PAIRS = new WeakMap<FlatTrie, Uint32Array>();
const pairSlot = (first: number, second: number): number => ((first << 7) ^ second) & 0xffff;

function firstPairs(trie: FlatTrie): Uint32Array {
  let pairs = FIRST_PAIRS.get(trie);
  if (pairs === undefined) {
    pairs = new Uint32Array(0x10000 >>> 5);
    const { edgeStart, edgeChar } = trie;
    for (let e = 0; e < (edgeStart[1] ?? 0); e++) {
      const node = childOf(e);
      for (let f = edgeStart[node] ?? 0; f < (edgeStart[node + 1] ?? 0); f++) {
        const slot = pairSlot(edgeChar[e] ?? 0, edgeChar[f] ?? 0);
        pairs[slot >>> 5] = (pairs[slot >>> 5] ?? 0) | (1 << (slot & 31));
      }
    }
    FIRST_PAIRS.set(trie, pairs);
  }
  return pairs;
}

/** Whether a key of `trie` may start at `node` (the root's child for the first unit) given the next unit. */
function mayStart(trie: FlatTrie, pairs: Uint32Array, node: number, first: number, second: number): boolean {
  // A key of one unit ends at the node itself.
  if ((trie.termStart[node] ?? 0) < (trie.termStart[node + 1] ?? 0)) return true;
  const slot = pairSlot(first, second);
  return ((pairs[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
}

function rightBoundaryHolds(columns: EntryColumns, index: number, next: CharClass): boolean {
  if (columns.prefix[index] === 1) return true;
  const last = columns.lastClass[index] ?? NONWORD;
  // Han, Thai… match as substrings; Hangul particles attach (카자흐스탄의).
  if (last === DENSE || last === HANGUL) return true;
  return !joins(last, next);
}

/** Where the word that goes on at `j` ends (the ending a stem was matched with). */
function wordEnd(units: Uint16Array, n: number, j: number): number {
  let previous = classAt(units, n, j - 1);
  while (j < n) {
    const next = classAt(units, n, j);
    if (!joins(previous, next)) break;
    previous = next;
    j++;
  }
  return j;
}

class Walker {
  candidates: Candidate[] = [];
  signals: Signal[] = [];
  /** The tries' first pairs, looked up once per walker (BlockSweeper keeps one for every block). */
  private readonly foldPairs: Uint32Array;
  private readonly casePairs: Uint32Array;
  private readonly columns: EntryColumns;

  constructor(
    private readonly compiled: CompiledCatalogue,
    private text: NormalisedText,
    private withSignals: boolean,
    /** A stem's match runs to the end of its word (off for skeletons, mapped back by the caller). */
    private readonly extendStems = true,
  ) {
    this.foldPairs = firstPairs(compiled.foldTrie);
    this.casePairs = firstPairs(compiled.caseTrie);
    this.columns = entryColumns(compiled.entries);
  }

  /** Starts over on another text, keeping the arrays (BlockSweeper). */
  reset(text: NormalisedText, withSignals: boolean): void {
    this.text = text;
    this.withSignals = withSignals;
    // Setting an array's length calls into the runtime even when it is already 0 (most blocks).
    if (this.candidates.length !== 0) this.candidates.length = 0;
    if (this.signals.length !== 0) this.signals.length = 0;
  }

  /** Walks one trie from `from`; the match is reported as starting at `matchStart`. */
  walk(trie: FlatTrie, units: Uint16Array, from: number, proclitic: number, matchStart: number): void {
    const n = this.text.length;
    const { groups } = this.compiled;
    const columns = this.columns;
    const count = columns.group.length;
    const { edgeStart, edgeChar, termStart, terms } = trie;
    let node = rootStep(trie, units[from] ?? 0);
    let j = from + 1;
    let bestEnd = -1;
    let best: number[] | null = null;
    // Word stems matched with any ending (compile/stems.ts): kept apart, as a spelling the
    // catalogue lists wins over a stem when both end the word.
    let stemEnd = -1;
    let stems: number[] | null = null;
    while (node >= 0) {
      const termEnd = termStart[node + 1] ?? 0;
      let t = termStart[node] ?? 0;
      if (t < termEnd) {
        const next = classAt(units, n, j);
        for (; t < termEnd; t++) {
          const index = terms[t] ?? 0;
          if (index >= count || !rightBoundaryHolds(columns, index, next)) continue;
          const cue = columns.cue[index] ?? -1;
          if (cue >= 0) {
            if (this.withSignals && proclitic === PROCLITIC_NONE) this.signals.push({ id: cue, start: matchStart, end: j });
            continue;
          }
          if (proclitic !== PROCLITIC_NONE && itemAt(groups, columns.group[index] ?? -1)?.proclitics !== proclitic) continue;
          if (columns.prefix[index] === 1) {
            // A longer stem in the same word joins the shorter ones (both cover the whole word):
            // a reading the resolver gates out (a form with more endings, on another language's
            // page) must not hide a shorter one that stands.
            const sameWord = stems !== null && this.extendStems && wordEnd(units, n, stemEnd) >= j;
            if (stems === null || (stemEnd !== j && !sameWord)) stems = [];
            if (stemEnd !== j) stemEnd = j;
            stems.push(index);
            continue;
          }
          if (bestEnd !== j || best === null) {
            bestEnd = j;
            best = [];
          }
          best.push(index);
        }
      }
      if (j >= n) break;
      // Edges are few below the root: a linear scan over the sorted list, a search when many.
      const unit = units[j] ?? 0;
      const first = edgeStart[node] ?? 0;
      const end = edgeStart[node + 1] ?? 0;
      let child = -1;
      if (end - first > 8) child = step(trie, node, unit);
      else {
        for (let e = first; e < end; e++) {
          const c = edgeChar[e] ?? 0;
          if (c >= unit) {
            if (c === unit) child = childOf(e);
            break;
          }
        }
      }
      node = child;
      j++;
    }
    if (best !== null && bestEnd >= stemEnd) this.candidates.push({ start: matchStart, end: bestEnd, entries: best });
    else if (stems !== null) this.candidates.push({ start: matchStart, end: this.extendStems ? wordEnd(units, n, stemEnd) : stemEnd, entries: stems });
  }

  walkBoth(from: number, proclitic: number, matchStart: number): void {
    const { foldTrie, caseTrie } = this.compiled;
    const { lower, upper } = this.text;
    if (rootStep(foldTrie, lower[from] ?? 0) >= 0) this.walk(foldTrie, lower, from, proclitic, matchStart);
    if (rootStep(caseTrie, upper[from] ?? 0) >= 0) this.walk(caseTrie, upper, from, proclitic, matchStart);
  }

  /** Also walks after 1…max attached proclitics (و, ول, ב, וב…). */
  afterProclitics(i: number, set: ReadonlySet<number>, kind: number, max: number): void {
    const { lower, length } = this.text;
    for (let k = 1; k <= max && i + k < length && set.has(lower[i + k - 1] ?? 0); k++) this.walkBoth(i + k, kind, i);
  }

  sweep(): void {
    const { lower, upper, length: n } = this.text;
    const { foldTrie, caseTrie, cueFoldTrie, cueCaseTrie } = this.compiled;
    const foldRoot = foldTrie.root;
    const caseRoot = caseTrie.root;
    const { foldPairs, casePairs } = this;
    let previous: CharClass = NONWORD;
    for (let i = 0; i < n; i++) {
      const unit = lower[i] ?? 0;
      let cls: CharClass = UNIT_CLASS[unit] ?? UNRESOLVED;
      if (cls === UNRESOLVED) cls = classAt(lower, n, i);
      // A word may start here: anywhere in Han or Thai text, else where it does not join the previous character.
      if (cls !== NONWORD && (cls === DENSE || (cls !== previous && !joins(previous, cls)))) {
        const upperUnit = upper[i] ?? 0;
        const foldNode = foldRoot === null ? rootStep(foldTrie, unit) : rootSlot(foldRoot, unit);
        if (foldNode >= 0 && mayStart(foldTrie, foldPairs, foldNode, unit, lower[i + 1] ?? 0)) this.walk(foldTrie, lower, i, PROCLITIC_NONE, i);
        const caseNode = caseRoot === null ? rootStep(caseTrie, upperUnit) : rootSlot(caseRoot, upperUnit);
        if (caseNode >= 0 && mayStart(caseTrie, casePairs, caseNode, upperUnit, upper[i + 1] ?? 0)) this.walk(caseTrie, upper, i, PROCLITIC_NONE, i);
        if (this.withSignals) {
          if (rootStep(cueFoldTrie, unit) >= 0) this.walk(cueFoldTrie, lower, i, PROCLITIC_NONE, i);
          if (rootStep(cueCaseTrie, upperUnit) >= 0) this.walk(cueCaseTrie, upper, i, PROCLITIC_NONE, i);
        }
        // Hebrew and Arabic proclitics all lie in U+05D1…U+0648: one comparison for other scripts.
        if (unit >= 0x05d1 && unit <= 0x0648) {
          if (AR_PROCLITICS.has(unit)) this.afterProclitics(i, AR_PROCLITICS, PROCLITIC_AR, 3);
          else if (HE_PROCLITICS.has(unit)) this.afterProclitics(i, HE_PROCLITICS, PROCLITIC_HE, 3);
        }
      }
      previous = cls;
    }
  }
}

const NO_TEXT: NormalisedText = { length: 0, upper: new Uint16Array(0), lower: new Uint16Array(0), starts: new Int32Array(0), ends: new Int32Array(0) };

/**
 * The first sweep of block after block, without cue signals, in one walker: most blocks have no
 * candidate, and finding that out should allocate nothing. The array it returns is its own and
 * is emptied by the next call.
 */
export class BlockSweeper {
  private readonly walker: Walker;
  private readonly signalWalker: Walker;

  constructor(compiled: CompiledCatalogue) {
    this.walker = new Walker(compiled, NO_TEXT, false);
    this.signalWalker = new Walker(compiled, NO_TEXT, true);
  }

  candidates(text: NormalisedText): readonly Candidate[] {
    this.walker.reset(text, false);
    this.walker.sweep();
    return this.walker.candidates;
  }

  /**
   * The second sweep of a block with a candidate, cue signals and all: most blocks have none, so
   * the first sweep goes without them. Its arrays are emptied by the next call too.
   */
  withSignals(text: NormalisedText): { candidates: readonly Candidate[]; signals: readonly Signal[] } {
    this.signalWalker.reset(text, true);
    this.signalWalker.sweep();
    return this.signalWalker;
  }
}

/** Whether the catalogue has skeleton keys (compile/stems.ts): else no block needs a skeleton. */
export function hasSkeletons(compiled: CompiledCatalogue): boolean {
  return rootStep(compiled.foldTrie, SKELETON_MARK) >= 0;
}

/**
 * Candidates found by consonant skeleton (lib/text/skeleton.ts) in a block's Brahmic and
 * Arabic-script words, in the block's normalised offsets, each running to the end of its word;
 * one walker for block after block (a page of Hindi or Arabic has one at every block).
 */
export class SkeletonSweeper {
  private readonly walker: Walker;
  private readonly skeletoniser: Skeletoniser;

  constructor(private readonly compiled: CompiledCatalogue, skeletoniser: Skeletoniser) {
    this.skeletoniser = skeletoniser;
    // Stems are not run on to the end of their word in the skeleton: mapped back below instead.
    this.walker = new Walker(compiled, NO_TEXT, false, false);
  }

  candidates(text: NormalisedText): Candidate[] {
    const skeleton = this.skeletoniser.skeletonise(text.lower, text.length);
    if (skeleton.length === 0) return [];
    const { units, from, wordEnd: ends } = skeleton;
    const walker = this.walker;
    walker.reset({ length: skeleton.length, upper: units, lower: units, starts: from, ends }, false);
    const trie = this.compiled.foldTrie;
    for (let i = 0; i < skeleton.length; i++) {
      if (units[i] === SKELETON_MARK) walker.walk(trie, units, i, PROCLITIC_NONE, i);
    }
    // Copied out: the walker's array is emptied by the next block.
    return walker.candidates.map((c) => ({ start: from[c.start] ?? 0, end: ends[c.end - 1] ?? 0, entries: c.entries }));
  }
}
