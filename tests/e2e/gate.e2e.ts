/**
 * The page gate as a journalist meets it (issue 16): a page that names no watched entity gets
 * nothing from Backstory — no highlight, no badge — until the journalist adds, in the library,
 * an entity the page does name: then the open page (turned away by the gate) highlights it
 * without a reload, because the background tells every frame that the gate changed and
 * injects the second stage with its answer.
 */
import { expect, it } from 'vitest';
import { slotOf } from '@/lib/ui/palette';
import { covers, overlayBoxes, wordBoxes } from '../harness/overlay';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { until } from '../../lib/dev/until';

const PAGE = 'e2e/gate-no-mention.html';
const MINE = slotOf('user:olzhas-bektenov');

/** Whether every "Bektenov" on the page is drawn by the private overlay in the new entity's colour. */
async function bektenovDrawn(page: BrowserPage): Promise<boolean> {
  const boxes = await overlayBoxes(page);
  const words = await wordBoxes(page, 'Bektenov');
  return words.length > 0 && words.every((w) => covers(boxes, w, MINE));
}

forEachBrowser((ctx) => {
  it('a page turned away by the gate highlights an entity added in the library afterwards, without a reload', async () => {
    const page = await ctx().session.openPage(ctx().server.url(PAGE));
    // Nothing is painted on a page without a mention (the gate answered no).
    await page.waitFor(() => document.readyState === 'complete');
    expect(await bektenovDrawn(page)).toBe(false);
    expect(await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()])).toEqual([]);

    const library = await ctx().session.openExtensionPage('options.html#watchlist');
    await library.waitFor(() => !!document.querySelector('#wl-add'));
    await library.click('#wl-add');
    await library.fill('#wl-name', 'Olzhas Bektenov');
    await library.fill('#wl-alias-0-text', 'Bektenov');
    await library.keyboard.press('Enter');
    expect(await library.waitFor(() => document.querySelector('#wl-status')?.textContent || null)).toContain('Olzhas Bektenov saved');

    await page.bringToFront();
    expect(await until(() => bektenovDrawn(page), (done) => done, { what: 'the new entity drawn on the page the gate had turned away' })).toBe(true);
    expect(page.errors).toEqual([]);
  });
});
