/**
 * A read-only list whose items are made the first time someone reads their index, and kept: how
 * an unpacked matcher holds its ~2,600 entries and ~760 groups. A page then keeps objects for
 * the few its mentions use instead of all of them (the sweep reads entry columns directly:
 * entry-columns.ts).
 *
 * Read with `at(i)`, not `list[i]`. It used to be a Proxy over an array, so that `list[i]` worked
 * as on an array; but a Proxy's traps take every key as a string, so each read turned its index
 * into a string and back. Past a few hundred distinct numbers so converted, V8 grows the
 * isolate's number-to-string cache from 1 KB to 64 KB, kept for the life of the tab: on
 * `rferl-en` about a tenth of all the heap Backstory added (README "Page-load cost").
 */
import type { CompiledEntry } from '../compile/compile';
import type { ReadonlyList } from '../compile/readonly-list';
import { rememberColumns, type EntryColumns } from './entry-columns';

export class LazyList<T> implements ReadonlyList<T> {
  /**
   * The items made, by index: a page makes a few dozen of thousands. (A sparse array given a
   * high index is stored as a run of holes as long as the index: 9 KB for the two lists.)
   */
  readonly #made = new Map<number, T>();

  constructor(
    readonly length: number,
    private readonly makeItem: (index: number) => T,
  ) {}

  at(index: number): T | undefined {
    let i = Math.trunc(index) || 0;
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) return undefined;
    let item = this.#made.get(i);
    if (item === undefined) this.#made.set(i, (item = this.makeItem(i)));
    return item;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.at(i) as T;
  }

  /** As JSON, the array it stands for (every item made). */
  toJSON(): T[] {
    return [...this];
  }
}

/** The entries of an unpacked matcher, made from their columns (which the sweep reads). */
export function lazyEntries(columns: EntryColumns, labels: readonly string[]): ReadonlyList<CompiledEntry> {
  const list = new LazyList(columns.group.length, (i): CompiledEntry => {
    const label = columns.label[i] ?? -1;
    return {
      group: columns.group[i] ?? -1,
      cue: columns.cue[i] ?? -1,
      label: label < 0 ? undefined : labels[label],
      lastClass: columns.lastClass[i] ?? 0,
      prefix: columns.prefix[i] === 1,
      misspelling: columns.misspelling[i] === 1,
    };
  });
  rememberColumns(list, columns);
  return list;
}
