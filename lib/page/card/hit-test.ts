/**
 * Which mention is under the pointer. The point is mapped to a text position by the browser
 * (`caretPositionFromPoint`, or `caretRangeFromPoint` in older Chromium), then to a mention by an
 * interval lookup in that text node's block: no scan over all the ranges on the page.
 */
import type { PageIndex } from '../read/page-index';
import type { MentionRef } from '../read/navigation';
import { rangeOf } from '../read/scanner';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function textPositionAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  const caret = doc as unknown as CaretDocument;
  if (caret.caretPositionFromPoint) {
    const pos = shadowRoots.length > 0
      ? caret.caretPositionFromPoint(x, y, { shadowRoots })
      : caret.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = caret.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Index of the mention whose [start, end] contains `offset` (mentions sorted by start). */
export function findMention(mentions: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (!m) break;
    if (offset < m.start) hi = mid - 1;
    else if (offset > m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function rectsContain(doc: Document, range: AbstractRange, x: number, y: number): boolean {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  for (const r of live.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The mention at viewport point (x, y), or null. The caret snaps to the nearest character even
 * in a margin, so the hit is confirmed against the mention's own boxes.
 */
export function mentionAt(
  doc: Document,
  index: PageIndex,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): MentionRef | null {
  const pos = textPositionAt(doc, x, y, shadowRoots);
  if (!pos || pos.node.nodeType !== 3) return null;
  const where = index.positionOf(pos.node as Text);
  if (!where) return null;
  const { record } = where;
  const i = findMention(record.mentions, where.start + pos.offset);
  const mention = record.mentions[i];
  const range = rangeOf(record, i);
  if (!mention || !range || !rectsContain(doc, range, x, y)) return null;
  return { record, index: i, mention, range };
}
