/**
 * The toolbar button: the page's mention count as the badge and in its title, following the
 * page as it changes, and the "off" icon with no badge once the site is switched off in the popup.
 */
import { expect, it } from 'vitest';
import { clickElement } from '../harness/pointer';
import { forEachBrowser } from '../harness/session';
import { DEMO, DEMO_MENTIONS } from './demo-article';
import { recordIcons, waitForToolbar } from './support/toolbar';

forEachBrowser((ctx) => {
  it('counts the mentions on the page in the badge and its title, and follows the page', async () => {
    const article = await ctx().session.openPage(ctx().server.url(DEMO));
    const tabId = await ctx().extension.tabId(article.url());
    const n = DEMO_MENTIONS.length;
    await waitForToolbar(ctx(), tabId, { text: String(n), title: `Backstory — ${n} mentions on this page` });

    // The page adds a paragraph (a live blog): one more mention, then it goes away again.
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Update: Kazakhstan has answered.';
      document.body.append(p);
    });
    await waitForToolbar(ctx(), tabId, { text: String(n + 1), title: `Backstory — ${n + 1} mentions on this page` });
    await article.evaluate(() => document.getElementById('late')?.remove());
    await waitForToolbar(ctx(), tabId, { text: String(n), title: `Backstory — ${n} mentions on this page` });
    await article.close();
  });

  it('shows nothing on a page without mentions', async () => {
    const page = await ctx().session.openPage(ctx().server.url('pages/kommersant-ru.html'));
    const tabId = await ctx().extension.tabId(page.url());
    await waitForToolbar(ctx(), tabId, { text: '', title: 'Backstory — no mentions on this page' });
    await page.close();
  });

  it('clears the badge and greys the icon when the site is switched off in the popup, and back', async () => {
    const article = await ctx().session.openPage(ctx().server.url(DEMO));
    const tabId = await ctx().extension.tabId(article.url());
    const n = DEMO_MENTIONS.length;
    await waitForToolbar(ctx(), tabId, { text: String(n), title: `Backstory — ${n} mentions on this page` });
    const icons = await recordIcons(ctx());

    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    await popup.waitFor(() => (document.querySelector('.site-switch input') as HTMLInputElement | null)?.checked === true);
    await clickElement(popup, '.site-switch input');
    await popup.waitFor(() => (document.querySelector('.site-switch input') as HTMLInputElement).checked === false);
    await waitForToolbar(ctx(), tabId, { text: '', title: 'Backstory is off on this site' });
    if (icons) {
      expect(await icons()).toContainEqual({ tabId, path: expect.objectContaining({ 16: 'icon/off-16.png', 128: 'icon/off-128.png' }) });
    }

    await clickElement(popup, '.site-switch input');
    await waitForToolbar(ctx(), tabId, { text: String(n), title: `Backstory — ${n} mentions on this page` });
    if (icons) {
      expect((await icons()).at(-1)).toEqual({ tabId, path: expect.objectContaining({ 16: 'icon/16.png', 128: 'icon/128.png' }) });
    }
    await popup.close();
    await article.close();
  });
});
