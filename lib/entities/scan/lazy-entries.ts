/**
 * The entry list of an unpacked matcher, read from its columns (entry-columns.ts): an entry
 * object is made the first time someone reads its index (the resolver, for a candidate that may
 * become a mention) and kept. A page then holds the few entries its mentions use instead of all
 * ~2,600, while everything that reads `compiled.entries[i]` or iterates the list works as on a
 * plain array. The sweep reads the columns directly and makes no entry at all.
 */
import type { CompiledEntry } from '../compile/compile';
import { rememberColumns, type EntryColumns } from './entry-columns';

/** A non-negative integer property key below `count` as its number, else -1. */
function indexOf(key: string | symbol, count: number): number {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < count && String(n) === key ? n : -1;
}

export function lazyEntries(columns: EntryColumns, labels: readonly string[]): readonly CompiledEntry[] {
  const count = columns.group.length;
  // Holey: an index is filled when first read.
  const made: CompiledEntry[] = new Array<CompiledEntry>(count);
  const make = (i: number): CompiledEntry => {
    let entry = made[i];
    if (entry === undefined) {
      const label = columns.label[i] ?? -1;
      entry = {
        group: columns.group[i] ?? -1,
        cue: columns.cue[i] ?? -1,
        label: label < 0 ? undefined : labels[label],
        lastClass: columns.lastClass[i] ?? 0,
        prefix: columns.prefix[i] === 1,
        misspelling: columns.misspelling[i] === 1,
      };
      made[i] = entry;
    }
    return entry;
  };
  const makeAll = (): void => {
    for (let i = 0; i < count; i++) make(i);
  };
  const list = new Proxy(made, {
    get(target, key, receiver) {
      const i = indexOf(key, count);
      return i >= 0 ? make(i) : Reflect.get(target, key, receiver);
    },
    // Whatever enumerates or inspects the list's own keys sees every entry, as in a plain array.
    has(target, key) {
      if (indexOf(key, count) >= 0) return true;
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      makeAll();
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key, count);
      if (i >= 0) make(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    // Read-only, as CompiledCatalogue's entries are.
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
  rememberColumns(list, columns);
  return list;
}
