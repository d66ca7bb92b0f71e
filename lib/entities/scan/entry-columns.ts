/**
 * The compiled entries as the sweep reads them: one typed array per field, indexed by entry.
 * Typed arrays keep their data outside the JavaScript heap and are read with one monomorphic
 * load, where ~2,600 entry objects cost a page ~90 KB of heap and a property read each. A matcher
 * unpacked in a page has its entries in this form only (lazy-list.ts makes an entry object when
 * the resolver asks for one); a catalogue compiled in-process gets its columns built once.
 */
import type { CompiledEntry } from '../compile/compile';
import type { ReadonlyList } from '../compile/readonly-list';

export interface EntryColumns {
  /** Index into `groups`, or -1 for a cue. */
  readonly group: Int32Array;
  /** Signal id of the cue, or -1. */
  readonly cue: Int32Array;
  /** Class of the last character (CharClass). */
  readonly lastClass: Uint8Array;
  /** 1: matched as a word prefix (a stem, or a cue with no right boundary). */
  readonly prefix: Uint8Array;
  /** 1: a listed misspelling. */
  readonly misspelling: Uint8Array;
  /** Index into the labels, or -1: none. */
  readonly label: Int32Array;
}

/** Columns for `count` entries, every field zero (the caller fills them). */
export function emptyColumns(count: number): EntryColumns {
  return {
    group: new Int32Array(count),
    cue: new Int32Array(count),
    lastClass: new Uint8Array(count),
    prefix: new Uint8Array(count),
    misspelling: new Uint8Array(count),
    label: new Int32Array(count),
  };
}

const COLUMNS = new WeakMap<ReadonlyList<CompiledEntry>, EntryColumns>();

/** Records the columns an entry list was made from (lazy-list.ts), so none are built twice. */
export function rememberColumns(entries: ReadonlyList<CompiledEntry>, columns: EntryColumns): void {
  COLUMNS.set(entries, columns);
}

/** The columns of `entries`: those it was unpacked from, or built from its objects once. */
export function entryColumns(entries: ReadonlyList<CompiledEntry>): EntryColumns {
  const known = COLUMNS.get(entries);
  if (known !== undefined) return known;
  const columns = emptyColumns(entries.length);
  const labels = new Map<string, number>();
  let i = 0;
  for (const entry of entries) {
    columns.group[i] = entry.group;
    columns.cue[i] = entry.cue;
    columns.lastClass[i] = entry.lastClass;
    columns.prefix[i] = entry.prefix ? 1 : 0;
    columns.misspelling[i] = entry.misspelling ? 1 : 0;
    // The sweep never reads labels: an index per distinct label keeps the columns complete.
    let label = -1;
    if (entry.label !== undefined) {
      label = labels.get(entry.label) ?? labels.size;
      labels.set(entry.label, label);
    }
    columns.label[i++] = label;
  }
  COLUMNS.set(entries, columns);
  return columns;
}
