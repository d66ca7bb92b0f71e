/**
 * Reads Backstory's private overlay (boxes drawn in its closed shadow root instead of
 * CSS.highlights) and finds where words are on the page, so tests can check that each mention
 * is drawn where it stands — the private counterpart of highlights.ts.
 */
import type { BrowserPage } from '../../lib/dev/page';
import { evaluateInCard } from '../../lib/dev/card';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Palette slot (1 = Kazakhstan, 2 = CSTO, 3 = S-300). */
  slot: number;
}

/** The boxes the overlay shows now (viewport coordinates). */
export async function overlayBoxes(page: BrowserPage): Promise<Box[]> {
  const boxes = await evaluateInCard(page, (root) =>
    [...root.querySelectorAll<HTMLElement>('.bs-mark')]
      .filter((b) => !b.hidden)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height, slot: Number(/\bs(\d)\b/.exec(b.className)?.[1] ?? 0) };
      }), null);
  return boxes ?? [];
}

/** The first box of each occurrence of `word` in the page's text (viewport coordinates). */
export function wordBoxes(page: BrowserPage, word: string): Promise<{ x: number; y: number; width: number; height: number }[]> {
  return page.evaluate((w) => {
    const out: { x: number; y: number; width: number; height: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement?.closest('script, style')) continue;
      for (let i = n.data.indexOf(w); i >= 0; i = n.data.indexOf(w, i + 1)) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + w.length);
        const r = range.getClientRects()[0];
        if (r) out.push({ x: r.left, y: r.top, width: r.width, height: r.height });
      }
    }
    return out;
  }, word);
}

/** Whether a box of `slot` covers the middle of `target`. */
export function covers(boxes: Box[], target: { x: number; y: number; width: number; height: number }, slot: number): boolean {
  const cx = target.x + target.width / 2;
  const cy = target.y + target.height / 2;
  return boxes.some((b) => b.slot === slot && cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height);
}
