/**
 * The per-character data the normaliser and the boundary classes need — each BMP unit's fold
 * kind, its case-preserved and case-folded unit, and its boundary class — as compact runs that
 * the background computes once per build and hands to pages with the matcher.
 *
 * Without them a page works the data out itself, character by character, from Unicode property
 * regular expressions (char-fold.ts, char-class.ts): correct, but in a fresh page that means
 * compiling a dozen property classes and running them for every new character, several
 * milliseconds of a page's first scan. With them, a page fills 256 units at a time from the
 * runs, the first time it meets a unit of that range.
 */
import { toBase64, uint16FromBase64, uint8FromBase64 } from '../base64';
import { classOfCodePoint } from './char-class';
import { describeUnit, type TextTableSources, type UnitInfo } from './normalise';

/** Bump when the encoding or the meaning of a field changes. */
export const TEXT_TABLES_FORMAT = 2;

export interface SerializedTextTables {
  format: typeof TEXT_TABLES_FORMAT;
  /** Base64 of Uint16 arrays, one entry per run of units with the same record. */
  starts: string;
  /** kind | class << 8 */
  kinds: string;
  /** (up - unit) & 0xffff and (lo - unit) & 0xffff: runs of letters share one delta. */
  up: string;
  lo: string;
  /** Units that fold to several units, with their folds: see SerializedMultiFolds. */
  multi: SerializedMultiFolds;
}

/**
 * The units that fold to several units (about a thousand: ligatures, Greek with its marks, ß…),
 * as three base64 arrays rather than an object of a thousand keys: a page keeps three typed
 * arrays and makes the strings of a 256-unit range only when its text first meets one.
 */
interface SerializedMultiFolds {
  /** The units, ascending (Uint16). */
  units: string;
  /** Each unit's case-preserved then case-folded fold's length (Uint8, two a unit). */
  lengths: string;
  /** The folds' units one after another (Uint16). */
  folds: string;
}

interface Tables {
  starts: Uint16Array;
  kinds: Uint16Array;
  up: Uint16Array;
  lo: Uint16Array;
  multiUnits: Uint16Array;
  multiLengths: Uint8Array;
  multiFolds: Uint16Array;
  /** Where each multi unit's folds start in multiFolds (one more than the units). */
  multiStarts: Uint32Array;
}

function packMulti(multi: ReadonlyMap<number, [string, string]>): SerializedMultiFolds {
  const units = [...multi.keys()].sort((a, b) => a - b);
  const lengths: number[] = [];
  const folds: number[] = [];
  for (const unit of units) {
    for (const fold of multi.get(unit) ?? ['', '']) {
      if (fold.length > 0xff) throw new Error(`fold of U+${unit.toString(16)} too long`);
      lengths.push(fold.length);
      for (let i = 0; i < fold.length; i++) folds.push(fold.charCodeAt(i));
    }
  }
  return { units: toBase64(Uint16Array.from(units)), lengths: toBase64(Uint8Array.from(lengths)), folds: toBase64(Uint16Array.from(folds)) };
}

/** Every BMP unit described (about 100 ms): for the background to pack. */
export function exportTextTables(): SerializedTextTables {
  const starts: number[] = [];
  const kinds: number[] = [];
  const up: number[] = [];
  const lo: number[] = [];
  const multi = new Map<number, [string, string]>();
  let last = '';
  for (let unit = 0; unit < 0x10000; unit++) {
    const info: UnitInfo = describeUnit(unit);
    const cls = unit >= 0xd800 && unit <= 0xdfff ? 0xff : classOfCodePoint(unit);
    if (info.multi) multi.set(unit, info.multi);
    const record = [info.kind | (cls << 8), (info.up - unit) & 0xffff, (info.lo - unit) & 0xffff];
    const key = record.join(',');
    if (key === last) continue;
    last = key;
    starts.push(unit);
    kinds.push(record[0] ?? 0);
    up.push(record[1] ?? 0);
    lo.push(record[2] ?? 0);
  }
  return {
    format: TEXT_TABLES_FORMAT,
    starts: toBase64(Uint16Array.from(starts)),
    kinds: toBase64(Uint16Array.from(kinds)),
    up: toBase64(Uint16Array.from(up)),
    lo: toBase64(Uint16Array.from(lo)),
    multi: packMulti(multi),
  };
}

function decode(value: unknown): Tables | null {
  const t = value as Partial<SerializedTextTables> | null;
  if (typeof t !== 'object' || t === null || t.format !== TEXT_TABLES_FORMAT || typeof t.multi !== 'object' || t.multi === null) return null;
  try {
    const { multi } = t;
    const tables = {
      starts: uint16FromBase64(t.starts ?? ''), kinds: uint16FromBase64(t.kinds ?? ''), up: uint16FromBase64(t.up ?? ''), lo: uint16FromBase64(t.lo ?? ''),
      multiUnits: uint16FromBase64(multi.units), multiLengths: uint8FromBase64(multi.lengths), multiFolds: uint16FromBase64(multi.folds),
    };
    const n = tables.starts.length;
    if (n === 0 || tables.starts[0] !== 0 || tables.kinds.length !== n || tables.up.length !== n || tables.lo.length !== n) return null;
    const m = tables.multiUnits.length;
    if (tables.multiLengths.length !== 2 * m) return null;
    const multiStarts = new Uint32Array(m + 1);
    for (let i = 0; i < m; i++) multiStarts[i + 1] = (multiStarts[i] ?? 0) + (tables.multiLengths[2 * i] ?? 0) + (tables.multiLengths[2 * i + 1] ?? 0);
    if (multiStarts[m] !== tables.multiFolds.length) return null;
    return { ...tables, multiStarts };
  } catch {
    return null;
  }
}

/** The first index of `units` (ascending) holding a unit at or after `unit`. */
function firstAtOrAfter(units: Uint16Array, unit: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((units[mid] ?? 0) < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The multi-unit folds of the units of one 256-unit page: made when the page is first filled. */
function multiFoldsOf(t: Tables, page: number): Map<number, [string, string]> {
  const folds = new Map<number, [string, string]>();
  const end = (page + 1) << 8;
  for (let i = firstAtOrAfter(t.multiUnits, page << 8); i < t.multiUnits.length && (t.multiUnits[i] ?? end) < end; i++) {
    const at = t.multiStarts[i] ?? 0;
    const preserved = t.multiLengths[2 * i] ?? 0;
    const folded = t.multiLengths[2 * i + 1] ?? 0;
    const text = (from: number, length: number) => String.fromCharCode(...t.multiFolds.subarray(from, from + length));
    folds.set(t.multiUnits[i] ?? 0, [text(at, preserved), text(at + preserved, folded)]);
  }
  return folds;
}

/** The run holding `unit`: the last run starting at or before it. */
function runOf(starts: Uint16Array, unit: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= unit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A reader over serialized tables, for a normaliser to fill from (createNormaliser's `tables`),
 * or null when `value` is not tables of this format: the normaliser then computes, as before.
 */
export function readTextTables(value: unknown): TextTableSources | null {
  const t = decode(value);
  if (!t) return null;
  const fill = (page: number, each: (unit: number, kind: number, up: number, lo: number) => void) => {
    const from = page << 8;
    let run = runOf(t.starts, from);
    for (let unit = from; unit < from + 256; unit++) {
      while (run + 1 < t.starts.length && (t.starts[run + 1] ?? 0x10000) <= unit) run++;
      each(unit, t.kinds[run] ?? 0, (unit + (t.up[run] ?? 0)) & 0xffff, (unit + (t.lo[run] ?? 0)) & 0xffff);
    }
  };
  return {
    units: (page, set) => {
      const folds = multiFoldsOf(t, page);
      fill(page, (unit, kind, up, lo) => {
        const multi = folds.get(unit);
        set(unit, multi ? { kind: kind & 0xff, up, lo, multi } : { kind: kind & 0xff, up, lo });
      });
    },
    classes: (page, set) => fill(page, (unit, kind) => set(unit, kind >> 8)),
  };
}
