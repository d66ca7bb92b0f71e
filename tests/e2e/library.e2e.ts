/** The library page's tabs, used as a person does: Tab into the tab list, arrows, Enter, clicks. */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';

forEachBrowser((ctx) => {
  it('moves between Documents, Watchlist, Settings and Backup by keyboard and by mouse', async () => {
    const page = await ctx().session.openExtensionPage('options.html');
    const selected = () =>
      page.evaluate(() => ({
        tab: document.querySelector('[role="tab"][aria-selected="true"]')?.id ?? null,
        panel: document.querySelector('[role="tabpanel"] h2')?.textContent ?? null,
        hash: location.hash,
        focused: document.activeElement?.id ?? null,
      }));
    await page.waitFor(() => document.querySelectorAll('[role="tab"]').length === 4);
    expect(await selected()).toMatchObject({ tab: 'tab-documents', panel: 'Documents' });

    await page.keyboard.press('Tab');
    expect((await selected()).focused).toBe('tab-documents');
    await page.keyboard.press('ArrowRight');
    expect(await page.waitFor(() => document.querySelector('[role="tabpanel"] h2')?.textContent === 'Watchlist')).toBe(true);
    expect(await selected()).toMatchObject({ tab: 'tab-watchlist', hash: '#watchlist', focused: 'tab-watchlist' });
    await page.keyboard.press('End');
    expect(await selected()).toMatchObject({ tab: 'tab-backup', panel: 'Backup', hash: '#backup' });
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toMatchObject({ tab: 'tab-documents', panel: 'Documents' });

    await page.click('#tab-settings');
    expect(await page.waitFor(() => document.querySelectorAll('input[name="style"]').length)).toBe(2);
    expect((await selected()).hash).toBe('#settings');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens on the tab its address names', async () => {
    const page = await ctx().session.openExtensionPage('options.html#backup');
    expect(await page.waitFor(() => document.querySelector('[role="tab"][aria-selected="true"]')?.id)).toBe('tab-backup');
    await page.close();
  });
});
