/**
 * The page gate as a journalist meets it (issue 16): a page that names no watched entity gets
 * nothing from Backstory — no highlight, no badge; a real news page is answered from its rough
 * text, never walked — until the journalist adds, in the library, an entity the page does name:
 * then the open page (turned away by the gate) highlights it without a reload, because the
 * background tells every frame that the gate changed and injects the second stage with its answer.
 * And a busy page turned away by the gate (a ticker) highlights a mention as soon as a post the
 * journalist loads names one, though the gate is then asked about the changed blocks only; so
 * does a page whose rough text passed on its inline data alone (its second stage, injected for
 * the rough text, paints nothing until the post).
 */
import { expect, it } from 'vitest';
import { slotOf } from '@/lib/ui/palette';
import { paintedMentions, waitForPainted } from '../harness/highlights';
import { covers, overlayBoxes, wordBoxes } from '../harness/overlay';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { until } from '../../lib/dev/until';
import type { GateTiming } from '../../lib/page/diagnostics';

const PAGE = 'e2e/gate-no-mention.html';
const MINE = slotOf('user:olzhas-bektenov');

/** Whether every "Bektenov" on the page is drawn by the private overlay in the new entity's colour. */
async function bektenovDrawn(page: BrowserPage): Promise<boolean> {
  const boxes = await overlayBoxes(page);
  const words = await wordBoxes(page, 'Bektenov');
  return words.length > 0 && words.every((w) => covers(boxes, w, MINE));
}

forEachBrowser((ctx) => {
  /** The gate's answer for the page, once it has one (the first stage's diagnostics). */
  async function gateAnswer(page: BrowserPage): Promise<GateTiming | null | undefined> {
    return until(
      async () => {
        const reply = await ctx().extension.tab(page.url(), 'diagnostics', null);
        return reply.ok ? reply.value.gate : null;
      },
      (answered) => !!answered,
      { what: "the gate's answer for the page" },
    );
  }

  it('a real news page without a mention is answered from its rough text, and never walked', async () => {
    const page = await ctx().session.openPage(ctx().server.url('pages/kommersant-ru.html'));
    // (How often it was asked is not the point: in its first minutes the background may say the gate changed.)
    expect(await gateAnswer(page)).toMatchObject({ possible: false, read: 'rough' });
    expect(await paintedMentions(page)).toEqual([]);
    // (Not its console: the saved page's own scripts fail offline.)
    await page.close();
  });

  it('a page whose inline data names an entity and whose text does not paints nothing, and highlights a post that names one', async () => {
    const page = await ctx().session.openPage(ctx().server.url('e2e/gate-related-data.html'));
    // The rough text (the data included) passed, the blocks did not: the second stage injected
    // for the rough text was handed the blocks, without a mention, and follows the page.
    expect(await gateAnswer(page)).toMatchObject({ possible: false, read: 'rough, then blocks' });
    const handed = await until(
      async () => {
        const reply = await ctx().extension.tab(page.url(), 'diagnostics', null);
        return reply.ok ? reply.value.handedBlocks : null;
      },
      (blocks) => typeof blocks === 'number',
      { what: 'the second stage with the handed blocks' },
    );
    expect(handed).toBeGreaterThan(70);
    expect(await paintedMentions(page)).toEqual([]);
    await page.click('#more');
    expect(await waitForPainted(page, ['csto:CSTO'])).toEqual(['csto:CSTO']);
    expect(page.errors).toEqual([]);
  });

  it('a page turned away by the gate highlights an entity added in the library afterwards, without a reload', async () => {
    const page = await ctx().session.openPage(ctx().server.url(PAGE));
    // Nothing is painted on a page without a mention, once the gate has answered no.
    expect(await gateAnswer(page)).toMatchObject({ possible: false });
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

  it('a busy page turned away by the gate highlights a mention in a post loaded later', async () => {
    const page = await ctx().session.openPage(ctx().server.url('e2e/gate-live-feed.html'));
    // The ticker has changed the page many times; nothing is painted (no mention yet).
    await page.waitFor(() => Number(document.querySelector('#ticker i')?.textContent) >= 8);
    expect(await paintedMentions(page)).toEqual([]);
    await page.click('#more');
    expect(await waitForPainted(page, ['s300:S-300'])).toEqual(['s300:S-300']);
    expect(await page.evaluate(() => document.querySelector('#post')?.textContent)).toBe('Update: the S-300 batteries were moved');
    expect(page.errors).toEqual([]);
  });
});
