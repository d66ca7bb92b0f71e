/**
 * A read-only list whose items are made the first time someone reads their index, and kept: how
 * an unpacked matcher holds its ~2,600 entries and ~760 groups. A page then keeps objects for
 * the few its mentions use instead of all of them, while everything that reads `list[i]`, its
 * length, or iterates it works as on a plain array (the sweep reads entry columns directly:
 * entry-columns.ts).
 */
import type { CompiledEntry } from '../compile/compile';
import { rememberColumns, type EntryColumns } from './entry-columns';

/** A non-negative integer property key below `count` as its number, else -1. */
function indexOf(key: string | symbol, count: number): number {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < count && String(n) === key ? n : -1;
}

export function lazyList<T>(count: number, makeItem: (i: number) => T): readonly T[] {
  // Sparse (a length, no slots): the items made are all the list's memory.
  const made: T[] = [];
  made.length = count;
  const make = (i: number): T => {
    if (!(i in made)) made[i] = makeItem(i);
    return made[i] as T;
  };
  return new Proxy(made, {
    get(target, key, receiver) {
      const i = indexOf(key, count);
      return i >= 0 ? make(i) : Reflect.get(target, key, receiver);
    },
    // Whatever enumerates or inspects the list's own keys sees every item, as in a plain array.
    has(target, key) {
      return indexOf(key, count) >= 0 || Reflect.has(target, key);
    },
    ownKeys(target) {
      for (let i = 0; i < count; i++) make(i);
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key, count);
      if (i >= 0) make(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    // Read-only, as CompiledCatalogue's lists are.
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
}

/** The entries of an unpacked matcher, made from their columns (which the sweep reads). */
export function lazyEntries(columns: EntryColumns, labels: readonly string[]): readonly CompiledEntry[] {
  const list = lazyList(columns.group.length, (i): CompiledEntry => {
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
