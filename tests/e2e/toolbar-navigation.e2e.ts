/**
 * The toolbar button across a tab's navigations. The background paints a tab only what differs
 * from what it shows (lib/background/toolbar.ts) and relies on the browser resetting a tab's
 * badge, title and icon when it goes to another document: checked here by following a link as a
 * reader does, with the site on and then switched off in the popup. Neither browser lets an
 * extension read an icon back, so in Chromium the icons the background sets are recorded: the
 * off icon set again after the navigation shows the browser had put the default back with the
 * title, and a page where the site is on gets no icon call at all.
 */
import { expect, it } from 'vitest';
import { clickElement } from '../harness/pointer';
import { forEachBrowser, type BrowserPage, type E2EContext } from '../harness/session';
import { until } from '../../lib/dev/until';
import { recordIcons, waitForToolbar } from './support/toolbar';

const WITH = 'e2e/toolbar-with.html';
const WITHOUT = 'e2e/toolbar-without.html';
const TWO = { text: '2', title: 'Backstory — 2 mentions on this page' };
const NONE = { text: '', title: 'Backstory — no mentions on this page' };
const OFF = { text: '', title: 'Backstory is off on this site' };
const OFF_ICON = expect.objectContaining({ 16: 'icon/off-16.png', 128: 'icon/off-128.png' });
const ON_ICON = expect.objectContaining({ 16: 'icon/16.png', 128: 'icon/128.png' });

/** Follows a link of `page` as a reader does, and waits for the new document. */
async function follow(page: BrowserPage, link: string, to: string): Promise<void> {
  await page.bringToFront();
  await clickElement(page, link);
  await page.waitFor((path) => location.pathname.endsWith(path) && document.readyState !== 'loading', to);
}

/** Flips the site switch in the popup opened for `tabId`, and waits until it shows `on`. */
async function switchSite(ctx: E2EContext, popup: BrowserPage, on: boolean): Promise<void> {
  await popup.bringToFront();
  await clickElement(popup, '.site-switch input');
  await popup.waitFor((want) => (document.querySelector('.site-switch input') as HTMLInputElement | null)?.checked === want, on);
}

forEachBrowser((ctx) => {
  it('paints each new document of a tab afresh: a count, nothing, off across a link, then on again', async () => {
    const page = await ctx().session.openPage(ctx().server.url(WITH));
    const tabId = await ctx().extension.tabId(page.url());
    await waitForToolbar(ctx(), tabId, TWO);

    // A page of the same site without mentions: the count goes with the document.
    await follow(page, '#to-without', WITHOUT);
    await waitForToolbar(ctx(), tabId, NONE);

    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    await popup.waitFor(() => (document.querySelector('.site-switch input') as HTMLInputElement | null)?.checked === true);
    await switchSite(ctx(), popup, false);
    await waitForToolbar(ctx(), tabId, OFF);

    // Off, across a link back to the page with mentions: still off, and the icon painted again.
    const icons = await recordIcons(ctx());
    await follow(page, '#to-with', WITH);
    await waitForToolbar(ctx(), tabId, OFF);
    if (icons) {
      const calls = await until(() => icons(), (c) => c.length > 0, { what: 'the off icon painted on the new document' });
      expect(calls).toEqual([{ tabId, path: OFF_ICON }]);
    }

    await switchSite(ctx(), popup, true);
    await waitForToolbar(ctx(), tabId, TWO);
    if (icons) expect((await icons()).at(-1)).toEqual({ tabId, path: ON_ICON });

    // On, across a link: the browser's default icon holds; nothing but the count is painted.
    const iconCalls = icons ? (await icons()).length : 0;
    await follow(page, '#to-without', WITHOUT);
    await waitForToolbar(ctx(), tabId, NONE);
    if (icons) expect(await icons()).toHaveLength(iconCalls);
    await popup.close();
    await page.close();
  });
});
