/**
 * The rough read: a frame's text in a few native calls, for the gate's first question about a
 * page. Most pages a journalist opens name none of the entities followed, and for them this is
 * all Backstory reads: the block walk (read/blocks.ts `walkBlocks`) visits every element and text
 * node from script, which in a content script's fresh world costs 5–10 ms a page, most of it
 * the first use of each node there; `textContent` reads a subtree's text natively at once. Only
 * where the gate passes the rough text is the page walked block by block (page-gate.ts), and
 * those blocks are what the second stage paints.
 *
 * The rough text holds every letter the blocks hold — each block's text is a stretch of it,
 * unless a skipped element splits a word (`Kazakh<rt>…</rt>stan`, see below) — and more:
 * hidden text, form options, the text of scripts inside the page's elements (those that are
 * the body's own children are left out: that is where pages keep their large inline data).
 * More text can only make the gate pass more often (lib/entities/scan/prefilter.ts passes a
 * text whenever it passes a stretch of it); a pass costs the walk the page would have had anyway.
 *
 * Open shadow roots are read where their host is a custom element (or any element that is not
 * standard HTML, SVG or MathML), found with one selector. Not read roughly: a shadow root on a
 * standard element (`<div>` may host one) and a word split by a skipped element. Both are rare
 * in articles; when such a page changes, the changed places are read block by block
 * (page-gate.ts `askGateAbout`).
 */
import { isSkippedElement } from '../read/blocks';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Standard HTML elements, the most frequent first (a selector list stops at its first match):
 * whatever is not one of them, nor inside SVG or MathML, may be a custom element with a shadow
 * root. A name missing here only costs a look at that element's `shadowRoot`.
 */
const STANDARD_HTML =
  'div,span,a,p,li,img,i,b,strong,em,br,ul,source,picture,button,time,section,article,' +
  'figure,figcaption,h1,h2,h3,h4,h5,h6,header,footer,nav,main,aside,script,style,noscript,link,' +
  'meta,iframe,input,label,form,select,option,optgroup,textarea,table,thead,tbody,tfoot,tr,td,th,' +
  'caption,col,colgroup,ol,dl,dt,dd,blockquote,q,cite,code,pre,small,sub,sup,u,s,del,ins,mark,' +
  'abbr,address,area,audio,base,bdi,bdo,canvas,data,datalist,details,dfn,dialog,embed,fieldset,' +
  'hgroup,hr,kbd,legend,map,menu,meter,object,output,param,progress,rp,rt,ruby,samp,search,slot,' +
  'summary,template,track,var,video,wbr,center,font,nobr,big,tt,strike,acronym,marquee,svg,math,body';

/** Elements that may host an open shadow root the rough read should enter. */
const POSSIBLE_HOSTS = `:not(${STANDARD_HTML}, svg *, math *)`;

/**
 * Below this many elements under the root the page is walked instead: the walk costs little
 * there, and it reads a huge text node in pieces between pauses (page-gate.ts), where
 * `textContent` would copy it at once — a 50 MB text page's took 54–80 ms in one task in
 * Firefox (10–16 ms in Chromium). Counted natively, without touching an element from script.
 */
export const ROUGH_MIN_ELEMENTS = 64;

/**
 * Rough text longer than this (UTF-16 units) is not asked about at once: the page is read block
 * by block, a chunk at a time, pausing for the page (and stops at the first chunk that passes).
 */
export const ROUGH_LIMIT = 1 << 20;

/** A frame's rough text, or null where it is better read block by block (too few elements, or too much text). */
export function readRoughly(root: Element): string | null {
  if (root.getElementsByTagName('*').length < ROUGH_MIN_ELEMENTS) return null;
  return roughText(root, ROUGH_LIMIT);
}

/**
 * The rough text under `root` (the body, or a shadow root): its children's text, each child
 * read at once, the skipped ones (scripts, styles, templates, hidden elements) left out —
 * joined as they stand, since inline children on either side of a skipped one read as one
 * word in a block — then, each after a line feed, the text of the open shadow roots below it.
 * Null as soon as it is longer than `limit`.
 */
export function roughText(root: ParentNode & Node, limit = Infinity): string | null {
  let text = '';
  for (let node = root.firstChild; node && text.length <= limit; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === ELEMENT_NODE && !isSkippedElement(node as Element)) text += node.textContent ?? '';
  }
  for (const host of root.querySelectorAll(POSSIBLE_HOSTS)) {
    const shadow = host.shadowRoot;
    const inner = shadow && text.length <= limit ? roughText(shadow, limit - text.length) : '';
    if (inner === null) return null;
    if (inner) text += `\n${inner}`;
  }
  return text.length > limit ? null : text;
}
