/**
 * The compiled catalogue as compact JSON, so it can be compiled once (in the background) and
 * handed to every content script through extension storage instead of being compiled again on
 * every page (compiling takes 70–150 ms of a page's main thread). Each page reads this, so it is
 * made to unpack without a loop over its contents: every array — a trie's edges, offsets and
 * terms, the entries' columns, the groups' numbers — travels as base64 over its bytes (16-bit
 * where every value fits) and is decoded natively into a typed array. A page's code runs cold,
 * in the interpreter: adding up 80,000 offsets from their counts, or copying 15,600 entry
 * numbers out of a JSON array, cost it several milliseconds (README "Page-load cost"); the
 * offsets sent whole make the value about a third larger, which the browser moves natively.
 * Chrome stores values as UTF-8 JSON, where a raw string of UTF-16 units (lone surrogates in the
 * edge labels) would not survive; base64 does.
 */
import { int32FromBase64, toBase64, uint16FromBase64, uint32FromBase64, uint8FromBase64 } from '../../base64';
import type { LanguageGate, Tier } from '../types';
import type { CompiledCatalogue, CompiledEntry, CompiledGroup, CompiledRule } from './compile';
import { denseRootTable, type FlatTrie, type TrieIndices } from './trie';
import { entryColumns, type EntryColumns } from '../scan/entry-columns';
import { LazyList, lazyEntries } from '../scan/lazy-list';
import type { ReadonlyList } from './readonly-list';

/**
 * Bump when CompiledCatalogue or this encoding changes shape (8: the prefilter split by script;
 * 9: offsets, entries and groups as typed arrays).
 */
export const COMPILED_FORMAT = 9;

/** A typed array as base64 over its bytes, with its element width. */
interface Packed {
  bits: 16 | 32;
  data: string;
}

export interface SerializedTrie {
  dense: boolean;
  /** Edge labels (always 16 bits). */
  chars: string;
  /** Offsets (nodes + 1 values from 0) into the edges and the terms. */
  edgeStart: Packed;
  termStart: Packed;
  terms: Packed;
}

/**
 * The entries as the sweep reads them (scan/entry-columns.ts), a column each: base64 over an
 * Int32Array for `group`, `cue` and `label` (-1: none), over a Uint8Array for the rest.
 */
interface SerializedEntries {
  count: number;
  group: string;
  cue: string;
  label: string;
  lastClass: string;
  prefix: string;
  misspelling: string;
}

/**
 * Numbers a group travels as, in `groups`: entity, tier and language (indices into `strings`),
 * proclitics, gate (index into `gates`, -1: none), vetoes and needs (indices into `ruleLists`),
 * open endings (0 or 1). Hundreds of groups share a few dozen rule lists, gates and languages:
 * a page builds each once and every group points at it (one object per group and per distinct
 * rule, not a tree of arrays per group).
 */
const GROUP_FIELDS = 8;

type Tries = 'foldTrie' | 'caseTrie' | 'cueFoldTrie' | 'cueCaseTrie';

export interface SerializedCatalogue extends Omit<CompiledCatalogue, Tries | 'entries' | 'groups'> {
  format: typeof COMPILED_FORMAT;
  labels: string[];
  entries: SerializedEntries;
  /** GROUP_FIELDS numbers a group, flat: base64 over an Int32Array. */
  groups: string;
  strings: string[];
  gates: LanguageGate[];
  ruleLists: CompiledRule[][];
  foldTrie: SerializedTrie;
  caseTrie: SerializedTrie;
  cueFoldTrie: SerializedTrie;
  cueCaseTrie: SerializedTrie;
}

function pack(values: TrieIndices): Packed {
  let max = 0;
  for (const v of values) {
    if (v < 0) throw new Error(`negative trie index ${v}`);
    if (v > max) max = v;
  }
  return max <= 0xffff ? { bits: 16, data: toBase64(Uint16Array.from(values)) } : { bits: 32, data: toBase64(Uint32Array.from(values)) };
}

function unpack(packed: Packed): TrieIndices {
  if (packed.bits === 16) return uint16FromBase64(packed.data);
  if (packed.bits !== 32) throw new Error(`unknown width ${String(packed.bits)}`);
  return uint32FromBase64(packed.data);
}

function serializeTrie(trie: FlatTrie): SerializedTrie {
  return {
    dense: trie.root !== null,
    chars: toBase64(trie.edgeChar),
    edgeStart: pack(trie.edgeStart),
    termStart: pack(trie.termStart),
    terms: pack(trie.terms),
  };
}

function deserializeTrie(s: SerializedTrie): FlatTrie {
  const edgeChar = uint16FromBase64(s.chars);
  const edgeStart = unpack(s.edgeStart);
  const termStart = unpack(s.termStart);
  const terms = unpack(s.terms);
  const nodes = edgeStart.length - 1;
  // Cheap checks that catch a damaged value: the offsets must end where the arrays do.
  if (nodes < 1 || termStart.length !== nodes + 1 || edgeChar.length !== nodes - 1) throw new Error('inconsistent trie');
  if (edgeStart[nodes] !== edgeChar.length || termStart[nodes] !== terms.length) throw new Error('inconsistent trie');
  // The root's dense table is 128 KB of mostly -1s: rebuilt from the root's edges, never stored.
  const root = s.dense ? denseRootTable(edgeChar, edgeStart[1] ?? 0) : null;
  return { root, edgeStart, edgeChar, termStart, terms };
}

/** Distinct values (compared as JSON) in first-seen order, and each value's index. */
function interner<T>(): { list: T[]; index(value: T): number } {
  const list: T[] = [];
  const seen = new Map<string, number>();
  return {
    list,
    index(value) {
      const key = JSON.stringify(value);
      let at = seen.get(key);
      if (at === undefined) {
        at = list.length;
        list.push(value);
        seen.set(key, at);
      }
      return at;
    },
  };
}

function serializeGroups(groups: ReadonlyList<CompiledGroup>): Pick<SerializedCatalogue, 'groups' | 'strings' | 'gates' | 'ruleLists'> {
  const strings = interner<string>();
  const gates = interner<LanguageGate>();
  const rules = interner<CompiledRule[]>();
  const flat = [...groups].flatMap((g) => [
    g.entity, strings.index(g.tier), strings.index(g.lang), g.proclitics, g.gate === undefined ? -1 : gates.index(g.gate),
    rules.index([...g.vetoes]), rules.index([...g.needs]), g.openEndings ? 1 : 0,
  ]);
  return { groups: toBase64(Int32Array.from(flat)), strings: strings.list, gates: gates.list, ruleLists: rules.list };
}

/**
 * The groups, checked all at once, then made one by one as they are read (scan/lazy-list.ts):
 * a page keeps objects for the groups its candidates belong to, and their numbers in a typed
 * array (outside the JavaScript heap).
 */
function deserializeGroups(s: SerializedCatalogue): ReadonlyList<CompiledGroup> {
  const { strings, gates, ruleLists } = s;
  if (typeof s.groups !== 'string' || !Array.isArray(strings) || !Array.isArray(gates) || !Array.isArray(ruleLists)) throw new Error('damaged groups');
  const numbers = int32FromBase64(s.groups);
  if (numbers.length % GROUP_FIELDS !== 0) throw new Error('damaged groups');
  // Every index inside its table (a few thousand comparisons; the objects are made later).
  const inside = (i: number | undefined, list: readonly unknown[]): boolean => i !== undefined && i >= 0 && i < list.length;
  for (let i = 0; i < numbers.length; i += GROUP_FIELDS) {
    const gate = numbers[i + 4] ?? -1;
    const known = inside(numbers[i + 1], strings) && inside(numbers[i + 2], strings) && (gate === -1 || inside(gate, gates))
      && inside(numbers[i + 5], ruleLists) && inside(numbers[i + 6], ruleLists);
    if (!known) throw new Error('damaged groups');
  }
  return new LazyList(numbers.length / GROUP_FIELDS, (g): CompiledGroup => {
    const i = g * GROUP_FIELDS;
    const gate = numbers[i + 4] ?? -1;
    const group: CompiledGroup = {
      entity: numbers[i] ?? 0, tier: strings[numbers[i + 1] ?? 0] as Tier, lang: strings[numbers[i + 2] ?? 0] ?? '', proclitics: numbers[i + 3] ?? 0,
      gate: gate < 0 ? undefined : gates[gate], vetoes: ruleLists[numbers[i + 5] ?? 0] ?? [], needs: ruleLists[numbers[i + 6] ?? 0] ?? [],
    };
    if (numbers[i + 7] === 1) group.openEndings = true;
    return group;
  });
}

function serializeEntries(entries: ReadonlyList<CompiledEntry>): Pick<SerializedCatalogue, 'entries' | 'labels'> {
  const labels = interner<string>();
  const label = Int32Array.from(entries, (e) => (e.label === undefined ? -1 : labels.index(e.label)));
  // The sweep's own columns (an unpacked list's, or built once from the objects); labels are
  // numbered here afresh, in first-seen order.
  const columns = entryColumns(entries);
  return {
    entries: {
      count: entries.length,
      group: toBase64(columns.group), cue: toBase64(columns.cue), label: toBase64(label),
      lastClass: toBase64(columns.lastClass), prefix: toBase64(columns.prefix), misspelling: toBase64(columns.misspelling),
    },
    labels: labels.list,
  };
}

/** Whether every value is at least `min` and below `end`. */
function within(values: Int32Array, min: number, end: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? min;
    if (v < min || v >= end) return false;
  }
  return true;
}

/**
 * The entries as columns (scan/entry-columns.ts) behind a list that makes an entry object only
 * when one is read (scan/lazy-list.ts): the sweep reads the columns, and a page keeps objects
 * for the few entries its mentions use, not for all of them.
 */
function deserializeEntries(s: SerializedCatalogue, groupCount: number): ReadonlyList<CompiledEntry> {
  const { entries: e, labels } = s;
  if (typeof e !== 'object' || e === null || !Number.isInteger(e.count) || !Array.isArray(labels)) throw new Error('damaged entries');
  const columns: EntryColumns = {
    group: int32FromBase64(e.group), cue: int32FromBase64(e.cue), label: int32FromBase64(e.label),
    lastClass: uint8FromBase64(e.lastClass), prefix: uint8FromBase64(e.prefix), misspelling: uint8FromBase64(e.misspelling),
  };
  if (Object.values(columns).some((column: ArrayLike<number>) => column.length !== e.count)) throw new Error('damaged entries');
  if (!within(columns.group, -1, groupCount) || !within(columns.label, -1, labels.length)) throw new Error('damaged entries');
  return lazyEntries(columns, labels);
}

export function serializeCompiled(compiled: CompiledCatalogue): SerializedCatalogue {
  return {
    ...compiled,
    format: COMPILED_FORMAT,
    // The folds list (about 5 KB gzipped) is what the normaliser knows already: a page's matcher
    // folds those characters with its own (scan/scan.ts); the page gate is written from the
    // compiled catalogue and keeps it.
    prefilter: { ...compiled.prefilter, folds: [] },
    ...serializeEntries(compiled.entries),
    ...serializeGroups(compiled.groups),
    foldTrie: serializeTrie(compiled.foldTrie),
    caseTrie: serializeTrie(compiled.caseTrie),
    cueFoldTrie: serializeTrie(compiled.cueFoldTrie),
    cueCaseTrie: serializeTrie(compiled.cueCaseTrie),
  };
}

/**
 * The compiled catalogue back from its JSON form, or null when `value` is not one of this
 * format (an older build's, or damaged): the caller then asks for a fresh one.
 */
export function deserializeCompiled(value: unknown): CompiledCatalogue | null {
  const s = value as Partial<SerializedCatalogue> | null;
  if (typeof s !== 'object' || s === null || s.format !== COMPILED_FORMAT) return null;
  try {
    const { format: _format, labels: _labels, strings: _strings, gates: _gates, ruleLists: _rules, entries: _entries, groups: _groups, foldTrie, caseTrie, cueFoldTrie, cueCaseTrie, ...rest } = s as SerializedCatalogue;
    const groups = deserializeGroups(s as SerializedCatalogue);
    return {
      ...rest,
      entries: deserializeEntries(s as SerializedCatalogue, groups.length),
      groups,
      foldTrie: deserializeTrie(foldTrie),
      caseTrie: deserializeTrie(caseTrie),
      cueFoldTrie: deserializeTrie(cueFoldTrie),
      cueCaseTrie: deserializeTrie(cueCaseTrie),
    };
  } catch {
    return null;
  }
}
