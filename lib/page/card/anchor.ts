/**
 * Where a card's mention is on screen, and where it went when the page re-rendered it: a page
 * built with React or the like replaces its article with new text nodes holding the same words,
 * and the card follows the same mention (same entity, same text) nearest to where it was.
 */
import type { MentionRef } from '../read/navigation';

/** A point in document coordinates (viewport + scroll), which scrolling does not move. */
export interface PagePoint {
  x: number;
  y: number;
}

/** Whether the mention's text is still in the document. */
export function isAttached(ref: MentionRef): boolean {
  return ref.range.startContainer.isConnected && ref.range.endContainer.isConnected;
}

/** The mention's first box in the viewport; null when it has none (detached, or not rendered). */
export function anchorBox(doc: Document, ref: MentionRef): DOMRect | null {
  if (!isAttached(ref)) return null;
  const live = doc.createRange();
  try {
    live.setStart(ref.range.startContainer, ref.range.startOffset);
    live.setEnd(ref.range.endContainer, ref.range.endOffset);
  } catch {
    return null; // the text shrank under the range
  }
  const box = live.getClientRects()[0];
  return box && (box.width > 0 || box.height > 0) ? box : null;
}

export function pagePoint(doc: Document, box: DOMRect): PagePoint {
  const win = doc.defaultView ?? window;
  return { x: box.left + win.scrollX, y: box.top + win.scrollY };
}

/** Of `shown`, the mention of the same entity and text nearest to `near`, with its box; null if none. */
export function relocate(doc: Document, shown: readonly MentionRef[], lost: MentionRef, near: PagePoint): { ref: MentionRef; box: DOMRect } | null {
  let best: { ref: MentionRef; box: DOMRect } | null = null;
  let bestDistance = Infinity;
  for (const ref of shown) {
    if (ref.mention.entity !== lost.mention.entity || ref.mention.surface !== lost.mention.surface) continue;
    const box = anchorBox(doc, ref);
    if (!box) continue;
    const at = pagePoint(doc, box);
    const distance = Math.hypot(at.x - near.x, at.y - near.y);
    if (distance < bestDistance) [best, bestDistance] = [{ ref, box }, distance];
  }
  return best;
}
