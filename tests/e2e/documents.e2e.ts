/**
 * The library's Documents tab, used as a person does: pick one file of each format,
 * correct the preview, import, then find the passages in a card on a page and in the popup's
 * search, marked as yours; paste text; every bad input shows its message and stores nothing;
 * delete and reset.
 */
import { expect, it, vi } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { waitForCard } from '../../lib/dev/card';
import { waitForPainted } from '../harness/highlights';
import { chooseImportFiles, documentsState, importAndWait, popupSearchTitles } from './support/library';

// Each test imports, indexes and searches a dozen documents in one browser session: on a busy
// 2-core machine Firefox needs more than the suite's 60 s for that, not a different result.
vi.setConfig({ testTimeout: 150_000 });

forEachBrowser((ctx) => {
  async function openPopupFor(page: BrowserPage): Promise<BrowserPage> {
    const tabId = await ctx().extension.tabId(page.url());
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    return popup;
  }

  it('refuses every bad input with its own message and stores nothing', async () => {
    const library = await ctx().session.openExtensionPage('options.html');
    await chooseImportFiles(library, ['empty.txt', 'binary.txt', 'malformed.json', 'wrong-shape.json', 'scanned.pdf', 'encrypted.pdf', 'blank.md']);
    const state = await documentsState(library);
    expect(state.drafts).toEqual([]);
    expect(state.problems).toEqual([
      'empty.txt: the file is empty.',
      'binary.txt: this is not a text file (binary, or not UTF-8 text).',
      expect.stringMatching(/^malformed\.json: not valid JSON \(.+\)\.$/),
      'wrong-shape.json: not a document of the batch schema: the field “title” is missing.',
      'scanned.pdf: this PDF has no text layer (a scan?): there is no text to import.',
      'encrypted.pdf: this PDF is encrypted (it needs a password): save a copy without one and import that.',
      'blank.md: the file is empty.',
    ]);
    expect(state.titles).toEqual([]);
    expect(await library.evaluate(() => document.getElementById('list-empty')?.textContent)).toMatch(/No documents of yours yet/);
    expect(library.errors).toEqual([]);
    await library.close();
  });

  it('imports one file of each format, edited in the preview, and shows them in cards and search as yours', async () => {
    const library = await ctx().session.openExtensionPage('options.html');
    await chooseImportFiles(library, ['dispatch.txt', 'briefing.md', 'article.html', 'batch.json', 'report.pdf', 'notes.docx']);
    expect((await documentsState(library)).drafts).toEqual([
      'dispatch.txt', 'briefing.md', 'article.html', 'batch.json #1', 'batch.json #2', 'report.pdf', 'notes.docx',
    ]);
    // The page's own metadata came through, and can be corrected.
    expect(await library.evaluate(() => (document.getElementById('draft-2-source') as HTMLInputElement).value)).toBe('The Steppe Courier');
    await library.fill('#draft-0-title', 'Almaty dispatch');
    // From the language field, Tab reaches the precision (the date is off while it is unknown);
    // unknown → year is two steps up the list (day, month, year, years, unknown).
    await library.click('#draft-0-language');
    await library.keyboard.press('Tab');
    expect(await library.evaluate(() => document.activeElement?.id)).toBe('draft-0-precision');
    await library.keyboard.press('ArrowUp');
    await library.keyboard.press('ArrowUp');
    await library.fill('#draft-0-date', '2025');
    await library.fill('#draft-0-source', 'Field notes');

    expect(await importAndWait(library)).toMatch(/^Imported 7 documents \(\d+ passages\)\.$/);
    await library.waitFor(() => document.querySelectorAll('.documents .doc-title').length === 7);
    const titles = (await documentsState(library)).titles;
    expect([...titles].sort()).toEqual([
      'Air defence upgrade reaches the steppe', 'Almaty dispatch', 'Briefing on the alliance', 'Grain corridor talks',
      'Notes from Astana', 'S-300 deliveries', 'Переговоры о поставках',
    ]);
    const dispatchMeta = await library.evaluate(() =>
      [...document.querySelectorAll('.documents li')].find((li) => li.querySelector('.doc-title')?.textContent === 'Almaty dispatch')?.querySelector('.meta')?.textContent,
    );
    expect(dispatchMeta).toBe('English · 2025 · Field notes · dispatch.txt');

    // A page that mentions the S-300: its card shows the HTML and PDF passages, marked as yours.
    const page = await ctx().session.openPage(ctx().server.url('import/page.html'));
    await waitForPainted(page, ['csto:CSTO', 'kazakhstan:Kazakhstan', 's300:S-300']);
    await page.hover('#s300');
    const card = await waitForCard(page);
    expect(card.passageTitles).toEqual(expect.arrayContaining(['Air defence upgrade reaches the steppe', 'S-300 deliveries']));
    expect(card.text).toContain('Yours');

    // Every format in the popup's search.
    const popup = await openPopupFor(page);
    expect(await popupSearchTitles(popup, 'Kostanay')).toEqual(['Almaty dispatch']);
    expect(await popupSearchTitles(popup, 'Marigold')).toEqual(['Briefing on the alliance']);
    expect(await popupSearchTitles(popup, 'Tumbleweed')).toEqual(['Air defence upgrade reaches the steppe']);
    expect(await popupSearchTitles(popup, 'Saxaul')).toEqual(['Grain corridor talks']);
    expect(await popupSearchTitles(popup, 'Саксаул')).toEqual(['Переговоры о поставках']);
    expect(await popupSearchTitles(popup, 'delivery schedule')).toContain('S-300 deliveries');
    expect(await popupSearchTitles(popup, 'Delegates')).toEqual(['Notes from Astana']);
    expect(await popup.evaluate(() => document.querySelector('.result .badge.yours')?.textContent)).toBe('Yours');
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();

    // The same files again: each is already in the library, and nothing is added.
    await chooseImportFiles(library, ['dispatch.txt', 'article.html']);
    expect(await importAndWait(library)).toBe('Imported 0 documents (0 passages).');
    expect((await documentsState(library)).problems).toEqual([
      'dispatch.txt: already in your library as “Almaty dispatch” (same text)',
      'article.html: already in your library as “Air defence upgrade reaches the steppe” (same text)',
    ]);
    // The page's scripts and handlers never ran; the browser even refused to compile its handlers.
    expect(await library.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
    expect(library.errors.filter((e) => !/^Executing inline event handler violates .* The action has been blocked\.$/.test(e))).toEqual([]);
    await library.close();
  });

  it('imports pasted text, asks for a language it cannot tell, deletes one and resets to the bundled corpus', async () => {
    const library = await ctx().session.openExtensionPage('options.html');
    await library.fill('#paste-text', 'Xq zv 42');
    await library.click('#paste-add');
    await library.waitFor(() => document.querySelectorAll('fieldset.draft').length === 1);
    // Too short to tell the language: Import is refused until one is given.
    await library.click('#import-start');
    expect(await library.waitFor(() => document.getElementById('documents-status')?.textContent)).toMatch(/need a language/);
    expect(await library.evaluate(() => document.activeElement?.id)).toBe('draft-0-language');
    await library.keyboard.type('en');
    await library.click('#draft-0-title');
    await library.click('#import-discard');
    await library.fill('#paste-text', 'The CSTO summit in Yerevan ended without a joint statement on the Lachin corridor.');
    await library.click('#paste-add');
    await library.waitFor(() => document.querySelectorAll('fieldset.draft').length === 1);
    // By keyboard this time: Tab on to Import and press Enter. The preview and then the progress
    // go away with the buttons the focus was on; it lands on the result, not the top of the page.
    const onImport = () => library.evaluate(() => document.activeElement?.id === 'import-start');
    for (let presses = 0; presses < 40 && !(await onImport()); presses++) await library.keyboard.press('Tab');
    expect(await onImport()).toBe(true);
    await library.keyboard.press('Enter');
    expect(await library.waitFor(() => document.getElementById('import-result')?.textContent ?? null, undefined, 60_000)).toBe('Imported 1 document (1 passage).');
    expect(await library.waitFor(() => document.activeElement?.id === 'import-result')).toBe(true);
    await library.waitFor(() => [...document.querySelectorAll('.documents .doc-title')].some((e) => e.textContent?.startsWith('The CSTO summit')));

    const before = (await documentsState(library)).titles.length;
    await library.click('.documents li:first-child .delete-one');
    await library.waitFor((n) => document.querySelectorAll('.documents .doc-title').length === n - 1 || (n === 1 && !!document.getElementById('list-empty')), before);
    await library.click('#reset-bundled');
    await library.click('#reset-yes');
    expect(await library.waitFor(() => document.getElementById('list-empty')?.textContent)).toMatch(/No documents of yours yet/);
    const card = await ctx().extension.background('cardFor', { entity: 's300' });
    if (!card.ok) throw new Error(card.error);
    expect(card.value.passages.every((p) => p.document.origin === 'bundled')).toBe(true);
    expect(library.errors).toEqual([]);
    await library.close();
  });

  it('reflows at 200 % zoom with a preview and problems, and every control is in the tab order', async () => {
    const library = await ctx().session.openExtensionPage('options.html');
    await chooseImportFiles(library, ['batch.json', 'article.html', 'malformed.json']);
    await library.waitFor(() => document.querySelectorAll('fieldset.draft').length === 3);
    // A 640-pixel-wide window at 200 % zoom is 320 CSS pixels wide: nothing may stick out sideways.
    await library.setViewport(320, 600);
    expect(await library.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(
      await library.evaluate(() => [...document.querySelectorAll<HTMLElement>('.documents-tab :is(a, button, input, select, textarea)')].filter((el) => el.tabIndex < 0).length),
    ).toBe(0);
    // Every field of the preview has a label.
    expect(
      await library.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('fieldset.draft :is(input, select)')].filter((el) => el.labels?.length !== 1).map((el) => el.id)),
    ).toEqual([]);
    await library.close();
  });
});
