/**
 * Turns blocks of page text into painted mentions: match the block's text, build one range per
 * mention, register it with its entity's highlight, and record it in the page index. Whole-page
 * scans run in time slices; re-scans replace an element's records idempotently.
 */
import type { Matcher, ScanOptions } from '@/lib/entities/types';
import { locate, ownBlocks, walkBlocks, type TextBlock, type TextSegment } from './blocks';
import type { ScanProgress } from './diagnostics';
import type { Highlighter } from './highlighter';
import type { BlockRecord, PageIndex } from './page-index';
import { runSliced } from './scheduler';

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
  /** Something was removed: forget blocks that left the document. */
  removals: boolean;
}

/** Applies a rescan: forgets what is gone, re-reads what changed, paints the new mentions. */
export function rescan(ctx: ScanContext, work: Rescan, signal: AbortSignal, progress?: ScanProgress): Promise<boolean> {
  const units: Array<() => void> = [];
  if (work.removals) {
    units.push(() => {
      for (const element of ctx.index.detachedElements()) unpaint(ctx, ctx.index.removeElement(element));
    });
  }
  const replace = (element: Element, blocks: Iterable<TextBlock>) => {
    unpaint(ctx, ctx.index.removeElement(element));
    for (const block of blocks) scanBlock(ctx, block, progress);
  };
  for (const element of work.own) {
    if (element.isConnected) units.push(() => replace(element, ownBlocks(element)));
  }
  for (const root of work.subtrees) {
    if (!root.isConnected) continue;
    units.push(() => {
      const byElement = new Map<Element, TextBlock[]>();
      for (const block of walkBlocks(root, ctx.onShadowRoot)) {
        // An inline subtree also yields its parent's block: that one is re-read via `own`.
        if (work.own.has(block.element) || !root.contains(block.element)) continue;
        const list = byElement.get(block.element);
        if (list) list.push(block);
        else byElement.set(block.element, [block]);
      }
      for (const [element, blocks] of byElement) replace(element, blocks);
    });
  }
  return runSliced(units, (unit) => unit(), signal, { onSlice: progress?.slice });
}
