/**
 * What the content script knows about the page: how many blocks each block element holds, and
 * for the blocks with mentions, their text nodes, the mentions and the ranges that paint them.
 * Looked up by block element (to re-scan after a mutation) and by text node (to hit-test the
 * pointer). Blocks without a mention leave only their count behind: on a long page they are
 * most of the text, and keeping them would hold a copy of it.
 */
import type { Mention } from '@/lib/entities/types';
import type { TextBlock } from './blocks';
import { DocumentOrder } from './document-order';

export interface BlockRecord {
  block: TextBlock;
  /** Sorted by `start`; offsets into `block.text`. */
  mentions: Mention[];
  /**
   * `ranges[i]` paints `mentions[i]`. Made when the mention is painted, or when first asked for
   * (`rangeOf`, scanner.ts): past the highlight cap most are never needed, and 95,000 ranges
   * on a page of 100,000 mentions are heap that every garbage collection must trace.
   */
  ranges: (AbstractRange | undefined)[];
  /**
   * How many of the mentions are painted: the first `painted` (the page's highlight cap,
   * paint/highlighter.ts, may leave the rest unpainted; they are still counted).
   */
  painted: number;
}

export interface TextPosition {
  record: BlockRecord;
  /** Offset of the text node's first character in the block's text. */
  start: number;
}

export class PageIndex {
  /** Blocks per block element, mentions or not. */
  readonly #counts = new Map<Element, number>();
  readonly #byElement = new Map<Element, BlockRecord[]>();
  /** Text node → its block's record (its offset is looked up in the record: one object less per node). */
  readonly #byText = new WeakMap<Text, BlockRecord>();
  #total = 0;
  /** The blocks with mentions, in document order (kept as they come: document-order.ts). */
  readonly #order = new DocumentOrder<BlockRecord>(compareRecords);

  add(record: BlockRecord): void {
    const element = record.block.element;
    this.#counts.set(element, (this.#counts.get(element) ?? 0) + 1);
    this.#total++;
    if (record.mentions.length === 0) return;
    const list = this.#byElement.get(element);
    if (list) list.push(record);
    else this.#byElement.set(element, [record]);
    for (const seg of record.block.segments) this.#byText.set(seg.node, record);
    this.#order.add(record);
  }

  /** Forgets the blocks of `element`; returns those with mentions so their ranges can be unpainted. */
  removeElement(element: Element): BlockRecord[] {
    const count = this.#counts.get(element);
    if (count === undefined) return [];
    this.#counts.delete(element);
    this.#total -= count;
    const list = this.#byElement.get(element);
    if (!list) return [];
    this.#byElement.delete(element);
    for (const record of list) {
      this.#order.remove(record);
      for (const seg of record.block.segments) {
        if (this.#byText.get(seg.node) === record) this.#byText.delete(seg.node);
      }
    }
    return list;
  }

  /** Forgets the blocks of `root` and of every element inside it; returns those with mentions. */
  removeWithin(root: Element): BlockRecord[] {
    const inside = [...this.#counts.keys()].filter((element) => root === element || root.contains(element));
    return inside.flatMap((element) => this.removeElement(element));
  }

  /** Block elements no longer in the document (removed subtrees). */
  detachedElements(): Element[] {
    const gone: Element[] = [];
    for (const element of this.#counts.keys()) if (!element.isConnected) gone.push(element);
    return gone;
  }

  positionOf(node: Text): TextPosition | undefined {
    const record = this.#byText.get(node);
    const segment = record?.block.segments.find((s) => s.node === node);
    return record && segment ? { record, start: segment.start } : undefined;
  }

  get blockCount(): number {
    return this.#total;
  }

  /** Forgets everything; returns the blocks with mentions. */
  clear(): BlockRecord[] {
    const all = [...this.#byElement.values()].flat();
    this.#byElement.clear();
    this.#counts.clear();
    this.#total = 0;
    this.#order.clear();
    return all;
  }

  /** Blocks holding at least one mention, in document order. */
  withMentions(): readonly BlockRecord[] {
    return this.#order.items();
  }
}

const FOLLOWING = 4;
const PRECEDING = 2;

function compareRecords(a: BlockRecord, b: BlockRecord): number {
  const na = a.block.segments[0]?.node;
  const nb = b.block.segments[0]?.node;
  if (!na || !nb || na === nb) return 0;
  const pos = na.compareDocumentPosition(nb);
  if (pos & FOLLOWING) return -1;
  if (pos & PRECEDING) return 1;
  return 0;
}
