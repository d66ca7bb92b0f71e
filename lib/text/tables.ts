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
import { toBase64, uint16FromBase64 } from '../base64';
import { classOfCodePoint } from './char-class';
import { describeUnit, type TextTableSources, type UnitInfo } from './normalise';

/** Bump when the encoding or the meaning of a field changes. */
export const TEXT_TABLES_FORMAT = 1;

export interface SerializedTextTables {
  format: typeof TEXT_TABLES_FORMAT;
  /** Base64 of Uint16 arrays, one entry per run of units with the same record. */
  starts: string;
  /** kind | class << 8 */
  kinds: string;
  /** (up - unit) & 0xffff and (lo - unit) & 0xffff: runs of letters share one delta. */
  up: string;
  lo: string;
  /** Units that fold to several units: unit → [case-preserved, case-folded]. */
  multi: Record<string, [string, string]>;
}

interface Tables {
  starts: Uint16Array;
  kinds: Uint16Array;
  up: Uint16Array;
  lo: Uint16Array;
  multi: Record<string, [string, string]>;
}

/** Every BMP unit described (about 100 ms): for the background to pack. */
export function exportTextTables(): SerializedTextTables {
  const starts: number[] = [];
  const kinds: number[] = [];
  const up: number[] = [];
  const lo: number[] = [];
  const multi: Record<string, [string, string]> = {};
  let last = '';
  for (let unit = 0; unit < 0x10000; unit++) {
    const info: UnitInfo = describeUnit(unit);
    const cls = unit >= 0xd800 && unit <= 0xdfff ? 0xff : classOfCodePoint(unit);
    if (info.multi) multi[unit] = info.multi;
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
    multi,
  };
}

function decode(value: unknown): Tables | null {
  const t = value as Partial<SerializedTextTables> | null;
  if (typeof t !== 'object' || t === null || t.format !== TEXT_TABLES_FORMAT || typeof t.multi !== 'object' || t.multi === null) return null;
  try {
    const tables = { starts: uint16FromBase64(t.starts ?? ''), kinds: uint16FromBase64(t.kinds ?? ''), up: uint16FromBase64(t.up ?? ''), lo: uint16FromBase64(t.lo ?? ''), multi: t.multi };
    const n = tables.starts.length;
    if (n === 0 || tables.starts[0] !== 0 || tables.kinds.length !== n || tables.up.length !== n || tables.lo.length !== n) return null;
    return tables;
  } catch {
    return null;
  }
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
    units: (page, set) =>
      fill(page, (unit, kind, up, lo) => {
        const multi = t.multi[unit];
        set(unit, multi ? { kind: kind & 0xff, up, lo, multi } : { kind: kind & 0xff, up, lo });
      }),
    classes: (page, set) => fill(page, (unit, kind) => set(unit, kind >> 8)),
  };
}
