/**
 * The watchlist, used as a journalist does: with an article already open, add an entity of
 * their own in the library (typing, Tab, clicks), and the open page highlights it in its word
 * forms and opens its card without a reload; switch a built-in alias off and it goes from the
 * page; Try it explains what it finds; a CSV with a bad row names the row and imports nothing.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { slotOf } from '@/lib/ui/palette';
import { waitForCard } from '../../lib/dev/card';
import { waitForPainted } from '../harness/highlights';
import { covers, overlayBoxes, wordBoxes } from '../harness/overlay';
import { FIXTURES } from '../../lib/dev/paths';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { until } from '../../lib/dev/until';

const ARTICLE = 'e2e/watchlist.html';
const MINE_ID = 'user:olzhas-bektenov';
const MINE = slotOf(MINE_ID);
const BUILT_IN = ['csto:CSTO', "kazakhstan:Kazakhstan's"];
/** Every written form of the new entity on the fixture page. */
const MY_FORMS = ['Bektenov', 'Бектенов', 'Бектенова'];

/**
 * Your own entities are painted privately (README: Private from the page): as boxes in Backstory's
 * closed overlay, never in CSS.highlights. Waits until every occurrence of each form is covered.
 */
function waitForMine(page: BrowserPage): Promise<boolean> {
  return until(
    async () => {
      const boxes = await overlayBoxes(page);
      for (const form of MY_FORMS) {
        const words = await wordBoxes(page, form);
        if (words.length === 0 || !words.every((w) => covers(boxes, w, MINE))) return false;
      }
      return true;
    },
    (done) => done,
    { what: 'the new entity drawn by the private overlay' },
  );
}

function storedWatchlist(page: BrowserPage) {
  return page.evaluate(async () => {
    type Local = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Local; chrome?: Local };
    const got = (await (g.browser ?? g.chrome)?.storage.local.get('watchlist')) ?? {};
    return (got as { watchlist?: { entities: Array<{ id: string; name: string; aliases: Array<{ text: string; lang: string }> }>; builtIn: Record<string, { off: string[] }> } }).watchlist ?? null;
  });
}

const text = (page: BrowserPage, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

forEachBrowser((ctx) => {
  let library: BrowserPage;
  let article: BrowserPage;

  it('adds an entity in the library; the page already open highlights and cards it without a reload', async () => {
    article = await ctx().session.openPage(ctx().server.url(ARTICLE));
    expect(await waitForPainted(article, BUILT_IN)).toEqual([...BUILT_IN].sort());

    library = await ctx().session.openExtensionPage('options.html#watchlist');
    await library.waitFor(() => !!document.querySelector('#wl-add'));
    await library.click('#wl-add');
    await library.fill('#wl-name', 'Olzhas Bektenov');
    await library.keyboard.press('Tab'); // to the kind (Person by default)
    await library.keyboard.press('Tab');
    await library.keyboard.type('Prime Minister of Kazakhstan');

    // A one-letter alias and one another entity has are refused, each with its reason.
    await library.fill('#wl-alias-0-text', 'K');
    expect(await library.waitFor(() => document.querySelector('#wl-alias-0-issues')?.textContent || null)).toContain('One letter is too short');
    await library.fill('#wl-alias-0-text', 'Tokayev');
    expect(await library.waitFor(() => document.querySelector('#wl-alias-0-issues')?.textContent || null)).toContain('Already an alias of Kassym-Jomart Tokayev');
    await library.click('#wl-save');
    expect(await library.waitFor(() => document.querySelector('.entity-form [role="alert"]')?.textContent || null)).toContain('Fix the aliases');
    expect(await storedWatchlist(library)).toBeNull();

    // The Russian alias: the language chosen from the keyboard, its forms previewed.
    await library.fill('#wl-alias-0-text', 'Бектенов');
    await library.keyboard.press('Tab');
    await library.keyboard.type('Russian');
    expect(await library.waitFor(() => (document.querySelector('#wl-alias-0-preview')?.textContent ?? '').includes('Бектенова'))).toBe(true);
    await library.click('#wl-add-alias');
    await library.fill('#wl-alias-1-text', 'Bektenov');
    expect(await library.waitFor(() => (document.querySelector('#wl-alias-1-preview')?.textContent ?? '').includes("Bektenov's"))).toBe(true);
    await library.keyboard.press('Enter'); // submits the form, as any form does
    expect(await library.waitFor(() => document.querySelector('#wl-status')?.textContent || null)).toContain('Olzhas Bektenov saved');

    const stored = await storedWatchlist(library);
    expect(stored?.entities).toEqual([{ id: 'user:olzhas-bektenov', name: 'Olzhas Bektenov', kind: 'person', description: 'Prime Minister of Kazakhstan',
      aliases: [{ text: 'Бектенов', lang: 'ru', tier: 'name' }, { text: 'Bektenov', lang: 'en', tier: 'name' }] }]);

    await article.bringToFront();
    expect(await waitForMine(article)).toBe(true);
    // The built-in entities keep their highlights; the new one is not among them.
    expect(await waitForPainted(article, BUILT_IN)).toEqual([...BUILT_IN].sort());
    const [word] = await wordBoxes(article, 'Бектенова');
    if (!word) throw new Error('Бектенова is not on the page');
    await article.mouse.move(word.x + word.width / 2, word.y + word.height / 2);
    const card = await waitForCard(article);
    expect(card.name).toContain('Olzhas Bektenov');
    expect(card.text).toContain('Бектенова');
    expect(article.errors).toEqual([]);
  });

  it('lists my entity in the Settings tab, where switching it off takes it off the open page', async () => {
    await library.bringToFront();
    await library.click('#tab-settings');
    const toggle = `[data-control="entity"][data-entity="${MINE_ID}"]`;
    await library.waitFor((sel) => !!document.querySelector(sel), toggle);
    const label = await library.evaluate((sel) => {
      const input = document.querySelector<HTMLInputElement>(sel);
      return { checked: input?.checked, text: input?.closest('label')?.textContent ?? '' };
    }, toggle);
    expect(label).toEqual({ checked: true, text: expect.stringMatching(/^ ?Olzhas Bektenov Yours Prime Minister of Kazakhstan$/) });
    await library.click(toggle);
    const off = await until(() => ctx().extension.storedSettings(), (s) => (s.entities as Record<string, boolean> | undefined)?.[MINE_ID] === false, { what: 'my entity switched off' });
    expect(off.entities).toMatchObject({ [MINE_ID]: false });
    await article.bringToFront();
    expect(await until(async () => (await overlayBoxes(article)).filter((b) => b.slot === MINE).length, (n) => n === 0, { what: 'my entity gone from the page' })).toBe(0);
    // The built-in entities are untouched.
    expect(await waitForPainted(article, BUILT_IN)).toEqual([...BUILT_IN].sort());

    await library.bringToFront();
    await library.click(toggle);
    await article.bringToFront();
    expect(await waitForMine(article)).toBe(true);
    await library.bringToFront();
    await library.click('#tab-watchlist');
    await library.waitFor(() => !!document.querySelector('#wl-add'));
  });

  it('switches a built-in alias off, and the open page stops highlighting it', async () => {
    await library.bringToFront();
    await library.click('details[data-entity="csto"] summary');
    await library.click('details[data-entity="csto"] input[data-alias="CSTO"][data-lang="en"]');
    const off = await until(async () => (await storedWatchlist(library))?.builtIn.csto?.off, (v) => v !== undefined, { what: 'the alias switched off' });
    expect(off).toEqual(['en\u0001abbreviation\u0001CSTO']);
    await article.bringToFront();
    const without = BUILT_IN.filter((m) => m !== 'csto:CSTO');
    expect(await waitForPainted(article, without)).toEqual([...without].sort());
    expect(await waitForMine(article)).toBe(true);
  });

  it('Try it shows every mention in pasted text and why', async () => {
    await library.bringToFront();
    await library.fill('#wl-try-text', 'Встреча с Бектеновым в Казахстане.');
    await library.fill('#wl-try-lang', 'ru');
    const results = await library.waitFor(() => document.querySelector('#wl-try-results')?.textContent || null);
    expect(results).toContain('Бектеновым — Russian, instrumental · Olzhas Bektenov');
    expect(results).toContain('Казахстане — Russian');
  });

  it('re-tags the library: the popup finds passages about an entity added since', async () => {
    await library.bringToFront();
    await library.click('#wl-add');
    await library.fill('#wl-name', 'Samuel Ramani');
    await library.fill('#wl-alias-0-text', 'Ramani');
    await library.click('#wl-save');
    // The status still says the last save until this one lands: wait for this one's message.
    expect(await library.waitFor(() => document.querySelector('#wl-status')?.textContent?.includes('Samuel Ramani saved') || null)).toBe(true);

    const popup = await ctx().session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.activeElement?.id === 'q');
    // The passages are re-tagged in the background: search again until they are.
    const heading = await until(async () => {
      await popup.fill('#q', 'Ramani');
      return popup.waitFor(() => {
        const h = document.getElementById('results-heading');
        return h?.closest('section')?.getAttribute('aria-busy') === 'false' ? h.textContent : null;
      });
    }, (h) => (h ?? '').includes('Samuel Ramani'), { what: 'a search that names Samuel Ramani', timeoutMs: 30_000 });
    expect(heading).toContain('Samuel Ramani');
    expect(await popup.evaluate(() => document.querySelector('.result .passage')?.textContent ?? '')).toContain('Samuel Ramani');
    await popup.close();
  });

  it('fits a narrow window (200 % zoom of a 1280 px one) without scrolling sideways', async () => {
    await library.setViewport(640, 800);
    await library.click('.wl-edit');
    await library.click('details[data-entity="kazakhstan"] summary');
    const overflow = await library.waitFor(() => document.querySelector('.entity-form') && ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      wider: [...document.querySelectorAll('.watchlist *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length,
    }));
    expect(overflow).toEqual({ page: 0, wider: 0 });
    await library.click('.entity-form button[type="button"]:last-child'); // Cancel
  });

  it('refuses a CSV with a bad row, naming the row, and imports nothing of it', async () => {
    await library.chooseFiles('#wl-import', [resolve(FIXTURES, 'e2e/watchlist-bad-row.csv')]);
    const outcome = await library.waitFor(() => document.querySelector('#wl-import-outcome[role="alert"]')?.textContent || null);
    expect(outcome).toContain('Nothing was imported from watchlist-bad-row.csv');
    expect(outcome).toContain('Row 3: The tier “noun” is not one of name, abbreviation, adjective.');
    expect((await storedWatchlist(library))?.entities.map((e) => e.id)).toEqual(['user:olzhas-bektenov', 'user:samuel-ramani']);
    expect(await text(library, '.your-entities')).not.toContain('Issekeshev');
    expect(library.errors).toEqual([]);
  });
});
