/**
 * A site Backstory may not read. Firefox lets users withdraw host access from an MV3
 * add-on; Chrome keeps declared host permissions, so there the state cannot arise. Its own file:
 * the withdrawal cannot be undone without a person clicking the browser's prompt.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';

forEachBrowser((ctx) => {
  it('explains a withheld site permission and offers to grant it where the browser allows', async () => {
    const url = ctx().server.url('demo/article.html');
    const article = await ctx().session.openPage(url);
    const tabId = await ctx().extension.tabId(url);
    const options = await ctx().extension.page();
    const removed = await options.evaluate(async () => {
      interface Permissions {
        permissions: { remove(p: { origins: string[] }): Promise<boolean> };
      }
      const g = globalThis as unknown as { browser?: Permissions; chrome?: Permissions };
      const api = (g.browser ?? g.chrome) as Permissions;
      try {
        return await api.permissions.remove({ origins: ['<all_urls>'] });
      } catch (error) {
        return String(error);
      }
    });
    if (ctx().browserName === 'chromium') {
      // Declared host permissions are required in Chrome: they cannot be withdrawn.
      expect(removed).toMatch(/required/i);
      await article.close();
      return;
    }
    expect(removed).toBe(true);
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    const notice = await popup.waitFor(() => document.querySelector('.notice')?.textContent ?? null);
    // Without any host access Firefox hides the tab's URL, so the popup cannot name the site.
    expect(notice).toContain("Backstory isn't allowed to read this page: access to sites was withheld.");
    expect(await popup.evaluate(() => document.querySelector('.notice button')?.textContent)).toBe('Allow Backstory on all sites');
    await popup.close();
    await article.close();
  });
});
