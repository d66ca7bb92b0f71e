/**
 * A page that clears CSS.highlights (its own find-in-page, a framework resetting the registry)
 * does not end Backstory's highlighting, new text included; a page that does it every frame does
 * not make Backstory loop.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { paintedMentions, waitForPainted } from '../harness/highlights';
import { until } from '../../lib/dev/until';

const BEFORE = ['csto:CSTO', 'kazakhstan:Kazakhstan'];
const AFTER = [...BEFORE, 's300:S-300'];

/** Centre of an element, in viewport coordinates. */
async function centreOf(page: BrowserPage, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.evaluate((s) => {
    const r = (document.querySelector(s) as Element).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  return box;
}

forEachBrowser((ctx) => {
  for (const mode of ['clear', 'delete', 'empty']) {
    it(`paints again after the page's ${mode} of CSS.highlights, and paints new text`, async () => {
      const page = await ctx().session.openPage(ctx().server.url(`e2e/clear-highlights.html?mode=${mode}`));
      await page.waitFor(() => document.body.dataset.reset === 'done');
      // The reader moves the pointer over the page: our highlights come back.
      await page.mouse.move(40, 40);
      await page.mouse.move(60, 50);
      expect(await waitForPainted(page, BEFORE)).toEqual(BEFORE);
      // New text from then on is painted too.
      const button = await centreOf(page, '#add');
      await page.mouse.click(button.x, button.y);
      expect(await waitForPainted(page, AFTER)).toEqual(AFTER);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }

  it('comes back after the page adds text, without any pointer movement', async () => {
    const url = ctx().server.url('e2e/clear-highlights.html?mode=clear');
    const page = await ctx().session.openPage(url);
    await page.waitFor(() => document.body.dataset.reset === 'done');
    await page.evaluate(() => (document.getElementById('add') as HTMLButtonElement).click());
    expect(await waitForPainted(page, AFTER)).toEqual(AFTER);
    await page.close();
  });

  it('backs off from a page that clears them every frame, and paints again once it stops', async () => {
    const url = ctx().server.url('e2e/clear-highlights.html?mode=loop&ms=3000');
    const page = await ctx().session.openPage(url);
    await page.waitFor(() => document.body.dataset.looping === 'yes');
    // The reader keeps moving and scrolling while the page fights: every move asks for a check.
    for (let i = 0; i < 30; i++) {
      await page.mouse.move(20 + (i % 10) * 20, 30 + (i % 3) * 10);
      if (i % 10 === 9) await page.evaluate((y) => window.scrollTo(0, y), i);
    }
    await page.waitFor(() => document.body.dataset.reset === 'done', undefined, 20_000);
    const { found, frames } = await page.evaluate(() => ({ found: Number(document.body.dataset.found), frames: Number(document.body.dataset.frames) }));
    // Three restores at once, then waits of 0.25, 0.5, 1, 2 s…: a handful in 3 s, not one per frame.
    expect(found).toBeGreaterThanOrEqual(2);
    expect(found).toBeLessThanOrEqual(8);
    expect(frames).toBeGreaterThan(found * 3);
    const diagnostics = await until(
      async () => ctx().extension.tab(url, 'diagnostics', null),
      (r) => r.ok && r.value.highlightRestores.restores >= found,
      { what: 'restores in diagnostics' },
    );
    if (!diagnostics.ok) throw new Error(diagnostics.error);
    expect(diagnostics.value.highlightRestores.backoffMs).toBeGreaterThan(0);
    // The loop is over: the highlights come back by themselves (the wait runs out, no event needed).
    expect(await waitForPainted(page, BEFORE, 20_000)).toEqual(BEFORE);
    expect(await paintedMentions(page)).toEqual(BEFORE);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
