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

/**
 * A text node longer than this is a block of its own, and its text is not read when it is met:
 * the scanner reads it piece by piece (scanner.ts). In Firefox every read of a node's `data`
 * from a content script copies all of it across the Xray wrapper: 130 ms for the one text node
 * of a 50 MB plain-text page, in one task. (A name split between such a node and its neighbour
 * is not found; a node this long is a text file or a data dump, not an article's markup.)
 */
export const HUGE_TEXT_NODE = 65_536;

/** A block that is one huge text node; `text` reads all of it (avoid it: read `node` in pieces). */
export class HugeTextBlock implements TextBlock {
  readonly segments: TextSegment[];

  constructor(
    readonly element: Element,
    readonly node: Text,
  ) {
    this.segments = [{ node, start: 0 }];
  }

  get text(): string {
    return this.node.data;
  }
}

/** Length of a block's text, without reading it. */
export function textLength(block: TextBlock): number {
  const last = block.segments.at(-1);
  return last ? last.start + last.node.length : 0;
}

// Inline elements join their text with the neighbours'. Everything else is a boundary.
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM',
  'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL',
  'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

// Never read: code, form controls, metadata, embedded content and Backstory's own UI (HTML
// elements), and SVG's <title> and <desc>.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP',
  'DATALIST', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP',
  'RP', 'RT', 'BACKSTORY-CARD',
]);
const SVG_SKIPPED = new Set(['title', 'desc']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Whether an element is skipped for what it is (its tag name, given to spare a read). */
function isSkippedKind(el: Element, tag: string): boolean {
  if (SVG_SKIPPED.has(tag)) return el.namespaceURI === SVG_NS;
  return SKIPPED.has(tag) && el.namespaceURI !== SVG_NS;
}

/**
 * Whether an element is skipped for its attributes: hidden, editable. Not `aria-hidden`: it
 * hides text from screen readers, not from the eye (a headline drawn twice, an article under a
 * consent wall), and what is on screen is highlighted; what CSS hides is left out where it
 * counts by a visibility check (navigation.ts: isShown).
 */
function isSkippedByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether an element and its subtree are left out of scanning (checked without styles). */
export function isSkippedElement(el: Element): boolean {
  return isSkippedKind(el, el.tagName) || isSkippedByAttributes(el);
}

export function isInlineElement(el: Element): boolean {
  return INLINE.has(el.tagName);
}

/** Whether `node` sits inside a subtree that is never scanned (script, textarea, our UI…). */
export function isInSkippedSubtree(node: Node): boolean {
  for (let el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** The nearest ancestor that is not inline: the block a text node belongs to. */
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

// Every element skipped for its attributes matches this (isSkippedByAttributes decides): one
// native query per walk instead of three attribute reads per element.
const ATTRIBUTE_CANDIDATES = '[hidden],[contenteditable]';

/** The elements below `root` skipped for their attributes, found with one query. */
function hiddenBelow(root: Node): Set<Element> {
  const found = new Set<Element>();
  if (typeof (root as Partial<ParentNode>).querySelectorAll !== 'function') return found;
  for (const el of (root as ParentNode).querySelectorAll(ATTRIBUTE_CANDIDATES)) if (isSkippedByAttributes(el)) found.add(el);
  return found;
}

// Only these elements (and custom elements) can host a shadow root: no other needs the check.
const SHADOW_HOSTS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN',
]);

/**
 * The block of the elements met most recently (text nodes come right after their parent, so a
 * short memory answers almost every look-up; the rest is worked out from the tree). Plain
 * arrays compared by identity: a Map or WeakMap keyed by DOM nodes would give each node's
 * wrapper an identity hash, which keeps the wrapper alive as long as the node — thousands of
 * them on a long page.
 */
class RecentBlocks {
  private static readonly SIZE = 32;
  // Filled up front: reading a hole of a sparse array is slow in every engine.
  private readonly elements: (Node | null)[] = new Array<Node | null>(RecentBlocks.SIZE).fill(null);
  private readonly blocks: (Element | null)[] = new Array<Element | null>(RecentBlocks.SIZE).fill(null);
  private next = 0;

  remember(element: Node, block: Element | null): void {
    this.elements[this.next] = element;
    this.blocks[this.next] = block;
    this.next = this.next === RecentBlocks.SIZE - 1 ? 0 : this.next + 1;
  }

  /** The remembered block of `element` (most recent first), or undefined when not met lately. */
  lookup(element: Node): Element | null | undefined {
    let i = this.next;
    for (let k = 0; k < RecentBlocks.SIZE; k++) {
      i = i === 0 ? RecentBlocks.SIZE - 1 : i - 1;
      if (this.elements[i] === element) return this.blocks[i];
    }
    return undefined;
  }
}

/**
 * The walk. A TreeWalker without a filter callback (one call from the browser into script per
 * node would cost more than the rest of the walk): skipped subtrees are stepped over here, by
 * tag name (read anyway) and by a set of hidden elements found with one query up front; a text
 * node's block comes from its parent, the block of each element being remembered on the way
 * down.
 */
function* walk(
  root: Node,
  ownOnly: boolean,
  onShadowRoot?: (root: ShadowRoot) => void,
): Generator<TextBlock> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  // Few elements are visited when reading an element's own text: checking each one costs less
  // than querying its whole subtree.
  const hidden = ownOnly ? null : hiddenBelow(root);
  const isSkipped = (el: Element, tag: string) => isSkippedKind(el, tag) || (hidden ? hidden.has(el) : isSkippedByAttributes(el));
  const recent = new RecentBlocks();
  if (root.nodeType === ELEMENT_NODE && INLINE.has((root as Element).tagName)) recent.remember(root, blockOf(root));
  // Below the root every parent is an element: only the root itself can be a document, a
  // fragment or a shadow root (no node type read per text node to find that out).
  const rootIsElement = root.nodeType === ELEMENT_NODE;
  /** The block that text directly inside `parent` belongs to (null: none, as at a shadow root's top). */
  const blockOfChildren = (parent: Node | null): Element | null => {
    if (parent === null || (parent === root && !rootIsElement)) return null;
    const known = recent.lookup(parent);
    if (known !== undefined) return known;
    const el = parent as Element;
    return INLINE.has(el.tagName) ? blockOf(el) : el;
  };

  // Bumped at every element that is not inline: text after it starts a new block even when
  // its block ancestor is the same (`<p>Kazakh<div>…</div>stan</p>`).
  let boundary = 0;
  let current: TextBlock | null = null;
  let currentBoundary = -1;
  let text = '';
  const finish = (): TextBlock | null => {
    const done = current && /\S/.test(text) ? { ...current, text } : null;
    current = null;
    text = '';
    return done;
  };

  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  /** The node after `node`'s subtree (what FILTER_REJECT would have given). */
  const nextOutside = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };

  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      // `length`, not `data`: a huge node's text is not read here (HUGE_TEXT_NODE).
      const length = (node as Text).length;
      if (length > 0) {
        const parent = node.parentNode;
        // Text directly inside a shadow root has no parent element: its host is its block.
        const block = parent === root && !rootIsElement ? ((root as ShadowRoot).host ?? null) : blockOfChildren(parent);
        if (block && length > HUGE_TEXT_NODE) {
          const done = finish();
          if (done) yield done;
          yield new HugeTextBlock(block, node as Text);
        } else if (block) {
          const data = (node as Text).data;
          if (!current || current.element !== block || currentBoundary !== boundary) {
            const done = finish();
            if (done) yield done;
            current = { element: block, text: '', segments: [] };
            currentBoundary = boundary;
          }
          current.segments.push({ node: node as Text, start: text.length });
          text += data;
        }
      }
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const tag = el.tagName;
    if (isSkipped(el, tag)) {
      node = nextOutside();
      continue;
    }
    if (INLINE.has(tag)) {
      recent.remember(el, blockOfChildren(el.parentNode));
    } else {
      recent.remember(el, el);
      boundary++;
      if (ownOnly) {
        node = nextOutside();
        continue;
      }
    }
    if (!ownOnly && (SHADOW_HOSTS.has(tag) || tag.includes('-'))) {
      const shadow = el.shadowRoot;
      if (shadow) {
        const done = finish();
        if (done) yield done;
        onShadowRoot?.(shadow);
        yield* walk(shadow, false, onShadowRoot);
        boundary++;
      }
    }
    node = walker.nextNode();
  }
  const done = finish();
  if (done) yield done;
}

/**
 * The index of the segment holding `offset` of a block's text, or -1 when the offset is outside
 * its node now (the node changed since it was read). An offset at a seam between two nodes
 * resolves to the earlier node when `preferEnd` is set (for range ends), else to the later one.
 * Allocates nothing: it is asked twice for each of a page's mentions.
 */
export function segmentAt(block: TextBlock, offset: number, preferEnd = false): number {
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
  if (!seg) return -1;
  const inner = offset - seg.start;
  // `length`, not `data.length`: in Firefox every read of `data` from a content script copies the
  // node's whole text across the Xray wrapper (a 50 MB text node, once per mention).
  return inner < 0 || inner > seg.node.length ? -1 : lo;
}

/** Maps an offset in a block's text to the text node and the offset inside it (see segmentAt). */
export function locate(
  block: TextBlock,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } | null {
  const seg = block.segments[segmentAt(block, offset, preferEnd)];
  return seg ? { node: seg.node, offset: offset - seg.start } : null;
}
