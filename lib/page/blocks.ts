/**
 * Visible text, block by block. Adjacent inline text nodes inside one block are joined, so
 * `Kazakh<b>stan</b>` and `S-<span>300</span>` read as one word; a block boundary (a `<p>`, a
 * `<div>`, a `<br>`, a table cell…) always separates, so no match can join two paragraphs.
 *
 * Pure DOM: runs in the content script and, for the command line, in happy-dom. Visibility by
 * computed style is deliberately not checked here (it forces style work on every element); the
 * page scanner checks it only for blocks that turn out to hold a mention.
 */

/** A text node's place inside its block's joined text. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `TextBlock.text`. */
  start: number;
}

export interface TextBlock {
  /** The nearest block-level ancestor: the unit a mutation re-scans. */
  element: Element;
  text: string;
  /** In document order; `segments[i].start` is strictly increasing. */
  segments: TextSegment[];
}

// Inline elements join their text with the neighbours'. Everything else is a boundary.
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM',
  'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL',
  'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

// Never read: code, form controls, metadata, embedded content and Backstory's own UI.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP',
  'DATALIST', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP',
  'RP', 'RT', 'BACKSTORY-CARD', 'svg:title', 'svg:desc',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** Whether an element and its subtree are left out of scanning (checked without styles). */
export function isSkippedElement(el: Element): boolean {
  const tag = el.namespaceURI === 'http://www.w3.org/2000/svg' ? `svg:${el.localName}` : el.tagName;
  if (SKIPPED.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isInlineElement(el: Element): boolean {
  return INLINE.has(el.tagName);
}

/** The nearest ancestor that is not inline: the block a text node belongs to. */
/** Whether `node` sits inside a subtree that is never scanned (script, textarea, our UI…). */
export function isInSkippedSubtree(node: Node): boolean {
  for (let el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName)) el = el.parentElement;
  return el;
}

/**
 * Collects the blocks under `root` (an element, a document or a shadow root), including the
 * blocks inside open shadow roots of the elements it meets, in reading order.
 */
export function collectBlocks(root: Node): TextBlock[] {
  return [...walkBlocks(root)];
}

/**
 * The same blocks as `collectBlocks`, one at a time, so a caller can pause between blocks (to
 * yield the main thread on huge pages) and resume where it stopped.
 */
export function* walkBlocks(root: Node, onShadowRoot?: (root: ShadowRoot) => void): Generator<TextBlock> {
  if (root.nodeType === ELEMENT_NODE && isSkippedElement(root as Element)) return;
  yield* walk(root, false, onShadowRoot);
}

/**
 * The blocks whose block element is `element` itself: its own text, not the text of nested
 * block elements (those are blocks of their own). What a change inside `element` re-scans.
 */
export function* ownBlocks(element: Element): Generator<TextBlock> {
  if (isSkippedElement(element)) return;
  yield* walk(element, true);
}

function* walk(
  root: Node,
  ownOnly: boolean,
  onShadowRoot?: (root: ShadowRoot) => void,
): Generator<TextBlock> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  // Bumped at every element that is not inline: text after it starts a new block even when
  // its block ancestor is the same (`<p>Kazakh<div>…</div>stan</p>`).
  let boundary = 0;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType !== ELEMENT_NODE || node === root) return FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el)) return FILTER_REJECT;
      if (!INLINE.has(el.tagName)) {
        boundary++;
        if (ownOnly) return FILTER_REJECT;
      }
      return FILTER_ACCEPT;
    },
  });

  let current: TextBlock | null = null;
  let currentBoundary = -1;
  let text = '';
  const finish = (): TextBlock | null => {
    const done = current && /\S/.test(text) ? { ...current, text } : null;
    current = null;
    text = '';
    return done;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE) {
      const shadow = (node as Element).shadowRoot;
      if (shadow && !ownOnly) {
        const done = finish();
        if (done) yield done;
        onShadowRoot?.(shadow);
        yield* walk(shadow, false, onShadowRoot);
        boundary++;
      }
      continue;
    }
    if (node.nodeType !== TEXT_NODE) continue;
    const data = (node as Text).data;
    if (data.length === 0) continue;
    // Text directly inside a shadow root has no parent element: its host is its block.
    const block = blockOf(node) ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
    if (!block) continue;
    if (!current || current.element !== block || currentBoundary !== boundary) {
      const done = finish();
      if (done) yield done;
      current = { element: block, text: '', segments: [] };
      currentBoundary = boundary;
    }
    current.segments.push({ node: node as Text, start: text.length });
    text += data;
  }
  const done = finish();
  if (done) yield done;
}

/**
 * Maps an offset in a block's text to the text node and the offset inside it. An offset at a
 * seam between two nodes resolves to the end of the earlier node when `preferEnd` is set (for
 * range ends), else to the start of the later one.
 */
export function locate(
  block: TextBlock,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } | null {
  const { segments } = block;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const seg = segments[mid];
    if (!seg) break;
    if (preferEnd ? seg.start < offset : seg.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  if (!seg) return null;
  const inner = offset - seg.start;
  if (inner < 0 || inner > seg.node.data.length) return null;
  return { node: seg.node, offset: inner };
}
