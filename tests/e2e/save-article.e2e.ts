/**
 * "Save this article" from the popup: one click stores the tab's article with its
 * metadata, the page is left as it was, the article is found in the popup's search as yours,
 * and a second click says it is already saved.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';
import { popupSearchTitles } from './support/library';

const TITLE = 'Air defence upgrade reaches the steppe';

forEachBrowser((ctx) => {
  it('saves the tab’s article in one click, finds it in search, and says so on a second click', async () => {
    const article = await ctx().session.openPage(ctx().server.url('import/article.html'));
    const before = await article.evaluate(() => document.documentElement.outerHTML);
    const tabId = await ctx().extension.tabId(article.url());
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);

    await popup.waitFor(() => !!document.getElementById('save-article'));
    await popup.click('#save-article');
    expect(await popup.waitFor(() => document.getElementById('save-status')?.textContent || null, undefined, 30_000)).toBe(
      `Saved to your library: “${TITLE}”.`,
    );
    expect(await article.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    expect(await popupSearchTitles(popup, 'Tumbleweed')).toEqual([TITLE]);
    expect(await popup.evaluate(() => document.querySelector('.result .badge.yours')?.textContent)).toBe('Yours');

    await popup.click('#save-article');
    expect(
      await popup.waitFor((t) => (document.getElementById('save-status')?.textContent === `Already saved: “${t}”.` ? true : null), TITLE, 30_000),
    ).toBe(true);

    // Stored once, with the page's own metadata: a card's citation carries it.
    const card = await ctx().extension.background('cardFor', { entity: 's300' });
    if (!card.ok) throw new Error(card.error);
    const mine = card.value.passages.filter((p) => p.document.origin === 'user');
    expect(new Set(mine.map((p) => p.document.id)).size).toBe(1);
    expect(mine[0]?.document).toMatchObject({
      title: { text: TITLE, editorial: false },
      source: 'The Steppe Courier',
      byline: 'Aigerim Sadykova',
      url: 'https://steppe-courier.invalid/2025/06/air-defence',
      language: 'en',
      date: { value: '2025-06-02', precision: 'day' },
    });
    expect(popup.errors.filter((e) => !/^Executing inline event handler violates .* The action has been blocked\.$/.test(e))).toEqual([]);
    await popup.close();
    await article.close();
  });
});
