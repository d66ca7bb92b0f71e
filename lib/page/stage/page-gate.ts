/**
 * The first stage's question: could this page's text hold a mention of an entity the settings
 * highlight? Asked of the matcher's own prefilter (lib/entities/scan/prefilter.ts), built from
 * the small stored gate (lib/entities/gate.ts) — the big matcher tables are not read — where it
 * is warm: the first stage sends each chunk to the background (lib/entities/gate-answer.ts).
 *
 * The text asked about is every text node the scanner reads (read/blocks.ts: the same elements
 * skipped, by `isSkippedElement`; open shadow roots included), in document order, joined with
 * nothing between them: each block the scanner reads is then a stretch of it, and the prefilter
 * passes a text whenever it passes any stretch of it (joins can only add passes, never remove
 * one). A lean walk — no blocks, no segments — so a page without a mention costs little more
 * than a bare TreeWalker pass. The text is asked a chunk at a time as it is read, so a page that
 * names an entity near its top stops early, and a huge page is read in slices.
 */
import { blockOf, isInSkippedSubtree, isInlineElement, isSkippedElement } from '../read/blocks';

/** Whoever answers for a chunk of text: the prefilter itself, or the background asking it. */
export interface ChunkAsker {
  /** `last` is true for the page's last chunk (its answer is then the page's). */
  mayMatch(text: string, last: boolean): boolean | Promise<boolean>;
}

export interface GateAnswer {
  possible: boolean;
  /** UTF-16 units of text read (up to the chunk that passed). */
  chars: number;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
/** Text asked about at once: big enough that the regular expression's start-up is nothing. */
const CHUNK = 1 << 16;
/**
 * Text kept from the end of one chunk at the start of the next, so a mention across the cut is
 * whole in one of them: the margin the matcher itself keeps between the windows of a long block
 * (scan/scan.ts MARGIN).
 */
const OVERLAP = 512;
/** Reading time after which the ask yields to the page (its tasks stay short on a 50 MB page). */
const SLICE_MS = 8;

/**
 * Every element the scanner may skip, found with one native query and checked exactly by
 * `isSkippedElement`, so the walk asks no element about its tag or attributes (each such call
 * from the content script's world costs more than the walk's own step). A tag missing here
 * only makes the gate read more text, never less: it can pass more pages, never fewer.
 */
const SKIP_CANDIDATES =
  'script,style,noscript,template,input,textarea,select,option,optgroup,datalist,head,title,iframe,object,embed,' +
  'canvas,video,audio,map,rp,rt,backstory-card,desc,[hidden],[contenteditable]';

function skippedUnder(root: Node): Set<Element> {
  const skipped = new Set<Element>();
  if (typeof (root as Partial<ParentNode>).querySelectorAll !== 'function') return skipped;
  for (const el of (root as ParentNode).querySelectorAll(SKIP_CANDIDATES)) if (isSkippedElement(el)) skipped.add(el);
  return skipped;
}

/**
 * Calls `take` with the data of every text node under `root` the scanner reads, in document
 * order, open shadow roots after the rest; stops when it returns false. A node longer than a
 * chunk is read in pieces with `substringData`, never whole (read/blocks.ts HUGE_TEXT_NODE: a
 * whole read of a 50 MB node is one long task). A plain loop, not a generator: it runs over
 * every node of every page.
 */
async function readTexts(root: Node, take: (data: string) => boolean | Promise<boolean>): Promise<boolean> {
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return true;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return true;
  const skipped = skippedUnder(root);
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  /** The next node after the current one's subtree (within root). */
  const nextOutside = (): Node | null => {
    for (let node: Node | null = walker.currentNode; node && node !== root; node = node.parentNode) {
      walker.currentNode = node;
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
    }
    return null;
  };
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const text = node as Text;
      const length = text.length;
      if (length <= CHUNK) {
        const more = take(text.data);
        if (more === false || (more !== true && !(await more))) return false;
      } else {
        for (let from = 0; from < length; from += CHUNK) {
          const more = take(text.substringData(from, Math.min(CHUNK, length - from)));
          if (more === false || (more !== true && !(await more))) return false;
        }
      }
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (skipped.size > 0 && skipped.has(el)) {
      node = nextOutside();
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow) shadows.push(shadow);
    node = walker.nextNode();
  }
  for (const shadow of shadows) if (!(await readTexts(shadow, take))) return false;
  return true;
}

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
}

/**
 * Asks the prefilter about the text under `root`, a chunk at a time as it is read: a page that
 * names an entity stops reading at the chunk that does, and one that does not is read once.
 * Consecutive chunks share OVERLAP units, so a mention across a cut is whole in one of them.
 * Reading pauses for the page every SLICE_MS; null when it was stopped as stale.
 */
export async function askGate(root: Node, prefilter: ChunkAsker, options: AskOptions = {}): Promise<GateAnswer | null> {
  const { stale = () => false, pause = yieldToPage, sliceMs = SLICE_MS, askBlank = true } = options;
  let buffer: string[] = [];
  let buffered = 0;
  let chars = 0;
  let sliceStart = performance.now();
  let possible = false;
  let dropped = false;
  let count = 0;
  /** Asks about a full chunk, and gives the page a turn once the slice is used up. */
  const settle = async (): Promise<boolean> => {
    if (buffered >= CHUNK) {
      const chunk = buffer.join('');
      if (await prefilter.mayMatch(chunk, false)) return !(possible = true);
      if (stale()) return !(dropped = true);
      buffer = [chunk.slice(-OVERLAP)];
      buffered = buffer[0]?.length ?? 0;
    }
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      if (stale()) return !(dropped = true);
      sliceStart = performance.now();
    }
    return true;
  };
  // Most text nodes need neither an ask nor a pause: answered without a promise (each promise
  // the walk awaits suspends and resumes it in a microtask). The clock is looked at every 32nd.
  const take = (data: string): boolean | Promise<boolean> => {
    buffer.push(data);
    buffered += data.length;
    chars += data.length;
    if (buffered < CHUNK && ((++count & 31) !== 0 || performance.now() - sliceStart < sliceMs)) return true;
    return settle();
  };
  await readTexts(root, take);
  if (dropped) return null;
  if (possible) return { possible, chars };
  const rest = buffer.join('');
  if (rest.length > 0 && (askBlank || /\S/.test(rest))) possible = await prefilter.mayMatch(rest, true);
  // A yes stands even when it made the ask stale (the background then loaded the second stage).
  return possible || !stale() ? { possible, chars } : null;
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
  }
  return { possible: false, chars };
}
