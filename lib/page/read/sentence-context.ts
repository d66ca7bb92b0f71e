/**
 * The text a mention's sentence is read from. Blocks end at every `<br>` (so no match joins two
 * lines), but a sentence often goes on across one: "Kazakhstan hosted<br>the CSTO summit." For
 * the report, a block is joined with the blocks of the same element next to it when only `<br>`
 * and inline elements stand between them.
 */
import { isInlineElement, ownBlocks, type TextBlock } from './blocks';
import type { BlockRecord } from './page-index';
import type { SentenceContext } from './report';

/** Enough for any sentence; keeps a page of `<br>`-separated lines from joining into one string. */
const MAX_CONTEXT = 4000;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the global (content scripts, tests).
const SHOW_ELEMENT = 0x1;

/** Whether only `<br>` and inline elements stand between the end of `a` and the start of `b`. */
function joinedByLineBreaks(a: TextBlock, b: TextBlock): boolean {
  const last = a.segments.at(-1)?.node;
  const first = b.segments[0]?.node;
  if (!last || !first) return false;
  const walker = a.element.ownerDocument.createTreeWalker(a.element, SHOW_ELEMENT);
  walker.currentNode = last;
  for (let n = walker.nextNode(); n && n.compareDocumentPosition(first) & FOLLOWING; n = walker.nextNode()) {
    const el = n as Element;
    if (el.tagName !== 'BR' && !isInlineElement(el)) return false;
  }
  return true;
}

/**
 * A `contextOf` for buildReport. Blocks are read again per element (once per report, and only
 * for elements holding a mention).
 */
export function createSentenceContexts(): (record: BlockRecord) => SentenceContext {
  const byElement = new Map<Element, TextBlock[]>();
  return (record) => {
    const { block } = record;
    const own = byElement.get(block.element) ?? [...ownBlocks(block.element)];
    byElement.set(block.element, own);
    const at = own.findIndex((b) => b.segments[0]?.node === block.segments[0]?.node);
    if (at < 0) return { text: block.text, offset: 0 };
    let from = at;
    let to = at;
    let length = block.text.length;
    while (from > 0 && length < MAX_CONTEXT && joinedByLineBreaks(own[from - 1] as TextBlock, own[from] as TextBlock)) {
      from--;
      length += (own[from] as TextBlock).text.length + 1;
    }
    while (to < own.length - 1 && length < MAX_CONTEXT && joinedByLineBreaks(own[to] as TextBlock, own[to + 1] as TextBlock)) {
      to++;
      length += (own[to] as TextBlock).text.length + 1;
    }
    const parts = own.slice(from, to + 1).map((b) => b.text);
    const offset = parts.slice(0, at - from).reduce((sum, text) => sum + text.length + 1, 0);
    return { text: parts.join(' '), offset };
  };
}
