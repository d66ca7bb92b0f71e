/**
 * Turns blocks of page text into painted mentions: match the block's text, build one range per
 * mention, register it with its entity's highlight, and record it in the page index. Whole-page
 * scans run in time slices; re-scans replace an element's records idempotently.
 */
import type { BlockQuestion } from '@/lib/entities/block-answer';
import { MATCH_LIMIT } from '@/lib/entities/match-limit';
import type { Matcher, Mention, ScanOptions } from '@/lib/entities/types';
import { blockOf, HugeTextBlock, isInlineElement, locate, ownBlocks, segmentAt, textLength, walkBlocks, type TextBlock, type TextSegment } from './blocks';
import type { Highlighter } from '../paint/highlighter';
import type { BlockRecord, PageIndex } from './page-index';
import { MATCH_CHUNK, nodePieces, PieceSizer, textPieces, type Piece } from './pieces';
import { runSliced } from './scheduler';

/** What a scan reports while it runs (the page's events: page-events.ts). */
export interface ScanProgress {
  slice(ms: number): void;
  block(textNodes: number, chars: number, mentions: number): void;
}

export interface ScanContext {
  /** The page's own matcher: what `matchBlocks` does not answer is matched with it. */
  matcher: Matcher;
  /** Makes `matcher` ready before the page first matches text itself (it is loaded on first need); false when it cannot be. */
  prepare?(): Promise<boolean>;
  index: PageIndex;
  highlighter: Highlighter;
  /** Language and entity filter for one block. */
  optionsFor(block: TextBlock): ScanOptions;
  /** Called for every open shadow root met, so the caller can watch it for changes. */
  onShadowRoot?(root: ShadowRoot): void;
  /** Builds a range (default: a StaticRange, which costs the page nothing on later mutations). */
  createRange?(init: StaticRangeInit): AbstractRange;
  /**
   * The blocks' mentions, matched where the matcher is warm (the background:
   * lib/entities/block-answer.ts); null when it cannot say, and the page matches them itself.
   */
  matchBlocks?(blocks: readonly BlockQuestion[]): Promise<readonly (readonly Mention[])[] | null>;
}

/**
 * Text asked about at once at most (lib/entities/block-answer.ts). Past it, or with a block of one
 * huge text node, the page matches block by block as it reads: a page that large is read in
 * slices, and its first highlights should not wait for all of it.
 */
export const ASK_LIMIT = MATCH_LIMIT;

/** A StaticRange; a live Range where there is none (happy-dom: the command line, the tests). */
function staticRange(init: StaticRangeInit): AbstractRange {
  if (typeof StaticRange === 'function') return new StaticRange(init);
  const range = init.startContainer.ownerDocument?.createRange();
  if (!range) throw new Error('no document to make a range in');
  range.setStart(init.startContainer, init.startOffset);
  range.setEnd(init.endContainer, init.endOffset);
  return range;
}

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

/**
 * The range of a record's `i`th mention, made now if it was not (`BlockRecord.ranges`); null if
 * its text is no longer where it was read.
 */
export function rangeOf(
  record: BlockRecord,
  i: number,
  create?: (init: StaticRangeInit) => AbstractRange,
): AbstractRange | null {
  const made = record.ranges[i];
  if (made) return made;
  const mention = record.mentions[i];
  const range = mention ? rangeFor(record.block, mention.start, mention.end, create) : null;
  if (range) record.ranges[i] = range;
  return range;
}

/**
 * Matches `text` (a piece of the block starting at `offset`) and, unless `later`, paints what it
 * finds (a huge block's mentions are painted together at its end: see blockWork). A mention is
 * kept if both its ends fall in the block's nodes; its range is made only to paint it.
 */
function matchInto(ctx: ScanContext, record: BlockRecord, text: string, offset: number, options: ScanOptions, later = false): void {
  keepAll(ctx, record, ctx.matcher.scan(text, options), offset, later);
}

/** Keeps (and, unless `later`, paints) the mentions found in a piece of the block starting at `offset`. */
function keepAll(ctx: ScanContext, record: BlockRecord, found: Iterable<Mention>, offset: number, later: boolean): void {
  for (const one of found) {
    const mention = offset === 0 ? one : { ...one, start: one.start + offset, end: one.end + offset };
    if (segmentAt(record.block, mention.start) < 0 || segmentAt(record.block, mention.end, true) < 0) continue;
    record.mentions.push(mention);
    record.ranges.push(undefined);
    if (!later) paintNext(ctx, record, record.mentions.length - 1);
  }
}

/**
 * Paints the record's `i`th mention. Past the page's highlight cap a mention is kept and counted,
 * not painted (and gets no range yet): `painted` holds how many of the record's first mentions are.
 */
function paintNext(ctx: ScanContext, record: BlockRecord, i: number): void {
  if (!ctx.highlighter.hasRoom) return;
  const mention = record.mentions[i];
  const range = rangeOf(record, i, ctx.createRange);
  // Inside a huge text node a mention is tinted, not decorated (paint/highlighter.ts highlightName).
  const plain = record.block instanceof HugeTextBlock;
  if (mention && range && ctx.highlighter.add(mention.entity, range, plain) && record.painted === i) record.painted++;
}

function indexBlock(ctx: ScanContext, record: BlockRecord, progress?: ScanProgress): void {
  const { block } = record;
  if (record.mentions.length > 0) record.block = new StoredBlock(block.element, block.segments);
  ctx.index.add(record);
  progress?.block(block.segments.length, textLength(block), record.mentions.length);
}

/** The work of reading one block: one unit, or one per piece of a huge block and one to index it. */
function* blockWork(ctx: ScanContext, block: TextBlock, progress?: ScanProgress): Generator<() => void> {
  const record: BlockRecord = { block, mentions: [], ranges: [], painted: 0 };
  const options = ctx.optionsFor(block);
  if (!(block instanceof HugeTextBlock) && block.text.length <= MATCH_CHUNK) {
    const { text } = block;
    yield () => {
      matchInto(ctx, record, text, 0, options);
      indexBlock(ctx, record, progress);
    };
    return;
  }
  // A piece per unit, each sized by how fast the last one was matched (pieces.ts).
  const sizer = new PieceSizer();
  const size = () => sizer.size;
  const all: Iterable<Piece> = block instanceof HugeTextBlock ? nodePieces(block.node, size) : textPieces(block.text, size);
  for (const piece of all) {
    yield () => {
      const start = performance.now();
      matchInto(ctx, record, piece.text, piece.start, options, true);
      sizer.took(piece.text.length, performance.now() - start);
    };
  }
  // Painted in one go: Firefox spends tens of milliseconds on the first range added to a huge
  // text node after each frame, so a range per piece would make a long task per mention.
  yield () => {
    for (let i = 0; i < record.mentions.length; i++) paintNext(ctx, record, i);
    indexBlock(ctx, record, progress);
  };
}

export function unpaint(ctx: ScanContext, records: BlockRecord[]): void {
  for (const record of records) {
    // Only the painted ones (the first `painted`) were given to the highlighter.
    for (let i = 0; i < record.painted; i++) {
      const mention = record.mentions[i];
      const range = record.ranges[i];
      if (mention && range) ctx.highlighter.delete(mention.entity, range);
    }
  }
}

/** Every unit of work reading `blocks` with the page's own matcher. */
function* blocksWork(ctx: ScanContext, blocks: Iterable<TextBlock>, progress?: ScanProgress): Generator<() => void> {
  for (const block of blocks) yield* blockWork(ctx, block, progress);
}

const sliced = (units: Iterable<() => void>, signal: AbortSignal, progress?: ScanProgress): Promise<boolean> =>
  runSliced(units, (unit) => unit(), signal, { onSlice: progress?.slice });

/** Reads `blocks` with the page's own matcher, made ready first (loaded, the first time). */
async function matchHere(ctx: ScanContext, blocks: Iterable<TextBlock>, signal: AbortSignal, progress?: ScanProgress): Promise<boolean> {
  if (ctx.prepare && !(await ctx.prepare())) return false;
  if (signal.aborted) return false;
  return sliced(blocksWork(ctx, blocks, progress), signal, progress);
}

/** Whether `blocks` are asked about at once (`matchBlocks`): no huge text node, not too much text. */
function askable(blocks: readonly TextBlock[]): boolean {
  let chars = 0;
  for (const block of blocks) {
    if (block instanceof HugeTextBlock) return false;
    chars += textLength(block);
  }
  return chars <= ASK_LIMIT;
}

/**
 * Reads blocks already walked: their mentions asked of `matchBlocks` all at once, then painted
 * in slices; matched by the page where it does not answer (or cannot be asked).
 */
async function readBlocks(ctx: ScanContext, blocks: readonly TextBlock[], signal: AbortSignal, progress?: ScanProgress): Promise<boolean> {
  if (blocks.length === 0) return !signal.aborted;
  if (!ctx.matchBlocks || !askable(blocks)) return matchHere(ctx, blocks, signal, progress);
  const questions = blocks.map((block): BlockQuestion => {
    const { lang } = ctx.optionsFor(block);
    return lang === undefined ? { text: block.text } : { text: block.text, lang };
  });
  const answer = await ctx.matchBlocks(questions).catch(() => null);
  if (signal.aborted) return false;
  if (!answer || answer.length !== blocks.length) return matchHere(ctx, blocks, signal, progress);
  return paintMatched(ctx, { blocks, mentions: answer }, signal, progress);
}

/** Blocks read, each with the mentions found in it elsewhere (the background). */
export interface MatchedBlocks {
  blocks: readonly TextBlock[];
  /** One list per block, in the same order. */
  mentions: readonly (readonly Mention[])[];
}

/** Paints and indexes blocks whose mentions were found elsewhere, in slices. */
function paintMatched(ctx: ScanContext, { blocks, mentions }: MatchedBlocks, signal: AbortSignal, progress?: ScanProgress): Promise<boolean> {
  function* paint(): Generator<() => void> {
    for (const [i, block] of blocks.entries()) {
      yield () => {
        const record: BlockRecord = { block, mentions: [], ranges: [], painted: 0 };
        keepAll(ctx, record, mentions[i] ?? [], 0, false);
        indexBlock(ctx, record, progress);
      };
    }
  }
  return sliced(paint(), signal, progress);
}

/**
 * Scans everything under `root`, yielding between slices. Resolves false if aborted.
 *
 * With `matchBlocks`, the blocks are read first and asked about at once: the page paints the
 * answer and never loads its own matcher (on a page that changes no more, never). Blocks that
 * change meanwhile are read again by the page's mutation batches. With `handed`, the page was
 * read and matched already (the first stage read it for the gate, and the background matched
 * it as it answered: lib/page/stage/first-stage.ts): those blocks are only painted.
 */
export async function scanAll(ctx: ScanContext, root: Node, signal: AbortSignal, progress?: ScanProgress, handed?: MatchedBlocks): Promise<boolean> {
  if (handed) return paintMatched(ctx, handed, signal, progress);
  const blocks = walkBlocks(root, ctx.onShadowRoot);
  if (!ctx.matchBlocks) return matchHere(ctx, blocks, signal, progress);
  const held: TextBlock[] = [];
  let tooMuch = false;
  function* hold(): Generator<() => void> {
    let chars = 0;
    for (let next = blocks.next(); !next.done; next = blocks.next()) {
      const block = next.value;
      held.push(block);
      chars += textLength(block);
      if (block instanceof HugeTextBlock || chars > ASK_LIMIT) {
        tooMuch = true;
        return;
      }
      yield () => undefined;
    }
  }
  if (!(await sliced(hold(), signal, progress))) return false;
  // Past the limit, the page's own matcher reads what is held and the rest of the walk.
  function* heldThenRest(): Generator<TextBlock> {
    yield* held;
    yield* blocks;
  }
  return tooMuch ? matchHere(ctx, heldThenRest(), signal, progress) : readBlocks(ctx, held, signal, progress);
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
 * Applies a rescan: forgets what is gone, then re-reads what changed and paints the new mentions
 * (readBlocks: asked of `matchBlocks` together, or matched here). The walk is cut into one unit per
 * block (not per added subtree), so that a single-page site swapping in a whole new article is
 * still read in short slices.
 */
export async function rescan(ctx: ScanContext, work: Rescan, signal: AbortSignal, progress?: ScanProgress): Promise<boolean> {
  const toRead: TextBlock[] = [];
  /** Which walk first met each element: one met again by a later walk (overlapping subtrees) is read once. */
  const metBy = new Map<Element, number>();
  let walks = 0;
  /** Units reading every block under `root`; an element's earlier blocks are dropped when it is first met. */
  function* subtree(root: Node): Generator<() => void> {
    const walk = ++walks;
    for (const block of walkBlocks(root, ctx.onShadowRoot)) {
      // An inline subtree also yields its parent's block: that one is re-read via `own`.
      if (work.own.has(block.element) || !root.contains(block.element)) continue;
      const first = metBy.get(block.element);
      if (first !== undefined && first !== walk) continue;
      if (first === undefined) {
        metBy.set(block.element, walk);
        yield () => unpaint(ctx, ctx.index.removeElement(block.element));
      }
      yield () => void toRead.push(block);
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
      if (!element.isConnected) continue;
      yield () => {
        unpaint(ctx, ctx.index.removeElement(element));
        toRead.push(...ownBlocks(element));
      };
    }
    for (const root of work.subtrees) {
      if (root.isConnected) yield* subtree(root);
    }
  }
  if (!(await sliced(units(), signal, progress))) return false;
  return readBlocks(ctx, toRead, signal, progress);
}
