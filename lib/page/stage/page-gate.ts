/**
 * The first stage's question: could this page's text hold a mention of an entity the settings
 * highlight? Asked of the matcher's own prefilter (lib/entities/scan/prefilter.ts), built from
 * the small stored gate (lib/entities/gate.ts) — the big matcher tables are not read — where it
 * is warm: the first stage sends each chunk to the background (lib/entities/gate-answer.ts).
 *
 * The text asked about is the blocks the scanner reads (read/blocks.ts `walkBlocks`: the same
 * elements skipped, open shadow roots included), in reading order, joined with a line feed: each
 * block is a stretch of it, and the prefilter passes a text whenever it passes any stretch of it.
 * Reading blocks rather than bare text nodes costs a page without a mention a little more (a
 * parent and a tag name read per node), and saves a page with one the second stage's own walk:
 * where the answer is yes, the background matches the chunk's blocks as it answers, and the
 * second stage paints those (lib/page/stage/first-stage.ts). The text is asked a chunk at a time
 * as it is read, so a page that names an entity near its top stops early, and a huge page is
 * read in slices.
 */
import { HugeTextBlock, blockOf, isInSkippedSubtree, isInlineElement, walkBlocks, type TextBlock } from '../read/blocks';

/** Whoever answers for a chunk of text: the prefilter itself, or the background asking it. */
export interface ChunkAsker {
  /**
   * `last` is true for the page's last chunk (its answer is then the page's); `blocks`, when
   * given, are the chunk's blocks (`text` is their texts joined with a line feed).
   */
  mayMatch(text: string, last: boolean, blocks?: readonly TextBlock[]): boolean | Promise<boolean>;
}

export interface GateAnswer {
  possible: boolean;
  /** UTF-16 units of text read (up to the chunk that passed). */
  chars: number;
  /**
   * With `keep`: every block of the page, when the ask read all of it in whole blocks (no huge
   * text node, no more than `keep` units) and asked about its last chunk (none passed before).
   */
  blocks?: TextBlock[];
}

/** Text asked about at once: big enough that the regular expression's start-up is nothing. */
const CHUNK = 1 << 16;
/**
 * Text kept from the end of one piece of a huge text node at the start of the next, so a
 * mention across the cut is whole in one of them: the margin the matcher itself keeps between
 * the windows of a long block (scan/scan.ts MARGIN).
 */
const OVERLAP = 512;
/** Reading time after which the ask yields to the page (its tasks stay short on a 50 MB page). */
const SLICE_MS = 8;

/** Gives the page's own tasks a turn. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface AskOptions {
  /** True when the answer is no longer wanted (a newer ask, the page gone): reading stops. */
  stale?: () => boolean;
  /** How the reading gives the page a turn (a timer by default). */
  pause?: () => Promise<void>;
  /** Reading time between pauses. */
  sliceMs?: number;
  /**
   * Whether text that is only white space is asked about (the top frame: its answer paints the
   * toolbar). Otherwise a frame without a letter to read sends nothing: nothing can match.
   */
  askBlank?: boolean;
  /**
   * Keep the blocks read, up to this many units of text, and give each chunk's blocks to the
   * asker: where the page's last chunk is asked about, the answer holds them all. 0 (the default): none.
   */
  keep?: number;
  /** Called for every open shadow root the walk enters. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Asks the prefilter about the blocks under `root`, a chunk at a time as they are read: a page
 * that names an entity stops reading at the chunk that does, and one that does not is read
 * once. A huge text node (read/blocks.ts HUGE_TEXT_NODE) is read in pieces with `substringData`,
 * never whole, consecutive pieces sharing OVERLAP units. Reading pauses for the page every
 * SLICE_MS; null when it was stopped as stale before its last chunk.
 */
export async function askGate(root: Node, prefilter: ChunkAsker, options: AskOptions = {}): Promise<GateAnswer | null> {
  const { stale = () => false, pause = yieldToPage, sliceMs = SLICE_MS, askBlank = true, keep = 0, onShadowRoot } = options;
  /** Every block read, while the page is read in whole blocks within `keep` (null once it is not). */
  let kept: TextBlock[] | null = keep > 0 ? [] : null;
  let keptChars = 0;
  let chunk: TextBlock[] = [];
  let texts: string[] = [];
  let buffered = 0;
  let chars = 0;
  let sliceStart = performance.now();
  let count = 0;
  /** Whether a chunk was asked about. */
  let asked = false;
  /** The answer for the text buffered so far (its blocks given only while they are kept). */
  const askBuffered = (last: boolean): boolean | Promise<boolean> => {
    const text = texts.join('\n');
    const blocks = kept ? chunk : undefined;
    asked = true;
    chunk = [];
    texts = [];
    buffered = 0;
    return prefilter.mayMatch(text, last, blocks);
  };
  const breathe = async (): Promise<boolean> => {
    if (performance.now() - sliceStart < sliceMs) return true;
    await pause();
    sliceStart = performance.now();
    return !stale();
  };
  for (const block of walkBlocks(root, onShadowRoot)) {
    if (block instanceof HugeTextBlock) {
      // Read in overlapping pieces (a mention across a cut is whole in the next piece), asked
      // about as text: a page with such a node is matched by the second stage as it reads it.
      kept = null;
      const { node } = block;
      for (let from = 0; from < node.length; from += CHUNK - OVERLAP) {
        const piece = node.substringData(from, Math.min(CHUNK, node.length - from));
        chars += from === 0 ? piece.length : piece.length - OVERLAP;
        texts.push(piece);
        buffered += piece.length + 1;
        if (buffered >= CHUNK) {
          if (await askBuffered(false)) return { possible: true, chars };
          if (stale()) return null;
        }
        if (!(await breathe())) return null;
        if (from + CHUNK >= node.length) break;
      }
      continue;
    }
    const { text } = block;
    chars += text.length;
    if (kept) {
      keptChars += text.length;
      if (keptChars > keep) kept = null;
      else kept.push(block);
    }
    chunk.push(block);
    texts.push(text);
    buffered += text.length + 1;
    // The clock is looked at every 32nd block.
    if (buffered < CHUNK && (++count & 31) !== 0) continue;
    if (buffered >= CHUNK) {
      // A yes before the end: the rest of the page is not read here.
      if (await askBuffered(false)) return { possible: true, chars };
      if (stale()) return null;
    }
    if (!(await breathe())) return null;
  }
  const blocks = kept;
  // The top frame asks even about a page without a block to read: its answer paints the toolbar.
  // (walkBlocks never gives a blank block, so a frame with nothing but white space sends nothing.)
  const possible = buffered > 0 || (askBlank && !asked) ? await askBuffered(true) : false;
  // The answer stands even when it made the ask stale: the background may have injected the
  // second stage with it (a yes; or a no, for a page whose rough text passed), and the blocks go
  // to that. The caller tells an overtaken ask from these.
  return blocks ? { possible, chars, blocks } : { possible, chars };
}

/** Past this many changed places, the whole page is read again (as fast as many small reads). */
export const MAX_CHANGED_REGIONS = 64;

/**
 * The elements whose text must be read again after one change of the page, so that every block
 * the change may have touched is whole in one of them (a block ends at the nearest element that
 * is not inline: read/blocks.ts `blockOf`). New text, new elements, a removed element that
 * parted two texts: the block around it. Elements that
 * are not inline added on their own (a new paragraph, a new post) start blocks of their own:
 * just them.
 */
export function changedRegions(record: MutationRecord): Element[] {
  const { target } = record;
  const around = (node: Node): Element[] => {
    const el = node.nodeType === 1 && !isInlineElement(node as Element) ? (node as Element) : blockOf(node);
    return el ? [el] : [];
  };
  // A `hidden` or `contenteditable` put on or taken off an element that is not inline may also
  // join or part the text around it: the block it sits in.
  if (record.type === 'attributes') return [blockOf(target) ?? (target as Element)];
  if (record.type !== 'childList' || target.nodeType !== 1 || isInlineElement(target as Element)) return around(target);
  if (record.removedNodes.length > 0) return around(target);
  const added: Element[] = [];
  for (const node of record.addedNodes) {
    if (node.nodeType === 8) continue; // a comment: no text
    if (node.nodeType !== 1 || isInlineElement(node as Element)) return around(target);
    added.push(node as Element);
  }
  return added;
}

/** The regions still in the page and read by the scanner, each once, none inside another (that one is read whole). */
export function outermostRegions(regions: Iterable<Element>): Element[] {
  const live = [...new Set(regions)].filter((el) => el.isConnected && !isInSkippedSubtree(el));
  return live.filter((el) => !live.some((other) => other !== el && other.contains(el)));
}

/**
 * Asks about the text of the changed regions only (a page the gate turned away, whose text
 * changed): each region as askGate reads a page, none of them the page's last chunk. Possible
 * when any region is; null when stale.
 */
export async function askGateAbout(regions: readonly Element[], prefilter: ChunkAsker, options: AskOptions = {}): Promise<GateAnswer | null> {
  const asker: ChunkAsker = { mayMatch: (text) => prefilter.mayMatch(text, false) };
  let chars = 0;
  for (const region of regions) {
    // A blank region cannot hold a mention, and the toolbar already says there is none.
    const answer = await askGate(region, asker, { ...options, askBlank: false });
    if (answer === null) return null;
    chars += answer.chars;
    if (answer.possible) return { possible: true, chars };
    if (options.stale?.()) return null;
  }
  return { possible: false, chars };
}
