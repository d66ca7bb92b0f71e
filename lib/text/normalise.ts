/**
 * Normalisation for matching, with an offset map back to the original string.
 *
 * The output is two aligned UTF-16 copies of the text — `upper` (NFKC plus the explicit folds of
 * char-fold.ts, case preserved: abbreviations match here) and `lower` (the same, case-folded:
 * names match here) — and, for every output unit, the original [start, end) it came from. Runs of
 * spaces collapse to one; invisible characters vanish; a cluster that NFKC composes (e + U+0301)
 * maps to the whole original cluster.
 *
 * Speed: almost every character goes through a per-code-unit table filled lazily from
 * foldCodePoint(), so a page costs a few table look-ups per character.
 */

import { LazyPattern } from './lazy-pattern';
import { fillClassPage, type ClassSource } from './char-class';
import { foldCodePoint, type CodePointFold } from './char-fold';
import { composesWithPrevious } from './composing';

export interface NormalisedText {
  /** Number of normalised UTF-16 units; the arrays below may be longer (scratch buffers). */
  readonly length: number;
  readonly upper: Uint16Array;
  readonly lower: Uint16Array;
  /** Original index where the source of output unit i starts. */
  readonly starts: Int32Array;
  /** Original index where the source of output unit i ends. */
  readonly ends: Int32Array;
}

const SIMPLE = 1; // folds to exactly one unit, stored in UP/LO
const DELETE = 2;
const MULTI = 3; // folds to several units (ﬁ → fi, ½), stored in MULTI_FOLDS
const SPACE = 4;
const HIGH = 5; // high surrogate: decode the pair
const TYPE_MASK = 7;
const TRIGGER = 0x10; // may compose with the preceding character
const MARK = 0x20; // not a base for composition
const SIMPLE_MARK = SIMPLE | MARK;

/** The parts of `UnitInfo.kind`, for code that reads unit descriptions (the prefilter's compiler). */
export const UNIT_KIND = { SIMPLE, DELETE, MULTI, SPACE, HIGH, TYPE_MASK, TRIGGER, MARK } as const;

const KIND = new Uint8Array(0x10000);
const UP = new Uint16Array(0x10000);
const LO = new Uint16Array(0x10000);
const MULTI_FOLDS = new Map<number, CodePointFold>();
const ASTRAL_FOLDS = new Map<number, CodePointFold>();
const IS_MARK = new LazyPattern(() => /\p{M}/u);

/** What the normaliser knows of one BMP unit (see tables.ts, which ships it to pages). */
export interface UnitInfo {
  /** SIMPLE, DELETE, MULTI, SPACE or HIGH, with the TRIGGER and MARK flags. */
  kind: number;
  /** The case-preserved and case-folded unit (SIMPLE, and SPACE: a space; the unit itself otherwise). */
  up: number;
  lo: number;
  /** MULTI only: the case-preserved and case-folded folds. */
  multi?: [string, string];
}

/** Works out a unit's fold from the Unicode data (char-fold.ts). */
export function describeUnit(unit: number): UnitInfo {
  if (unit >= 0xd800 && unit <= 0xdbff) return { kind: HIGH, up: unit, lo: unit };
  if (unit >= 0xdc00 && unit <= 0xdfff) return { kind: SIMPLE, up: unit, lo: unit }; // a lone low surrogate passes through
  const ch = String.fromCharCode(unit);
  const fold = foldCodePoint(ch);
  const flags = (composesWithPrevious(unit) ? TRIGGER : 0) | (IS_MARK.test(ch) ? MARK : 0);
  if (fold.upper.length === 0) return { kind: DELETE | flags, up: unit, lo: unit };
  if (fold.upper === ' ') return { kind: SPACE | flags, up: 0x20, lo: 0x20 };
  if (fold.upper.length === 1) return { kind: SIMPLE | flags, up: fold.upper.charCodeAt(0), lo: fold.lower.charCodeAt(0) };
  return { kind: MULTI | flags, up: unit, lo: unit, multi: [fold.upper, fold.lower] };
}

function store(unit: number, info: UnitInfo): void {
  KIND[unit] = info.kind;
  UP[unit] = info.up;
  LO[unit] = info.lo;
  if (info.multi) MULTI_FOLDS.set(unit, { upper: info.multi[0], lower: info.multi[1] });
}

/**
 * Precomputed unit data (tables.ts, packed with the matcher): fills a 256-unit page of the
 * tables with what describeUnit would give, without working each unit out.
 */
export type UnitSource = (page: number, set: (unit: number, info: UnitInfo) => void) => void;

/** The per-character data a normaliser may be given (tables.ts reads it from the packed matcher). */
export interface TextTableSources {
  units: UnitSource;
  classes: ClassSource;
}

/**
 * Pages already filled from tables, units and boundary classes alike (char-class.ts): the
 * values are the same whoever fills them, so the tables are shared by every normaliser.
 */
const filled = new Uint8Array(256);

function learn(unit: number, tables: TextTableSources | null): number {
  const page = unit >> 8;
  if (tables && filled[page] === 0) {
    filled[page] = 1;
    tables.units(page, store);
    fillClassPage(page, tables.classes);
    const kind = KIND[unit] ?? 0;
    if (kind !== 0) return kind;
  }
  const info = describeUnit(unit);
  store(unit, info);
  return info.kind;
}

function astralFold(cp: number): CodePointFold {
  let fold = ASTRAL_FOLDS.get(cp);
  if (fold === undefined) {
    fold = foldCodePoint(String.fromCodePoint(cp));
    ASTRAL_FOLDS.set(cp, fold);
  }
  return fold;
}

/** The fold of one code point, ignoring composition (used inside composed clusters). */
function foldOf(cp: number, tables: TextTableSources | null): CodePointFold {
  if (cp > 0xffff) return astralFold(cp);
  const kind = (KIND[cp] || learn(cp, tables)) & TYPE_MASK;
  if (kind === SIMPLE) return { upper: String.fromCharCode(UP[cp] ?? cp), lower: String.fromCharCode(LO[cp] ?? cp) };
  if (kind === DELETE) return { upper: '', lower: '' };
  if (kind === SPACE) return { upper: ' ', lower: ' ' };
  return MULTI_FOLDS.get(cp) ?? { upper: String.fromCharCode(cp), lower: String.fromCharCode(cp) };
}

/** Reusable output buffers, so scanning many blocks does not allocate per block: each result is valid until the next call. */
export interface Normaliser {
  normalise(text: string): NormalisedText;
}

/** The normaliser proper: a class, so its hot loop creates no closures per call. */
class BufferedNormaliser implements Normaliser {
  capacity = 0;
  upper = new Uint16Array(0);
  lower = new Uint16Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);

  constructor(
    private readonly initialCapacity: number,
    private readonly tables: TextTableSources | null,
  ) {}

  /** Grows the buffers to hold `needed` units, keeping the first `keep` ones. */
  private ensure(needed: number, keep: number): void {
    if (needed <= this.capacity) return;
    const capacity = Math.max(needed, this.capacity * 2, this.initialCapacity);
    const upper = new Uint16Array(capacity);
    const lower = new Uint16Array(capacity);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    if (keep > 0) {
      upper.set(this.upper.subarray(0, keep));
      lower.set(this.lower.subarray(0, keep));
      starts.set(this.starts.subarray(0, keep));
      ends.set(this.ends.subarray(0, keep));
    }
    this.capacity = capacity;
    this.upper = upper;
    this.lower = lower;
    this.starts = starts;
    this.ends = ends;
  }

  /** Writes a fold at `out`, every unit mapped to the original [s, e); returns the new length. */
  private emit(fold: CodePointFold, s: number, e: number, out: number): number {
    const n = fold.upper.length;
    this.ensure(out + n + 1, out);
    for (let k = 0; k < n; k++) {
      this.upper[out] = fold.upper.charCodeAt(k);
      this.lower[out] = fold.lower.charCodeAt(k);
      this.starts[out] = s;
      this.ends[out] = e;
      out++;
    }
    return out;
  }

  // Cursor state shared between the hot loop and slowStep().
  out = 0;
  baseIn = 0;
  baseOut = 0;

  normalise(text: string): NormalisedText {
    const n = text.length;
    this.ensure(n + 16, 0);
    this.out = 0;
    this.baseIn = 0;
    this.baseOut = 0;
    let i = 0;
    while (i < n) {
      i = fastRun(text, i, this);
      if (i < n) i = this.slowStep(text, i);
    }
    // One result object, like the buffers it points to: valid until the next call.
    const view = this.view;
    view.length = this.out;
    view.upper = this.upper;
    view.lower = this.lower;
    view.starts = this.starts;
    view.ends = this.ends;
    return view;
  }

  private readonly view: { -readonly [K in keyof NormalisedText]: NormalisedText[K] } = {
    length: 0,
    upper: this.upper,
    lower: this.lower,
    starts: this.starts,
    ends: this.ends,
  };

  /** Everything but the common case: unknown, composing, deleted, space, surrogate, multi-unit. */
  private slowStep(text: string, i: number): number {
    const n = text.length;
    const unit = text.charCodeAt(i);
    const kind = KIND[unit] || learn(unit, this.tables);
    if ((kind & TRIGGER) !== 0 && this.out > 0) {
      // Re-run NFKC over the cluster from the last base so composition happens as in the
      // aliases; every unit of the result maps to the whole original cluster.
      let end = i + 1;
      while (end < n) {
        const next = text.charCodeAt(end);
        if (((KIND[next] || learn(next, this.tables)) & (TRIGGER | MARK)) === 0) break;
        end++;
      }
      let out = this.baseOut;
      for (const ch of text.slice(this.baseIn, end).normalize('NFKC')) out = this.emit(foldOf(ch.codePointAt(0) ?? 0, this.tables), this.baseIn, end, out);
      this.out = out;
      return end;
    }
    const type = kind & TYPE_MASK;
    if (type === DELETE) return i + 1;
    if (type === SPACE) {
      if (this.out > 0 && this.upper[this.out - 1] === 0x20) return i + 1;
      this.setBase(i);
      this.out = this.emit(SPACE_FOLD, i, i + 1, this.out);
      return i + 1;
    }
    if (type === SIMPLE) {
      if ((kind & MARK) === 0) this.setBase(i);
      this.out = this.emit(foldOf(unit, this.tables), i, i + 1, this.out);
      return i + 1;
    }
    this.setBase(i);
    if (type === HIGH) {
      const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.out = this.emit(astralFold(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000), i, i + 2, this.out);
        return i + 2;
      }
      this.out = this.emit({ upper: text.charAt(i), lower: text.charAt(i) }, i, i + 1, this.out);
      return i + 1;
    }
    this.out = this.emit(MULTI_FOLDS.get(unit) ?? foldOf(unit, this.tables), i, i + 1, this.out);
    return i + 1;
  }

  private setBase(i: number): void {
    this.baseIn = i;
    this.baseOut = this.out;
  }
}

const SPACE_FOLD: CodePointFold = { upper: ' ', lower: ' ' };

/**
 * The hot loop, a plain function over plain locals so the JIT keeps it tight: letters that fold
 * to one unit (bases and marks) and spaces (runs collapse to one). Stops at anything else and
 * returns its index; the cursor goes back into `state`.
 */
function fastRun(text: string, from: number, state: BufferedNormaliser): number {
  const { upper, lower, starts, ends, capacity } = state;
  const n = text.length;
  let out = state.out;
  let baseIn = state.baseIn;
  let baseOut = state.baseOut;
  let i = from;
  while (i < n && out < capacity) {
    const unit = text.charCodeAt(i);
    const kind = KIND[unit];
    if (kind === SIMPLE || kind === SIMPLE_MARK) {
      if (kind === SIMPLE) {
        baseIn = i;
        baseOut = out;
      }
      upper[out] = UP[unit] ?? unit;
      lower[out] = LO[unit] ?? unit;
      starts[out] = i;
      ends[out] = ++i;
      out++;
    } else if (kind === SPACE) {
      if (out === 0 || upper[out - 1] !== 0x20) {
        baseIn = i;
        baseOut = out;
        upper[out] = 0x20;
        lower[out] = 0x20;
        starts[out] = i;
        ends[out] = i + 1;
        out++;
      }
      i++;
    } else break;
  }
  state.out = out;
  state.baseIn = baseIn;
  state.baseOut = baseOut;
  return i;
}

/** `tables`: precomputed per-character data to fill from (the matcher a page unpacks has them). */
export function createNormaliser(initialCapacity = 1024, tables: TextTableSources | null = null): Normaliser {
  return new BufferedNormaliser(initialCapacity, tables);
}

/** A one-off normalisation with fresh buffers (the result is not shared with anything). */
export function normalise(text: string): NormalisedText {
  return createNormaliser(text.length + 16).normalise(text);
}

function unitsToString(units: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 4096) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  }
  return s;
}

/** Shared buffers for the string helpers below (synchronous use only, nothing escapes). */
let shared: Normaliser | undefined;

/** The case-preserving matching form of a string (what aliases must already be written in). */
export function normaliseForMatch(text: string): string {
  const n = (shared ??= createNormaliser()).normalise(text);
  return unitsToString(n.upper, n.length);
}

/** The case-folded matching form of a string. */
export function foldForMatch(text: string): string {
  const n = (shared ??= createNormaliser()).normalise(text);
  return unitsToString(n.lower, n.length);
}

/**
 * The case-folded matching form of a string, with where each of its units comes from in the
 * original. The offsets are the shared buffers: read them before the next call of any helper here.
 */
export function foldWithOffsets(text: string): { folded: string; starts: Int32Array; ends: Int32Array } {
  const n = (shared ??= createNormaliser()).normalise(text);
  return { folded: unitsToString(n.lower, n.length), starts: n.starts, ends: n.ends };
}
