/**
 * What the content script knows about the page: for every scanned block, its text, the mentions
 * found in it and the ranges that paint them. Looked up by block element (to re-scan after a
 * mutation) and by text node (to hit-test the pointer).
 */
import type { Mention } from '@/lib/entities/types';
import type { TextBlock } from './blocks';

export interface BlockRecord {
  block: TextBlock;
  /** Sorted by `start`; offsets into `block.text`. */
  mentions: Mention[];
  /** `ranges[i]` paints `mentions[i]`. */
  ranges: AbstractRange[];
}

export interface TextPosition {
  record: BlockRecord;
  /** Offset of the text node's first character in the block's text. */
  start: number;
}

export class PageIndex {
  private readonly byElement = new Map<Element, BlockRecord[]>();
  private readonly byText = new WeakMap<Text, TextPosition>();
  private orderCache: BlockRecord[] | null = null;

  add(record: BlockRecord): void {
    const list = this.byElement.get(record.block.element);
    if (list) list.push(record);
    else this.byElement.set(record.block.element, [record]);
    for (const seg of record.block.segments) this.byText.set(seg.node, { record, start: seg.start });
    if (record.mentions.length > 0) this.orderCache = null;
  }

  /** Forgets the blocks of `element`; returns them so their ranges can be unpainted. */
  removeElement(element: Element): BlockRecord[] {
    const list = this.byElement.get(element);
    if (!list) return [];
    this.byElement.delete(element);
    for (const record of list) {
      for (const seg of record.block.segments) {
        if (this.byText.get(seg.node)?.record === record) this.byText.delete(seg.node);
      }
    }
    if (list.some((r) => r.mentions.length > 0)) this.orderCache = null;
    return list;
  }

  /** Block elements no longer in the document (removed subtrees). */
  detachedElements(): Element[] {
    const gone: Element[] = [];
    for (const element of this.byElement.keys()) if (!element.isConnected) gone.push(element);
    return gone;
  }

  positionOf(node: Text): TextPosition | undefined {
    return this.byText.get(node);
  }

  get blockCount(): number {
    let n = 0;
    for (const list of this.byElement.values()) n += list.length;
    return n;
  }

  clear(): BlockRecord[] {
    const all = [...this.byElement.values()].flat();
    this.byElement.clear();
    this.orderCache = null;
    return all;
  }

  /** Blocks holding at least one mention, in document order (computed when first needed). */
  withMentions(): BlockRecord[] {
    if (this.orderCache) return this.orderCache;
    const records: BlockRecord[] = [];
    for (const list of this.byElement.values()) {
      for (const r of list) if (r.mentions.length > 0) records.push(r);
    }
    records.sort(compareRecords);
    this.orderCache = records;
    return records;
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
