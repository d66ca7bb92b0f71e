/**
 * Private from the page: the card lives in a closed shadow root and still works from the
 * keyboard; on a site the reader marks sensitive in the popup, mentions
 * are drawn by the closed overlay and nothing is registered in CSS.highlights.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { paintedMentions, waitForPainted } from '../harness/highlights';
import { cardIsClosed, evaluateInCard, readCard, waitForCard } from '../../lib/dev/card';
import { covers, overlayBoxes, wordBoxes, type Box } from '../harness/overlay';
import { until } from '../../lib/dev/until';

const PAGE = 'e2e/clear-highlights.html?mode=none';
const MENTIONS = ['csto:CSTO', 'kazakhstan:Kazakhstan'];

forEachBrowser((ctx) => {
  async function openPopup(forUrl: string): Promise<BrowserPage> {
    const tabId = await ctx().extension.tabId(forUrl);
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    await popup.waitFor(() => !!document.querySelector('.site-switch input.sensitive'));
    return popup;
  }

  /** Marks the site sensitive (or not) by clicking the popup's switch, and waits for it to show. */
  async function setSensitive(url: string, on: boolean): Promise<void> {
    const popup = await openPopup(url);
    if ((await popup.evaluate(() => (document.querySelector('.site-switch input.sensitive') as HTMLInputElement).checked)) !== on) {
      await popup.click('[data-control="site-sensitive"]');
    }
    await popup.waitFor((want) => (document.querySelector('.site-switch input.sensitive') as HTMLInputElement).checked === want, on);
    await popup.close();
  }

  it('keeps the card in a closed root, and the card still works from the keyboard (Tab, Esc)', async () => {
    const page = await ctx().session.openPage(ctx().server.url(PAGE));
    await waitForPainted(page, MENTIONS);
    const [word] = await wordBoxes(page, 'CSTO');
    if (!word) throw new Error('no CSTO on the page');
    await page.mouse.click(word.x + word.width / 2, word.y + word.height / 2);
    const card = await waitForCard(page);
    expect(card.focused).toBe(true);
    expect(await page.evaluate(() => ({ open: document.querySelector('backstory-card')?.shadowRoot ?? null }))).toEqual({ open: null });
    // Keys pressed in the card are kept from the page (tests/e2e/hostile-page.e2e.ts), and still do their job.
    const focused = () => evaluateInCard(page, (root) => root.activeElement?.textContent ?? null, null);
    const before = await focused();
    await page.keyboard.press('Tab');
    await until(focused, (now) => now !== before, { what: 'Tab to move focus inside the card' });
    expect((await readCard(page))?.focused).toBe(true);
    await page.keyboard.press('Escape');
    await cardIsClosed(page);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('on a site marked sensitive in the popup, draws mentions in the closed overlay and registers none', async () => {
    const url = ctx().server.url(PAGE);
    const page = await ctx().session.openPage(url);
    await waitForPainted(page, MENTIONS);
    await setSensitive(url, true);
    await page.bringToFront();
    try {
      expect(await waitForPainted(page, [])).toEqual([]);
      expect(await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()])).toEqual([]);
      const onWords = async (): Promise<Box[] | null> => {
        const boxes = await overlayBoxes(page);
        const csto = await wordBoxes(page, 'CSTO');
        const kz = await wordBoxes(page, 'Kazakhstan');
        const ok = csto.every((w) => covers(boxes, w, 2)) && kz.every((w) => covers(boxes, w, 1)) && boxes.length === csto.length + kz.length;
        return ok ? boxes : null;
      };
      const drawn = await until(onWords, (b) => b !== null, { what: 'overlay boxes on CSTO and Kazakhstan' });
      expect(drawn).toHaveLength(2);
      // The boxes follow the page when it scrolls.
      await page.evaluate(() => window.scrollTo(0, 25));
      await page.waitFor(() => window.scrollY === 25);
      const moved = await until(onWords, (b) => b !== null && (b[0]?.y ?? 0) < (drawn?.[0]?.y ?? 0), { what: 'boxes to follow the scroll' });
      expect(moved).toHaveLength(2);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitFor(() => window.scrollY === 0);
      // Nothing a page script can reach: no open root, nothing under the pointer but its own text.
      const [word] = await wordBoxes(page, 'Kazakhstan');
      if (!word) throw new Error('no Kazakhstan on the page');
      const cx = word.x + word.width / 2;
      const cy = word.y + word.height / 2;
      expect(await page.evaluate(([x, y]) => document.elementsFromPoint(x ?? 0, y ?? 0).map((e) => e.tagName), [cx, cy])).not.toContain('BACKSTORY-CARD');
      // The card opens on hover as anywhere else.
      await page.mouse.move(cx, cy);
      expect((await waitForCard(page)).name).toBe('Kazakhstan');
      expect(await paintedMentions(page)).toEqual([]);
    } finally {
      await setSensitive(url, false);
      await page.bringToFront();
    }
    expect(await waitForPainted(page, MENTIONS)).toEqual(MENTIONS);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
