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
import type { CompiledCatalogue, CompiledEntry } from './compile';
import { denseRootTable, type FlatTrie, type TrieIndices } from './trie';

/** Bump when CompiledCatalogue or this encoding changes shape. */
export const COMPILED_FORMAT = 6;

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

/** An entry as [group, cue, label index (-1: none), last character's class, prefix, misspelling]. */
type SerializedEntry = [number, number, number, number, 0 | 1, 0 | 1];

type Tries = 'foldTrie' | 'caseTrie' | 'cueFoldTrie' | 'cueCaseTrie';

export interface SerializedCatalogue extends Omit<CompiledCatalogue, Tries | 'entries'> {
  format: typeof COMPILED_FORMAT;
  labels: string[];
  entries: SerializedEntry[];
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

export function serializeCompiled(compiled: CompiledCatalogue): SerializedCatalogue {
  const labels = [...new Set(compiled.entries.flatMap((e) => (e.label === undefined ? [] : [e.label])))];
  const entries = compiled.entries.map((e): SerializedEntry => [
    e.group, e.cue, e.label === undefined ? -1 : labels.indexOf(e.label), e.lastClass, e.prefix ? 1 : 0, e.misspelling ? 1 : 0,
  ]);
  return {
    ...compiled,
    format: COMPILED_FORMAT,
    // The folds list (about 5 KB gzipped) is what the normaliser knows already: a page's matcher
    // folds those characters with its own (scan/scan.ts); the page gate is written from the
    // compiled catalogue and keeps it.
    prefilter: { ...compiled.prefilter, folds: [] },
    labels,
    entries,
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
    const { format: _format, labels, entries, foldTrie, caseTrie, cueFoldTrie, cueCaseTrie, ...rest } = s as SerializedCatalogue;
    return {
      ...rest,
      entries: entries.map(([group, cue, label, lastClass, prefix, misspelling]): CompiledEntry => ({
        group, cue, label: label < 0 ? undefined : labels[label], lastClass, prefix: prefix === 1, misspelling: misspelling === 1,
      })),
      foldTrie: deserializeTrie(foldTrie),
      caseTrie: deserializeTrie(caseTrie),
      cueFoldTrie: deserializeTrie(cueFoldTrie),
      cueCaseTrie: deserializeTrie(cueCaseTrie),
    };
  } catch {
    return null;
  }
}
