/**
 * A character trie over UTF-16 code units, flattened into typed arrays after building so the
 * matcher's inner loop touches only numbers: a dense table for the root (one look-up decides
 * whether a word can start an alias at all) and sorted edge lists below it.
 *
 * Walking costs at most the length of the longest alias from each start position, whatever
 * the number of aliases: that is what keeps the matcher's speed flat as the catalogue grows.
 */

/** Offsets into a trie's arrays: 16 bits where they fit (what pages unpack), 32 otherwise. */
export type TrieIndices = Int32Array | Uint32Array | Uint16Array;

export interface FlatTrie {
  /**
   * Child of the root for each code unit, or -1, as a two-level table (denseRootTable, read with
   * rootSlot): only the tries walked over every block have one; without it the root's edges are
   * searched like any node's. Sixteen bits suffice: breadth-first numbering gives the root's
   * children the first numbers.
   */
  readonly root: Int16Array | null;
  /**
   * Edges of node n are edgeChar[edgeStart[n] .. edgeStart[n + 1]). Nodes are numbered
   * breadth-first and edges listed in node order, so edge e always leads to node e + 1: no
   * target array is needed (see childOf).
   */
  readonly edgeStart: TrieIndices;
  readonly edgeChar: Uint16Array;
  /** Terminal payloads of node n are terms[termStart[n] .. termStart[n + 1]). */
  readonly termStart: TrieIndices;
  readonly terms: TrieIndices;
}

/** The node an edge leads to (breadth-first numbering: see FlatTrie). */
export const childOf = (edge: number): number => edge + 1;

/**
 * Builds the trie in growable parallel arrays (first child / next sibling lists), so thousands
 * of forms cost no per-node objects; build() then numbers the nodes breadth-first.
 */
export class TrieBuilder {
  private readonly unit: number[] = [0];
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  private readonly payloads: (number[] | undefined)[] = [undefined];

  private child(node: number, unit: number): number {
    for (let c = this.firstChild[node] ?? -1; c >= 0; c = this.nextSibling[c] ?? -1) {
      if (this.unit[c] === unit) return c;
    }
    const created = this.unit.length;
    this.unit.push(unit);
    this.firstChild.push(-1);
    this.nextSibling.push(this.firstChild[node] ?? -1);
    this.payloads.push(undefined);
    this.firstChild[node] = created;
    return created;
  }

  /** Adds `key` with a payload (an entry index); a key may carry several payloads. */
  add(key: string, payload: number): void {
    if (key.length === 0) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) node = this.child(node, key.charCodeAt(i));
    const list = this.payloads[node];
    if (list === undefined) this.payloads[node] = [payload];
    else if (!list.includes(payload)) list.push(payload);
  }

  build(denseRoot = true): FlatTrie {
    const count = this.unit.length;
    const children = (node: number): number[] => {
      const out: number[] = [];
      for (let c = this.firstChild[node] ?? -1; c >= 0; c = this.nextSibling[c] ?? -1) out.push(c);
      return out.sort((a, b) => (this.unit[a] ?? 0) - (this.unit[b] ?? 0));
    };
    // Breadth-first numbering; node 0 is the root (its own edges live in the dense table).
    const order = new Int32Array(count);
    const idOf = new Int32Array(count);
    let filled = 1;
    for (let i = 0; i < filled; i++) {
      for (const c of children(order[i] ?? 0)) {
        idOf[c] = filled;
        order[filled++] = c;
      }
    }
    const edgeStart = new Int32Array(count + 1);
    const termStart = new Int32Array(count + 1);
    const edgeChar = new Uint16Array(count - 1);
    const terms: number[] = [];
    let edges = 0;
    for (let id = 0; id < count; id++) {
      const node = order[id] ?? 0;
      edgeStart[id] = edges;
      termStart[id] = terms.length;
      for (const c of children(node)) {
        // Breadth-first numbering gives the edge's target as edges + 1 (childOf).
        if (idOf[c] !== childOf(edges)) throw new Error('trie numbering is not breadth-first');
        edgeChar[edges] = this.unit[c] ?? 0;
        edges++;
      }
      const list = this.payloads[node];
      if (list !== undefined) for (const p of list) terms.push(p);
    }
    edgeStart[count] = edges;
    termStart[count] = terms.length;
    const root = denseRoot ? denseRootTable(edgeChar, edgeStart[1] ?? 0) : null;
    return { root, edgeStart, edgeChar, termStart, terms: Int32Array.from(terms) };
  }
}

/** Slots of a page of the root table: one per low byte. */
const PAGE = 256;
/** The page every high byte without a first character points to (all -1), after the index. */
const EMPTY_PAGE = 1;

/**
 * The root's table from its edges (edges 0 … rootEdges − 1, leading to nodes 1 … rootEdges), in
 * two levels: slots 0 … 255 give each high byte's page of 256 slots (the empty page, shared, where
 * no alias starts with a unit of that byte), and the pages follow. A catalogue's first characters
 * fall in a few dozen pages of Unicode, so this is a few kilobytes where one slot per code unit
 * was 128 KB in every page the second stage runs in; a look-up reads one slot more (rootSlot).
 * A page rebuilds it from the root's edges rather than store it.
 */
export function denseRootTable(edgeChar: Uint16Array, rootEdges: number): Int16Array {
  // The root has at most one child per code unit, and they are numbered first: 1 … rootEdges.
  if (rootEdges > 0x7fff) throw new Error('too many first characters for a 16-bit root table');
  const pageOf = new Int16Array(PAGE).fill(EMPTY_PAGE);
  let pages = EMPTY_PAGE + 1;
  for (let e = 0; e < rootEdges; e++) {
    const high = (edgeChar[e] ?? 0) >> 8;
    if (pageOf[high] === EMPTY_PAGE) pageOf[high] = pages++;
  }
  const root = new Int16Array(pages * PAGE).fill(-1);
  root.set(pageOf);
  for (let e = 0; e < rootEdges; e++) {
    const unit = edgeChar[e] ?? 0;
    root[(pageOf[unit >> 8] ?? EMPTY_PAGE) * PAGE + (unit & 0xff)] = childOf(e);
  }
  return root;
}

/** The root's child along `unit` in a table of denseRootTable, or -1. */
export function rootSlot(root: Int16Array, unit: number): number {
  return root[((root[unit >> 8] ?? EMPTY_PAGE) << 8) | (unit & 0xff)] ?? -1;
}

/** The child of `node` along `unit`, or -1: binary search over the node's sorted edges. */
export function step(trie: FlatTrie, node: number, unit: number): number {
  let lo = trie.edgeStart[node] ?? 0;
  let hi = (trie.edgeStart[node + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = trie.edgeChar[mid] ?? 0;
    if (c === unit) return childOf(mid);
    if (c < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The root's child along `unit`, or -1. */
export function rootStep(trie: FlatTrie, unit: number): number {
  return trie.root === null ? step(trie, 0, unit) : rootSlot(trie.root, unit);
}
