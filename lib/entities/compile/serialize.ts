/**
 * The compiled catalogue as compact JSON, so it can be compiled once (in the background) and
 * handed to every content script through extension storage instead of being compiled again on
 * every page (compiling takes 70–150 ms of a page's main thread). Each page reads this, so it is
 * kept small: a trie is its edge labels plus, per node, how many children and terminals it has
 * (targets and offsets follow from the breadth-first numbering), and typed arrays travel as
 * base64 — Chrome stores values as UTF-8 JSON, where a raw string of UTF-16 units (lone
 * surrogates in the edge labels) would not survive.
 */
import type { CompiledCatalogue, CompiledEntry } from './compile';
import type { FlatTrie } from './trie';

/** Bump when CompiledCatalogue or this encoding changes shape. */
export const COMPILED_FORMAT = 2;

export interface SerializedTrie {
  dense: boolean;
  /** Uint16 edge labels, in edge order. */
  chars: string;
  /** Uint16 per node: number of children, then number of terminal payloads. */
  children: string;
  terminals: string;
  /** Uint16 payloads (entry indices), in node order. */
  terms: string;
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

function toBase64(array: Uint16Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
}

/** Uint8Array.fromBase64 where the browser has it (native, and every page unpacks ~250 KB). */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64?.bind(Uint8Array);

function fromBase64(text: string): Uint16Array {
  let bytes: Uint8Array;
  if (nativeFromBase64) bytes = nativeFromBase64(text);
  else {
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  if (bytes.length % 2 !== 0) throw new Error('truncated array');
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
}

function uint16(values: ArrayLike<number>, what: string): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (v < 0 || v > 0xffff) throw new Error(`${what} ${v} does not fit 16 bits`);
    out[i] = v;
  }
  return out;
}

function serializeTrie(trie: FlatTrie): SerializedTrie {
  const nodes = trie.edgeStart.length - 1;
  // TrieBuilder numbers nodes breadth-first and lists edges in node order, so edge e leads to
  // node e + 1: targets need not travel.
  trie.edgeTarget.forEach((target, e) => {
    if (target !== e + 1) throw new Error('trie is not numbered breadth-first');
  });
  const children = new Uint16Array(nodes);
  const terminals = new Uint16Array(nodes);
  for (let n = 0; n < nodes; n++) {
    children[n] = uint16([(trie.edgeStart[n + 1] ?? 0) - (trie.edgeStart[n] ?? 0)], 'child count')[0] ?? 0;
    terminals[n] = uint16([(trie.termStart[n + 1] ?? 0) - (trie.termStart[n] ?? 0)], 'terminal count')[0] ?? 0;
  }
  return {
    dense: trie.root !== null,
    chars: toBase64(trie.edgeChar),
    children: toBase64(children),
    terminals: toBase64(terminals),
    terms: toBase64(uint16(trie.terms, 'entry index')),
  };
}

function deserializeTrie(s: SerializedTrie): FlatTrie {
  const edgeChar = fromBase64(s.chars);
  const children = fromBase64(s.children);
  const terminals = fromBase64(s.terminals);
  const nodes = children.length;
  if (terminals.length !== nodes || edgeChar.length !== nodes - 1) throw new Error('inconsistent trie');
  const edgeStart = new Int32Array(nodes + 1);
  const termStart = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) {
    edgeStart[n + 1] = (edgeStart[n] ?? 0) + (children[n] ?? 0);
    termStart[n + 1] = (termStart[n] ?? 0) + (terminals[n] ?? 0);
  }
  const edgeTarget = new Int32Array(edgeChar.length);
  for (let e = 0; e < edgeTarget.length; e++) edgeTarget[e] = e + 1;
  const terms = Int32Array.from(fromBase64(s.terms));
  if (edgeStart[nodes] !== edgeChar.length || termStart[nodes] !== terms.length) throw new Error('inconsistent trie');
  let root: Int32Array | null = null;
  if (s.dense) {
    // The root's dense table is 256 KB of -1s: rebuilt from the root's edges, never stored.
    root = new Int32Array(0x10000).fill(-1);
    for (let e = 0; e < (edgeStart[1] ?? 0); e++) root[edgeChar[e] ?? 0] = e + 1;
  }
  return { root, edgeStart, edgeChar, edgeTarget, termStart, terms };
}

export function serializeCompiled(compiled: CompiledCatalogue): SerializedCatalogue {
  const labels = [...new Set(compiled.entries.flatMap((e) => (e.label === undefined ? [] : [e.label])))];
  const entries = compiled.entries.map((e): SerializedEntry => [
    e.group, e.cue, e.label === undefined ? -1 : labels.indexOf(e.label), e.lastClass, e.prefix ? 1 : 0, e.misspelling ? 1 : 0,
  ]);
  return {
    ...compiled,
    format: COMPILED_FORMAT,
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
