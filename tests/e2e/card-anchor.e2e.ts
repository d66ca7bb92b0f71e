/**
 * The card stays with its mention: when the page re-renders the article under an open
 * card and the reader scrolls, the card follows the same mention in the new article instead of
 * floating in a corner (defect 5); a card opened by hovering closes when the pointer leaves the
 * window (defect 6). Real mouse and wheel, both browsers.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { cardIsClosed, evaluateInCard, readCard, waitForCard } from '../../lib/dev/card';
import type { BrowserPage } from '../harness/session';
import { DEMO, DEMO_MENTIONS } from './demo-article';

/**
 * Runs in the page, given the card's closed shadow root (as developer tools reach it): whether the
 * open card's box touches the first "Kazakhstan" of the article (the mention it was opened on,
 * re-rendered), or whether the card is closed. With `wait`, null until the page has scrolled
 * `minScroll` and the card is beside the mention.
 */
function cardBesideMention(root: ShadowRoot, { minScroll, wait }: { minScroll: number; wait: boolean }) {
  const scrolled = scrollY >= minScroll;
  const box = root.querySelector<HTMLElement>('.floating');
  if (!box || box.hidden) return wait ? null : { scrolled, closed: true, beside: false, card: null, mention: null };
  const p = [...document.querySelectorAll('#app p')].find((e) => e.textContent?.startsWith('Kazakhstan'));
  const range = document.createRange();
  if (p?.firstChild) {
    range.setStart(p.firstChild, 0);
    range.setEnd(p.firstChild, 'Kazakhstan'.length);
  }
  const mention = range.getClientRects()[0];
  const card = box.getBoundingClientRect();
  // Below the mention (6 px gap) or above it, from its left edge.
  const beside = !!mention && Math.abs(card.left - mention.left) <= 2
    && (Math.abs(card.top - (mention.bottom + 6)) <= 2 || Math.abs(card.bottom - (mention.top - 6)) <= 2);
  if (wait && !(scrolled && beside)) return null;
  const at = (r: DOMRect | undefined) => (r ? [Math.round(r.left), Math.round(r.top), Math.round(r.bottom)] : null);
  return { scrolled, closed: false, beside, card: at(card), mention: at(mention) };
}

type Beside = ReturnType<typeof cardBesideMention>;

/** Where the card is now; no card host at all counts as closed. */
async function besideNow(page: BrowserPage, minScroll: number): Promise<NonNullable<Beside>> {
  const now = await evaluateInCard(page, cardBesideMention, { minScroll, wait: false });
  return now ?? { scrolled: false, closed: true, beside: false, card: null, mention: null };
}

/** Waits (up to 5 s) for the card to be beside its mention after scrolling `minScroll`. */
async function waitBeside(page: BrowserPage, minScroll: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && !(await evaluateInCard(page, cardBesideMention, { minScroll, wait: true }))) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

forEachBrowser((ctx) => {
  it('keeps the card beside the same mention when the page re-renders the article and the reader scrolls', async () => {
    const page = await ctx().session.openPage(ctx().server.url('e2e/rerender.html'));
    const both = ['kazakhstan:Kazakhstan', 'kazakhstan:Kazakhstan'];
    expect(await waitForPainted(page, both)).toEqual(both);
    const point = await mentionPoint(page, 'Kazakhstan');
    if (!point) throw new Error('mention not painted');
    await page.mouse.click(point.x, point.y);
    expect((await waitForCard(page)).name).toBe('Kazakhstan');
    expect((await besideNow(page, 0)).beside).toBe(true);

    // The page builds a fresh article (new text nodes, same words) and Backstory reads it.
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await page.waitFor(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const ranges = [...(registry.get('backstory-1') ?? [])];
      return document.body.dataset.renders === '2' && ranges.length === 2 && ranges.every((r) => r.startContainer.isConnected);
    });

    // The reader scrolls with the wheel, the pointer resting on the page beside the article.
    await page.mouse.move(600, 40);
    await page.mouse.wheel(0, 120);
    await waitBeside(page, 100);
    const state = await besideNow(page, 100);
    expect(state).toMatchObject({ scrolled: true, closed: false, beside: true });
    expect((await readCard(page))?.name).toBe('Kazakhstan');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('follows the mention when the page re-renders it lower down, and closes when the page drops it', async () => {
    const page = await ctx().session.openPage(ctx().server.url('e2e/rerender.html'));
    const both = ['kazakhstan:Kazakhstan', 'kazakhstan:Kazakhstan'];
    expect(await waitForPainted(page, both)).toEqual(both);
    const point = await mentionPoint(page, 'Kazakhstan');
    if (!point) throw new Error('mention not painted');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page);
    const before = await besideNow(page, 0);
    expect(before?.beside).toBe(true);

    await page.evaluate(() => (window as unknown as { rerender(lead: boolean): void }).rerender(true));
    await waitBeside(page, 0);
    const after = await besideNow(page, 0);
    expect(after).toMatchObject({ closed: false, beside: true });
    expect(after?.mention?.[1]).toBeGreaterThan((before?.mention?.[1] ?? 0) + 20); // it did move

    await page.evaluate(() => (window as unknown as { takeDown(): void }).takeDown());
    expect(await cardIsClosed(page)).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('closes a card opened by hovering when the reader leaves the page', async () => {
    const page = await ctx().session.openPage(ctx().server.url(DEMO));
    await waitForPainted(page, DEMO_MENTIONS);
    const point = await mentionPoint(page, 'S-300PMU-2');
    if (!point) throw new Error('mention not painted');
    await page.mouse.move(point.x, point.y);
    await waitForCard(page);
    if (ctx().browserName === 'chromium') {
      // The pointer goes straight up and out of the window: no further move over the page.
      await page.mouse.move(point.x, -20);
    } else {
      // WebDriver BiDi will not move Firefox's pointer out of the viewport (and Playwright keeps
      // every headless Chromium tab visible): here the reader leaves for another tab instead.
      const other = await ctx().session.openPage(ctx().server.url('e2e/rtl.html'));
      await other.close();
      await page.bringToFront();
    }
    expect(await cardIsClosed(page)).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
