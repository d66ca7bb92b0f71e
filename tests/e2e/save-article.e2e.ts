/**
 * "Save this article" from the popup: one click stores the tab's article with its
 * metadata, the page is left as it was, the article is found in the popup's search as yours,
 * and a second click says it is already saved. The detected language can be changed from the
 * popup; an article whose language cannot be told is stored once the reader chooses one.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { popupSearchTitles } from './support/library';

const TITLE = 'Air defence upgrade reaches the steppe';

/**
 * Waits, as a reader does, until the popup has filled in what it found on the page: the footer
 * with "Save this article" moves down as that list arrives, and a click at that moment lands
 * on whatever took the button's place.
 */
const pageListed = (popup: BrowserPage) => popup.waitFor(() => document.querySelector('.page-entities li') !== null || null, undefined, 30_000);

forEachBrowser((ctx) => {
  it('saves the tab’s article in one click, finds it in search, and says so on a second click', async () => {
    const article = await ctx().session.openPage(ctx().server.url('import/article.html'));
    const before = await article.evaluate(() => document.documentElement.outerHTML);
    const tabId = await ctx().extension.tabId(article.url());
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);

    await pageListed(popup);
    await popup.click('[data-control="save-article"]');
    expect(await popup.waitFor(() => document.getElementById('save-status')?.textContent || null, undefined, 30_000)).toBe(
      `Saved to your library: “${TITLE}”.`,
    );
    expect(await popup.evaluate(() => (document.getElementById('save-language') as HTMLSelectElement).value)).toBe('en');
    expect(await article.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    expect(await popupSearchTitles(popup, 'Tumbleweed')).toEqual([TITLE]);
    expect(await popup.evaluate(() => document.querySelector('.result .badge.yours')?.textContent)).toBe('Yours');

    await popup.click('[data-control="save-article"]');
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

  /** The language of the one document of mine whose passages mention `entity`, as stored. */
  async function storedLanguage(entity: 's300' | 'kazakhstan'): Promise<string[]> {
    const card = await ctx().extension.background('cardFor', { entity });
    if (!card.ok) throw new Error(card.error);
    return [...new Set(card.value.passages.filter((p) => p.document.origin === 'user').map((p) => p.document.language))];
  }

  it('changes the language of the saved article, and asks for it when it cannot be told', async () => {
    // The article above was saved as English: corrected to Russian from the list, it is stored again, once.
    const article = await ctx().session.openPage(ctx().server.url('import/article.html'));
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${await ctx().extension.tabId(article.url())}`);
    await popup.setViewport(400, 600);
    await pageListed(popup);
    await popup.click('[data-control="save-article"]');
    await popup.waitFor(() => document.getElementById('save-status')?.textContent?.startsWith('Already saved') || null, undefined, 30_000);
    expect(await popup.evaluate(() => document.getElementById('save-language'))).toBeNull();
    await article.close();

    const figures = await ctx().session.openPage(ctx().server.url('import/figures.html'));
    const asking = await ctx().session.openExtensionPage(`popup.html?tab=${await ctx().extension.tabId(figures.url())}`);
    await asking.setViewport(400, 600);
    await pageListed(asking);
    await asking.click('[data-control="save-article"]');
    expect(await asking.waitFor(() => document.getElementById('save-status')?.textContent || null, undefined, 30_000)).toBe(
      'Backstory cannot tell this article’s language: choose it, and the article is saved.',
    );
    expect(await storedLanguage('s300')).toEqual(['en']);
    // Choosing from the list (the label puts the focus on it; typing picks by name).
    await asking.click('label[for="save-language"]');
    await asking.keyboard.type('English');
    expect(await asking.waitFor(() => document.getElementById('save-status')?.textContent?.startsWith('Saved') ? document.getElementById('save-status')?.textContent : null, undefined, 30_000)).toBe(
      'Saved to your library: “S-300 figures”.',
    );
    await asking.click('label[for="save-language"]');
    await asking.keyboard.type('Russian');
    expect(await asking.waitFor(() => document.getElementById('save-language-note')?.textContent === 'Stored again in Russian.' || null, undefined, 30_000)).toBe(true);
    expect((await storedLanguage('s300')).sort()).toEqual(['en', 'ru']);
    const card = await ctx().extension.background('cardFor', { entity: 's300' });
    if (!card.ok) throw new Error(card.error);
    const figuresDocs = card.value.passages.filter((p) => p.document.title.text === 'S-300 figures').map((p) => p.document);
    expect(new Set(figuresDocs.map((d) => d.id)).size).toBe(1);
    expect(figuresDocs.every((d) => d.language === 'ru')).toBe(true);
    expect(asking.errors.filter((e) => !/^Executing inline event handler violates .* The action has been blocked\.$/.test(e))).toEqual([]);
    await asking.close();
    await figures.close();
  });
});
