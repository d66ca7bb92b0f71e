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
import { isSkippedElement } from '../read/blocks';

/** Whoever answers for a chunk of text: the prefilter itself, or the background asking it. */
export interface ChunkAsker {
  mayMatch(text: string): boolean | Promise<boolean>;
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
 * The data of every text node under `root` the scanner reads, in document order, open shadow
 * roots after the rest. A node longer than a chunk is read in pieces with `substringData`, never
 * whole (read/blocks.ts HUGE_TEXT_NODE: a whole read of a 50 MB node is one long task).
 */
function* texts(root: Node): Generator<string> {
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
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
      if (length <= CHUNK) yield text.data;
      else for (let from = 0; from < length; from += CHUNK) yield text.substringData(from, Math.min(CHUNK, length - from));
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (isSkippedElement(el)) {
      node = nextOutside();
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow) shadows.push(shadow);
    node = walker.nextNode();
  }
  for (const shadow of shadows) yield* texts(shadow);
}

/** Whether `root` has any text the scanner reads other than white space (stops at the first). */
export function hasText(root: Node): boolean {
  for (const data of texts(root)) if (data.trim() !== '') return true;
  return false;
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
}

/**
 * Asks the prefilter about the text under `root`, a chunk at a time as it is read: a page that
 * names an entity stops reading at the chunk that does, and one that does not is read once.
 * Consecutive chunks share OVERLAP units, so a mention across a cut is whole in one of them.
 * Reading pauses for the page every SLICE_MS; null when it was stopped as stale.
 */
export async function askGate(root: Node, prefilter: ChunkAsker, options: AskOptions = {}): Promise<GateAnswer | null> {
  const { stale = () => false, pause = yieldToPage, sliceMs = SLICE_MS } = options;
  let buffer: string[] = [];
  let buffered = 0;
  let chars = 0;
  let sliceStart = performance.now();
  for (const data of texts(root)) {
    buffer.push(data);
    buffered += data.length;
    chars += data.length;
    if (buffered >= CHUNK) {
      const chunk = buffer.join('');
      if (await prefilter.mayMatch(chunk)) return { possible: true, chars };
      if (stale()) return null;
      buffer = [chunk.slice(-OVERLAP)];
      buffered = buffer[0]?.length ?? 0;
    }
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      if (stale()) return null;
      sliceStart = performance.now();
    }
  }
  const possible = buffered > 0 && (await prefilter.mayMatch(buffer.join('')));
  return stale() ? null : { possible, chars };
}
