/**
 * The second stage's extras (page-extras.js: the popup's report, keyboard navigation) arrive only
 * when asked: a page read, highlighted and hovered until its card opens has not loaded them (its
 * diagnostics say so, and that the page was read once, block by block, by the first stage); the
 * first keyboard step or popup has them injected and is answered at once, in both browsers.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { waitForCard } from '../../lib/dev/card';
import type { PageDiagnostics } from '../../lib/page/diagnostics';
import { until } from '../../lib/dev/until';
import { PAGE_GATE_STORAGE_KEY } from '../../lib/entities/storage-keys';
import { DEMO, DEMO_MENTIONS } from './demo-article';

forEachBrowser((ctx) => {
  async function diagnostics(url: string): Promise<PageDiagnostics> {
    const reply = await ctx().extension.tab(url, 'diagnostics', null);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }

  it('loads no extras for reading and cards; the first keyboard step loads them and is answered', async () => {
    // Installed and settled, as a reader's browser is: a page opened while the background still
    // stores the gate it compiled at install is asked about again when the gate arrives
    // (gateChanged), which would show in the count of asks below.
    await until(() => ctx().extension.stored(PAGE_GATE_STORAGE_KEY), Boolean, { what: 'the page gate stored at install' });
    const url = ctx().server.url(DEMO);
    const page = await ctx().session.openPage(url);
    expect(await waitForPainted(page, DEMO_MENTIONS)).toHaveLength(DEMO_MENTIONS.length);
    const point = await mentionPoint(page, 'ОДКБ');
    if (!point) throw new Error('mention not painted');
    await page.mouse.click(point.x, point.y);
    expect((await waitForCard(page)).name).toBe('Collective Security Treaty Organization (CSTO)');
    const before = await diagnostics(url);
    expect(before.fullScans).toBe(1);
    expect(before.cards.length).toBeGreaterThan(0);
    expect(before.extras).toBeNull();
    // The background matched the page: its own matcher (page-matcher.js) was never loaded.
    expect(before.matcher).toBeNull();
    // And the page was read once, by the first stage for the gate: the background matched those
    // blocks with its answer, and the second stage painted them without reading the page again.
    expect(before.handedBlocks).toBeGreaterThan(0);
    // A page this small is walked at once, without a rough read (rough-read.ts ROUGH_MIN_ELEMENTS).
    expect(before.gate).toMatchObject({ possible: true, read: 'blocks', asked: 1 });

    // The shortcut, as the background relays Alt+Shift+K: it goes on from the clicked mention.
    expect(await ctx().extension.tab(url, 'stepMention', { direction: 1 })).toEqual({ ok: true, value: { found: true } });
    const card = await waitForCard(page);
    expect(card.focused).toBe(true);
    const after = await diagnostics(url);
    expect(after.extras?.loadedFor).toBe('stepMention');
    // Loaded once: the next step does not load them again.
    expect(await ctx().extension.tab(url, 'stepMention', { direction: 1 })).toEqual({ ok: true, value: { found: true } });
    expect((await diagnostics(url)).extras).toEqual(after.extras);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("loads them when the popup opens, for its report of the page's mentions", async () => {
    const url = ctx().server.url(DEMO);
    const page = await ctx().session.openPage(url);
    expect(await waitForPainted(page, DEMO_MENTIONS)).toHaveLength(DEMO_MENTIONS.length);
    expect((await diagnostics(url)).extras).toBeNull();
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${await ctx().extension.tabId(url)}`);
    const lines = await popup.waitFor(() => {
      const items = [...document.querySelectorAll('.entity-line')].map((b) => b.textContent ?? '');
      return items.length === 3 ? items : null;
    });
    expect(lines?.map((l) => l.split(' ×')[0])).toEqual(['Kazakhstan', 'S-300', 'Collective Security Treaty Organization (CSTO)']);
    expect((await diagnostics(url)).extras?.loadedFor).toBe('pageMentions');
    await popup.close();
    await page.close();
  });
});
