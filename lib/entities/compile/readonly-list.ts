/**
 * What the matcher reads of a compiled catalogue's entry and group lists: a read-only array is
 * one, and so is the lazy list an unpacked matcher keeps them in (scan/lazy-list.ts).
 */
export interface ReadonlyList<T> extends Iterable<T> {
  readonly length: number;
  /** The item at an index, counted from the end when negative (as `Array.prototype.at`). */
  at(index: number): T | undefined;
}

/**
 * The item at `index`, or undefined when there is none. Unlike `at`, a negative index has none:
 * an entry's group is -1 when the entry is a cue.
 */
export function itemAt<T>(list: ReadonlyList<T>, index: number): T | undefined {
  return index >= 0 ? list.at(index) : undefined;
}
