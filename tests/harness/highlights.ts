/**
 * Reads Backstory's highlights back from a page's main world (the CSS Custom Highlight API
 * registry is shared with the content script), so tests assert what is actually painted.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserPage } from '../../lib/dev/page';
import { boxHasTint, readPng } from './png';

/** Slot names from lib/ui/palette.ts, for readable assertions. */
const SLOT_ENTITY: Record<string, string> = { '1': 'kazakhstan', '2': 'csto', '3': 's300' };

/**
 * Runs in the page (it is serialised, so it is self-contained): every painted mention as
 * `entity:text`, sorted, whitespace collapsed as a reader sees it. With `want`, answers whether
 * that is exactly what is painted, so the same code serves as a wait condition.
 */
function painted({ slots, want }: { slots: Record<string, string>; want: string | null }): string[] | boolean {
  const out: string[] = [];
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  for (const [name, highlight] of registry) {
    const m = /^backstory-(\d+)(?:-underline)?$/.exec(name);
    if (!m?.[1]) continue;
    for (const r of highlight) {
      const live = document.createRange();
      try {
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
      } catch {
        continue; // a range left invalid by a mutation is not painted either
      }
      if (!live.collapsed) out.push(`${slots[m[1]] ?? `slot${m[1]}`}:${live.toString().replace(/\s+/g, ' ')}`);
    }
  }
  out.sort();
  return want === null ? out : JSON.stringify(out) === want;
}

export async function paintedMentions(page: BrowserPage): Promise<string[]> {
  return (await page.evaluate(painted, { slots: SLOT_ENTITY, want: null })) as string[];
}

/**
 * Waits until exactly `expected` is painted; resolves with what is painted then (or at the
 * deadline, so the assertion that follows shows the difference).
 */
export async function waitForPainted(page: BrowserPage, expected: string[], timeoutMs = 15_000): Promise<string[]> {
  const want = JSON.stringify([...expected].sort());
  await page.waitFor(painted, { slots: SLOT_ENTITY, want }, timeoutMs).catch(() => undefined);
  return paintedMentions(page);
}

/**
 * Runs in the page: the first box of the painted mention whose text is `text` (viewport
 * coordinates), scrolled to the middle of the view first when `scroll` is set.
 */
function firstBox({ wanted, scroll }: { wanted: string; scroll: boolean }): { x: number; y: number; width: number; height: number } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('backstory-') || name === 'backstory-current') continue;
    for (const r of highlight) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== wanted) continue;
      if (scroll) (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const b = live.getClientRects()[0];
      if (b) return { x: b.left, y: b.top, width: b.width, height: b.height };
    }
  }
  return null;
}

/** Centre of the first box of the painted mention whose text is `text` (viewport coordinates). */
export async function mentionPoint(page: BrowserPage, text: string): Promise<{ x: number; y: number } | null> {
  const box = await page.evaluate(firstBox, { wanted: text, scroll: true });
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}

/**
 * What each entity's fill looks like on a white page (highlights.css: the slot colour at its
 * alpha over #fff), for checking pixels.
 */
const FILL_ON_WHITE: Record<string, [number, number, number]> = {
  kazakhstan: [255, 231, 161],
  csto: [195, 227, 255],
  s300: [250, 207, 229],
};

/**
 * Whether the mention whose text is `text` is actually painted with its entity's fill: a
 * screenshot's pixels inside the mention's first box, not the registry (a registered highlight
 * is not always painted).
 */
export async function isPaintedWithFill(page: BrowserPage, text: string, entity: string, screenshotPath: string): Promise<boolean> {
  const box = await page.evaluate(firstBox, { wanted: text, scroll: false });
  const tint = FILL_ON_WHITE[entity];
  if (!box || !tint) return false;
  mkdirSync(dirname(screenshotPath), { recursive: true });
  await page.screenshot(screenshotPath);
  return boxHasTint(readPng(screenshotPath), box, tint);
}
