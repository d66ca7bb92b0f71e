/**
 * Turns blocks of page text into painted mentions: match the block's text, build one range per
 * mention, register it with its entity's highlight, and record it in the page index. Whole-page
 * scans run in time slices; re-scans replace an element's records idempotently.
 */
import type { Matcher, ScanOptions } from '@/lib/entities/types';
import { blockOf, isInlineElement, locate, ownBlocks, walkBlocks, type TextBlock, type TextSegment } from './blocks';
import type { Highlighter } from '../paint/highlighter';
import type { BlockRecord, PageIndex } from './page-index';
import { runSliced } from './scheduler';

/** What a scan reports while it runs (the page's events: page-events.ts). */
export interface ScanProgress {
  slice(ms: number): void;
  block(textNodes: number, chars: number, mentions: number): void;
}

export interface ScanContext {
  matcher: Matcher;
  index: PageIndex;
  highlighter: Highlighter;
  /** Language and entity filter for one block. */
  optionsFor(block: TextBlock): ScanOptions;
  /** Called for every open shadow root met, so the caller can watch it for changes. */
  onShadowRoot?(root: ShadowRoot): void;
  /** Builds a range (default: a StaticRange, which costs the page nothing on later mutations). */
  createRange?(init: StaticRangeInit): AbstractRange;
}

const staticRange = (init: StaticRangeInit): AbstractRange => new StaticRange(init);

/** A range over `[start, end)` of a block's text. */
export function rangeFor(
  block: TextBlock,
  start: number,
  end: number,
  create: (init: StaticRangeInit) => AbstractRange = staticRange,
): AbstractRange | null {
  const from = locate(block, start);
  const to = locate(block, end, true);
  if (!from || !to) return null;
  return create({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/**
 * A block as the index keeps it: its text is read back from its nodes when asked (the report's
 * sentences), not held, so a long page's text is not kept twice.
 */
class StoredBlock implements TextBlock {
  constructor(
    readonly element: Element,
    readonly segments: TextSegment[],
  ) {}

  get text(): string {
    return this.segments.map((s) => s.node.data).join('');
  }
}

function scanBlock(ctx: ScanContext, block: TextBlock, progress?: ScanProgress): void {
  const record: BlockRecord = { block, mentions: [], ranges: [] };
  for (const mention of ctx.matcher.scan(block.text, ctx.optionsFor(block))) {
    const range = rangeFor(block, mention.start, mention.end, ctx.createRange);
    if (!range) continue;
    record.mentions.push(mention);
    record.ranges.push(range);
    ctx.highlighter.add(mention.entity, range);
  }
  if (record.mentions.length > 0) record.block = new StoredBlock(block.element, block.segments);
  ctx.index.add(record);
  progress?.block(block.segments.length, block.text.length, record.mentions.length);
}

export function unpaint(ctx: ScanContext, records: BlockRecord[]): void {
  for (const record of records) {
    record.mentions.forEach((m, i) => {
      const range = record.ranges[i];
      if (range) ctx.highlighter.delete(m.entity, range);
    });
  }
}

/** Scans everything under `root`, yielding between slices. Resolves false if aborted. */
export function scanAll(ctx: ScanContext, root: Node, signal: AbortSignal, progress?: ScanProgress): Promise<boolean> {
  return runSliced(walkBlocks(root, ctx.onShadowRoot), (block) => scanBlock(ctx, block, progress), signal, {
    onSlice: progress?.slice,
  });
}

/** What a batch of mutations asks to re-scan. */
export interface Rescan {
  /** Elements whose own text changed (their nested blocks did not). */
  own: Set<Element>;
  /** Newly added subtrees: every block inside them. */
  subtrees: Set<Node>;
  /**
   * Elements that were shown or hidden (hidden, contenteditable changed): whatever
   * was read inside them is forgotten, and they are read again (nothing, if now hidden).
   */
  reread: Set<Element>;
  /** Something was removed: forget blocks that left the document. */
  removals: boolean;
}

/**
 * Applies a rescan: forgets what is gone, re-reads what changed, paints the new mentions. The
 * work is cut into one unit per block (not per added subtree), so that a single-page site
 * swapping in a whole new article is still read in short slices.
 */
export function rescan(ctx: ScanContext, work: Rescan, signal: AbortSignal, progress?: ScanProgress): Promise<boolean> {
  const replace = (element: Element, blocks: Iterable<TextBlock>) => {
    unpaint(ctx, ctx.index.removeElement(element));
    for (const block of blocks) scanBlock(ctx, block, progress);
  };
  /** Units reading every block under `root`; an element's earlier blocks are dropped when it is first met. */
  function* subtree(root: Node): Generator<() => void> {
    const met = new Set<Element>();
    for (const block of walkBlocks(root, ctx.onShadowRoot)) {
      // An inline subtree also yields its parent's block: that one is re-read via `own`.
      if (work.own.has(block.element) || !root.contains(block.element)) continue;
      yield () => {
        if (!met.has(block.element)) {
          met.add(block.element);
          unpaint(ctx, ctx.index.removeElement(block.element));
        }
        scanBlock(ctx, block, progress);
      };
    }
  }
  function* units(): Generator<() => void> {
    if (work.removals) {
      yield () => {
        for (const element of ctx.index.detachedElements()) unpaint(ctx, ctx.index.removeElement(element));
      };
    }
    for (const element of work.reread) {
      if (!element.isConnected) continue;
      // An inline element's text belongs to its block: that is what is read again.
      const scope = isInlineElement(element) ? (blockOf(element) ?? element) : element;
      yield () => unpaint(ctx, ctx.index.removeWithin(scope));
      yield* subtree(scope);
    }
    for (const element of work.own) {
      if (element.isConnected) yield () => replace(element, ownBlocks(element));
    }
    for (const root of work.subtrees) {
      if (root.isConnected) yield* subtree(root);
    }
  }
  return runSliced(units(), (unit) => unit(), signal, { onSlice: progress?.slice });
}
