/**
 * The compiled catalogue as compact JSON, so it can be compiled once (in the background) and
 * handed to every content script through extension storage instead of being compiled again on
 * every page (compiling takes 70–150 ms of a page's main thread). Each page reads this, so it is
 * made cheap to unpack: a trie's arrays travel base64 over their bytes (16-bit where every value
 * fits), decoded natively. Its two offset arrays travel as counts — how many edges and terms
 * each node has, one byte each (the few nodes with 255 or more listed apart) — which is half
 * their size and compresses to a fifth of it; a page adds them up in one loop. Chrome stores values as UTF-8 JSON, where
 * a raw string of UTF-16 units (lone surrogates in the edge labels) would not survive; base64 does.
 */
import { toBase64, uint16FromBase64, uint32FromBase64, uint8FromBase64 } from '../../base64';
import type { LanguageGate, Tier } from '../types';
import type { CompiledCatalogue, CompiledEntry, CompiledGroup, CompiledRule } from './compile';
import { denseRootTable, type FlatTrie, type TrieIndices } from './trie';
import { emptyColumns } from '../scan/entry-columns';
import { lazyEntries, lazyList } from '../scan/lazy-list';

/** Bump when CompiledCatalogue or this encoding changes shape (8: the prefilter split by script). */
export const COMPILED_FORMAT = 8;

/** A typed array as base64 over its bytes, with its element width. */
interface Packed {
  bits: 16 | 32;
  data: string;
}

/**
 * An offset array (edgeStart, termStart: nodes + 1 values from 0) as each node's count: one byte
 * a node, 255 meaning "see `big`", which lists [node, count] for those.
 */
interface PackedCounts {
  counts: string;
  big: number[];
}

export interface SerializedTrie {
  dense: boolean;
  /** Edge labels (always 16 bits). */
  chars: string;
  edgeStart: PackedCounts;
  termStart: PackedCounts;
  terms: Packed;
}

/** Numbers an entry travels as, one after another in `entries`: see ENTRY_FIELDS. */
const ENTRY_FIELDS = 6; // group, cue, label index (-1: none), last character's class, prefix, misspelling

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
  /** ENTRY_FIELDS numbers an entry, flat: one array of small integers parses natively. */
  entries: number[];
  /** GROUP_FIELDS numbers a group, flat. */
  groups: number[];
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

const BIG = 0xff;

function packCounts(offsets: TrieIndices): PackedCounts {
  const nodes = offsets.length - 1;
  const counts = new Uint8Array(nodes);
  const big: number[] = [];
  for (let n = 0; n < nodes; n++) {
    const count = (offsets[n + 1] ?? 0) - (offsets[n] ?? 0);
    if (count < 0) throw new Error('trie offsets go back');
    if (count >= BIG) big.push(n, count);
    counts[n] = Math.min(count, BIG);
  }
  return { counts: toBase64(counts), big };
}

/** The offsets back from their counts (16-bit where the total fits, as `pack` would have them). */
function unpackCounts(packed: PackedCounts): TrieIndices {
  const counts = uint8FromBase64(packed.counts);
  const big = new Map<number, number>();
  for (let i = 0; i + 1 < packed.big.length; i += 2) big.set(packed.big[i] ?? 0, packed.big[i + 1] ?? 0);
  let total = 0;
  for (let n = 0; n < counts.length; n++) total += counts[n] === BIG ? (big.get(n) ?? 0) : (counts[n] ?? 0);
  const offsets = total <= 0xffff ? new Uint16Array(counts.length + 1) : new Uint32Array(counts.length + 1);
  let at = 0;
  for (let n = 0; n < counts.length; n++) {
    offsets[n] = at;
    const count = counts[n] ?? 0;
    at += count === BIG ? (big.get(n) ?? 0) : count;
  }
  offsets[counts.length] = at;
  return offsets;
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
    edgeStart: packCounts(trie.edgeStart),
    termStart: packCounts(trie.termStart),
    terms: pack(trie.terms),
  };
}

function deserializeTrie(s: SerializedTrie): FlatTrie {
  const edgeChar = uint16FromBase64(s.chars);
  const edgeStart = unpackCounts(s.edgeStart);
  const termStart = unpackCounts(s.termStart);
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

function serializeGroups(groups: readonly CompiledGroup[]): Pick<SerializedCatalogue, 'groups' | 'strings' | 'gates' | 'ruleLists'> {
  const strings = interner<string>();
  const gates = interner<LanguageGate>();
  const rules = interner<CompiledRule[]>();
  const flat = groups.flatMap((g) => [
    g.entity, strings.index(g.tier), strings.index(g.lang), g.proclitics, g.gate === undefined ? -1 : gates.index(g.gate),
    rules.index([...g.vetoes]), rules.index([...g.needs]), g.openEndings ? 1 : 0,
  ]);
  return { groups: flat, strings: strings.list, gates: gates.list, ruleLists: rules.list };
}

/**
 * The groups, checked all at once, then made one by one as they are read (scan/lazy-list.ts):
 * a page keeps objects for the groups its candidates belong to, and their numbers in a typed
 * array (outside the JavaScript heap).
 */
function deserializeGroups(s: SerializedCatalogue): readonly CompiledGroup[] {
  const { groups: flat, strings, gates, ruleLists } = s;
  if (!Array.isArray(flat) || flat.length % GROUP_FIELDS !== 0 || !Array.isArray(strings) || !Array.isArray(gates) || !Array.isArray(ruleLists)) {
    throw new Error('damaged groups');
  }
  const numbers = Int32Array.from(flat);
  const inside = (list: readonly unknown[], i: number | undefined): boolean => i !== undefined && list[i] !== undefined;
  for (let i = 0; i < numbers.length; i += GROUP_FIELDS) {
    const gate = numbers[i + 4] ?? -1;
    const known = inside(strings, numbers[i + 1]) && inside(strings, numbers[i + 2]) && (gate < 0 || inside(gates, gate))
      && inside(ruleLists, numbers[i + 5]) && inside(ruleLists, numbers[i + 6]);
    let same = true;
    for (let k = i; k < i + GROUP_FIELDS; k++) same &&= flat[k] === numbers[k];
    if (!known || !same) throw new Error('damaged groups');
  }
  return lazyList(numbers.length / GROUP_FIELDS, (g): CompiledGroup => {
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

function serializeEntries(entries: readonly CompiledEntry[]): Pick<SerializedCatalogue, 'entries' | 'labels'> {
  const labels = interner<string>();
  const flat = entries.flatMap((e) => [
    e.group, e.cue, e.label === undefined ? -1 : labels.index(e.label), e.lastClass, e.prefix ? 1 : 0, e.misspelling ? 1 : 0,
  ]);
  return { entries: flat, labels: labels.list };
}

/**
 * The entries as columns (scan/entry-columns.ts) behind a list that makes an entry object only
 * when one is read (scan/lazy-list.ts): the sweep reads the columns, and a page keeps objects
 * for the few entries its mentions use, not for all of them.
 */
function deserializeEntries(s: SerializedCatalogue): readonly CompiledEntry[] {
  const { entries: flat, labels } = s;
  if (!Array.isArray(flat) || flat.length % ENTRY_FIELDS !== 0 || !Array.isArray(labels)) throw new Error('damaged entries');
  const columns = emptyColumns(flat.length / ENTRY_FIELDS);
  for (let i = 0, e = 0; i < flat.length; i += ENTRY_FIELDS, e++) {
    const label = flat[i + 2] ?? -1;
    if (label >= labels.length) throw new Error('damaged entries');
    columns.group[e] = flat[i] ?? -1;
    columns.cue[e] = flat[i + 1] ?? -1;
    columns.label[e] = label < 0 ? -1 : label;
    columns.lastClass[e] = flat[i + 3] ?? 0;
    columns.prefix[e] = flat[i + 4] === 1 ? 1 : 0;
    columns.misspelling[e] = flat[i + 5] === 1 ? 1 : 0;
  }
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
    return {
      ...rest,
      entries: deserializeEntries(s as SerializedCatalogue),
      groups: deserializeGroups(s as SerializedCatalogue),
      foldTrie: deserializeTrie(foldTrie),
      caseTrie: deserializeTrie(caseTrie),
      cueFoldTrie: deserializeTrie(cueFoldTrie),
      cueCaseTrie: deserializeTrie(cueCaseTrie),
    };
  } catch {
    return null;
  }
}
