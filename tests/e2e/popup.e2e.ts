/**
 * The popup, used as a person does — typing in the box, arrow keys, Enter, Esc, clicks: search
 * across scripts, "On this page", exports and the site switch; near misses, several entities,
 * plurals, identical forms, every occurrence exported, and text of another direction isolated.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { waitForPainted } from '../harness/highlights';
import { DEMO_MENTIONS } from './demo-article';
import { waitForCard } from '../../lib/dev/card';
import { until } from '../../lib/dev/until';

const TAGALOG = '000_64255a36b834ab02';
const HINDI = '001_f757772c22decdf9';

/** The seed documents behind the results. */
async function resultDocuments(popup: BrowserPage): Promise<string[]> {
  const ids = await popup.evaluate(() =>
    [...document.querySelectorAll('.result .passage')].map((p) => p.getAttribute('data-document') ?? ''),
  );
  return [...new Set(ids)].sort();
}

/** Clicks into the search box, selects what it holds and types `query`; waits for its results. */
async function searchFor(popup: BrowserPage, query: string): Promise<{ heading: string; documents: string[] }> {
  await popup.fill('[data-control="search"]', query);
  const heading = await popup.waitFor(
    (q) => {
      const h = document.getElementById('results-heading');
      const section = h?.closest('section');
      return h && section?.getAttribute('aria-busy') === 'false' && (document.getElementById('q') as HTMLInputElement).value === q
        ? h.textContent
        : null;
    },
    query,
  );
  return { heading: heading ?? '', documents: await resultDocuments(popup) };
}

/** Clicks each export link, as a person does, and reads the file the link hands over. */
async function clickExports(popup: BrowserPage): Promise<{ csv: string; md: string }> {
  const read = (control: string) =>
    popup.evaluate(async (c) => {
      const a = document.querySelector<HTMLAnchorElement>(`[data-control="${c}"]`);
      return a ? (await fetch(a.href)).text() : '';
    }, control);
  await popup.click('[data-control="export-csv"]');
  const csv = await read('export-csv');
  await popup.click('[data-control="export-markdown"]');
  return { csv, md: await read('export-markdown') };
}

forEachBrowser((ctx) => {
  async function openPopup(forUrl: string) {
    const tabId = await ctx().extension.tabId(forUrl);
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    return popup;
  }

  it('opens with the search box focused, labelled, and resolves entities in any script', async () => {
    const article = await ctx().session.openPage(ctx().server.url('demo/article.html'));
    const popup = await openPopup(article.url());
    expect(
      await popup.waitFor(() => {
        const q = document.activeElement as HTMLInputElement | null;
        return q?.id === 'q' && q.type === 'search' ? document.querySelector(`label[for="${q.id}"]`)?.textContent : null;
      }),
    ).toBe('Search the corpus');

    expect(await searchFor(popup, 'Kazakstan')).toEqual({ heading: '16 passages about Kazakhstan', documents: [TAGALOG, HINDI] });
    expect(await searchFor(popup, 'ОДКБ')).toMatchObject({ documents: [TAGALOG, HINDI] });
    expect((await searchFor(popup, 'ОДКБ')).heading).toMatch(/^\d+ passages about Collective Security Treaty Organization/);
    expect(await searchFor(popup, 's300')).toEqual({ heading: '2 passages about S-300', documents: [TAGALOG] });
    expect(await searchFor(popup, 'कजाकिस्तान')).toEqual({ heading: '16 passages about Kazakhstan', documents: [TAGALOG, HINDI] });
    expect(popup.errors).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('falls back to fuzzy full text, tolerates typos, and says so when nothing matches', async () => {
    const article = await ctx().session.openPage(ctx().server.url('demo/article.html'));
    const popup = await openPopup(article.url());
    const typo = await searchFor(popup, 'Zgurrets');
    expect(typo.heading).toMatch(/^\d+ passages matching ‘Zgurrets’$/);
    expect(typo.documents).toEqual([TAGALOG]);
    expect(await popup.evaluate(() => document.querySelector('.result mark.match')?.textContent)).toMatch(/Zgure?ts/);
    const none = await searchFor(popup, 'Almaty');
    expect(none.heading).toBe('No passages mention ‘Almaty’ yet.');
    expect(await popup.evaluate(() => document.querySelector('.results p.status')?.textContent)).toContain('Try another spelling');
    await popup.close();
    await article.close();
  });

  it('moves through results with the arrow keys, opens a full card on Enter, steps back on Esc', async () => {
    const article = await ctx().session.openPage(ctx().server.url('demo/article.html'));
    const popup = await openPopup(article.url());
    await searchFor(popup, 's300');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('result'))).toBe(true);
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => [...document.querySelectorAll('.result')].indexOf(document.activeElement as Element))).toBe(1);
    await popup.keyboard.press('Enter');
    const name = await popup.waitFor(() => {
      const dialog = document.querySelector('.detail [role="dialog"]');
      const id = dialog?.getAttribute('aria-labelledby');
      return dialog?.querySelector('.passage') && id ? document.getElementById(id)?.textContent : null;
    });
    expect(name).toBe('S-300');
    await popup.keyboard.press('Escape');
    await popup.waitFor(() => document.querySelector('.results') && !document.querySelector('.detail'));
    await popup.keyboard.press('Escape');
    expect(await popup.waitFor(() => (document.getElementById('q') as HTMLInputElement).value === '' && document.activeElement?.id === 'q')).toBe(true);
    await popup.close();
    await article.close();
  });

  it("lists this page's mentions, exports them, and reveals one on the page", async () => {
    const url = ctx().server.url('demo/article.html');
    const article = await ctx().session.openPage(url);
    expect(await waitForPainted(article, DEMO_MENTIONS)).toHaveLength(DEMO_MENTIONS.length);
    const popup = await openPopup(url);
    const lines = await popup.waitFor(() => {
      const items = [...document.querySelectorAll('.entity-line')].map((b) => b.textContent ?? '');
      return items.length === 3 ? items : null;
    });
    // "S‑300" (no-break hyphen) and "S–300" (en dash) are shown once, as "S-300" (defect 10).
    expect(lines).toEqual([
      'Kazakhstan ×11 — Kazakhstan, Казахстана, Kazakhstan\'s, कज़ाख़स्तान, कजाकिस्तान, Kasachstans, Kazakistan’ın, كازاخستان, 哈萨克斯坦',
      'S-300 ×9 — S-300, S-300PMU-2, С-300ПМУ-1, एस-300, إس-300',
      'Collective Security Treaty Organization (CSTO) ×9 — CSTO, Collective Security Treaty Organization, ОДКБ, सामूहिक सुरक्षा संधि संगठन, सीएसटीओ, Collective Security Organization, 集安组织',
    ]);
    const exports = await clickExports(popup);
    expect(exports.csv.split('\r\n')[0]).toBe('"entity","entity_id","form","sentence","page_title","page_url","exported_at"');
    const rows = exports.csv.split('\r\n').slice(1, -1);
    // Every occurrence is a row: Казахстана twice, each with its sentence and the page.
    const kazakhstana = rows.filter((r) => r.startsWith('"Kazakhstan","kazakhstan","Казахстана",'));
    expect(kazakhstana).toHaveLength(2);
    expect(kazakhstana[0]).toContain('"Миротворцы ОДКБ покинули территорию Казахстана в январе 2022 года."');
    expect(rows.filter((r) => r.startsWith('"S-300","s300","С-300ПМУ-1",'))).toHaveLength(1);
    expect(rows.filter((r) => r.startsWith('"Kazakhstan",'))).toHaveLength(11);
    expect(rows.every((r) => r.includes(`"${url}"`))).toBe(true);
    expect(exports.md).toContain('## Kazakhstan ×11');
    expect(exports.md).toMatch(/\| \d+ \| Казахстана \| Миротворцы ОДКБ покинули территорию Казахстана в январе 2022 года\. \|/);

    await popup.click('.page-entities li:nth-child(2) [data-control="reveal-mention"]');
    await article.bringToFront();
    const card = await waitForCard(article);
    expect(card.name).toBe('S-300');
    await popup.close();
    await article.close();
  });

  it('switches highlighting off and on for the site', async () => {
    const url = ctx().server.url('e2e/rewrite.html');
    const article = await ctx().session.openPage(url);
    await article.evaluate(() => (window as unknown as { rewrite(): boolean }).rewrite());
    await waitForPainted(article, ['kazakhstan:Kazakhstan', 'csto:CSTO', 's300:S-300']);
    const popup = await openPopup(url);
    const toggle = () => popup.click('[data-control="site-switch"]');
    await popup.waitFor(() => (document.querySelector('[data-control="site-switch"]') as HTMLInputElement | null)?.checked === true);
    await toggle();
    await popup.waitFor(() => document.body.textContent?.includes('Highlighting is off on this site.'));
    expect(await waitForPainted(article, [])).toEqual([]);
    await toggle();
    await popup.waitFor(() => document.querySelectorAll('.entity-line').length === 3);
    expect(await waitForPainted(article, ['kazakhstan:Kazakhstan', 'csto:CSTO', 's300:S-300'])).toHaveLength(3);
    await popup.close();
    await article.close();
  });

  it('reflows at 200 % zoom and every control is reachable by keyboard', async () => {
    const article = await ctx().session.openPage(ctx().server.url('demo/article.html'));
    expect(await waitForPainted(article, DEMO_MENTIONS)).toHaveLength(DEMO_MENTIONS.length);
    const popup = await openPopup(article.url());
    await popup.waitFor(() => document.querySelectorAll('.entity-line').length === 3);
    // 400×600 at 200 % zoom is a 200×300 CSS-pixel viewport: nothing may stick out sideways.
    await popup.setViewport(200, 300);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The search box and the footer stay in the short window; the page scrolls between them.
    const inView = (selector: string) =>
      popup.evaluate((s) => {
        const box = document.querySelector(s)?.getBoundingClientRect();
        return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
      }, selector);
    expect(await inView('[data-control="search"]')).toBe(true);
    expect(await inView('[data-control="open-options"]')).toBe(true);
    await popup.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inView('[data-control="search"]')).toBe(true);
    expect(await inView('[data-control="open-options"]')).toBe(true);
    // Every control is a native button, link or input in the tab order.
    expect(
      await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('a, button, input')].filter((el) => el.tabIndex < 0).length),
    ).toBe(0);
    await popup.close();
    await article.close();
  });

  it('keeps its footer in place while "On this page" fills in and changes', async () => {
    const article = await ctx().session.openPage(ctx().server.url('demo/article.html'));
    expect(await waitForPainted(article, DEMO_MENTIONS)).toHaveLength(DEMO_MENTIONS.length);
    const popup = await openPopup(article.url());
    const footerTop = () =>
      popup.evaluate(() => {
        const footer = document.querySelector('.popup-footer');
        return footer ? Math.round(footer.getBoundingClientRect().top) : null;
      });
    const first = await popup.waitFor(() => {
      const footer = document.querySelector('.popup-footer');
      return footer ? Math.round(footer.getBoundingClientRect().top) : null;
    });
    // It sits at the foot of the 600-pixel popup from the start, whatever is above it.
    expect(first).toBeGreaterThan(500);
    await popup.waitFor(() => document.querySelectorAll('.entity-line').length === 3);
    expect(await footerTop()).toBe(first);
    // Switched off for the site, the list gives way to one line; switched on, it comes back.
    await popup.click('[data-control="site-switch"]');
    await popup.waitFor(() => document.body.textContent?.includes('Highlighting is off on this site.'));
    expect(await footerTop()).toBe(first);
    await popup.click('[data-control="site-switch"]');
    await popup.waitFor(() => document.querySelectorAll('.entity-line').length === 3);
    expect(await footerTop()).toBe(first);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('says plainly when it may not read the tab', async () => {
    const options = await ctx().session.openExtensionPage('options.html?for-popup-test');
    const tabId = await ctx().extension.tabId(`${ctx().session.extensionOrigin}/options.html?for-popup-test`);
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    const text = await popup.waitFor(() => document.querySelector('.notice')?.textContent);
    expect(text).toContain("Browsers don't let extensions read this page");
    await popup.close();
    await options.close();
  });

  it('answers a near miss with nothing, finds passages naming several entities first, and counts in the plural only when there are several', async () => {
    const article = await ctx().session.openPage(ctx().server.url('demo/article.html'));
    const popup = await openPopup(article.url());
    // S-400 is not the S-300 (defect 7): no S-300 passages, no lone "S" marked.
    for (const query of ['S-400', 'S 400']) {
      const near = await searchFor(popup, query);
      expect(near.heading).toBe(`No passages mention ‘${query}’ yet.`);
      expect(near.documents).toEqual([]);
    }
    const typed = await searchFor(popup, 'Zgurrets');
    expect(typed.documents).toEqual([TAGALOG]);
    expect(await popup.evaluate(() => [...document.querySelectorAll('.result mark')].map((m) => m.textContent ?? '').filter((t) => [...t].length < 2))).toEqual([]);

    // Two entities: the passages naming both first, opened as a passage with both as chips.
    const both = await searchFor(popup, 'tokayev putin');
    expect(both.heading).toMatch(/^\d+ passages? about .*Tokayev.* and .*Putin.* \(passages naming all of them first\)$/);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    const chips = await popup.waitFor(() => {
      const found = [...document.querySelectorAll('.detail [data-control="chip"]')].map((c) => c.textContent ?? '');
      return found.length > 0 ? found : null;
    });
    expect((chips ?? []).some((c) => /Tokayev/.test(c)) && (chips ?? []).some((c) => /Putin/.test(c))).toBe(true);
    await popup.keyboard.press('Escape');

    // One passage: the singular (defect 11); the query keeps its case on screen.
    const one = await searchFor(popup, 'Akta');
    expect(one.heading).toBe('1 passage matching ‘Akta’');
    expect(await popup.evaluate(() => getComputedStyle(document.getElementById('results-heading') as Element).textTransform)).toBe('none');
    expect(popup.errors).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('opens a result with its button, an entity from a chip, and goes back with the back button', async () => {
    const article = await ctx().session.openPage(ctx().server.url('demo/article.html'));
    const popup = await openPopup(article.url());
    await searchFor(popup, 'Zgurrets');
    await popup.click('.result:first-child [data-control="open-result"]');
    await popup.waitFor(() => document.querySelector('.detail .detail-passage'));
    await popup.click('[data-control="chip"]');
    const name = await popup.waitFor(() => {
      const dialog = document.querySelector('.detail [role="dialog"]');
      const id = dialog?.getAttribute('aria-labelledby');
      return dialog && id ? document.getElementById(id)?.textContent : null;
    });
    expect(name).toBeTruthy();
    await popup.click('[data-control="back"]');
    expect(await popup.waitFor(() => document.querySelector('.results') !== null && !document.querySelector('.detail'))).toBe(true);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('opens the library on its Settings tab from the footer', async () => {
    const article = await ctx().session.openPage(ctx().server.url('demo/article.html'));
    const popup = await openPopup(article.url());
    // At once, as a person does: the footer does not move while "On this page" loads.
    await popup.click('[data-control="open-options"]');
    const client = await ctx().extension.page();
    const settingsTabs = () =>
      client.evaluate(async () => {
        type Tabs = { tabs: { query(q: object): Promise<{ url?: string }[]> } };
        const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
        return (await (g.browser ?? g.chrome)!.tabs.query({})).filter((t) => t.url?.endsWith('/options.html#settings')).length;
      });
    expect(await until(settingsTabs, (n) => n === 1, { what: 'a library tab on Settings' })).toBe(1);
    await popup.close().catch(() => undefined);
    await article.close();
  });

  it('lists look-alike forms once, exports every occurrence with whole sentences, the page and the time, safe for spreadsheets', async () => {
    const url = ctx().server.url('e2e/exports.html');
    const article = await ctx().session.openPage(url);
    const popup = await openPopup(url);
    const lines = await popup.waitFor(() => {
      const items = [...document.querySelectorAll('.entity-line')].map((b) => b.textContent ?? '');
      return items.length === 3 ? items : null;
    });
    expect(lines).toEqual([
      'Collective Security Treaty Organization (CSTO) ×5 — CSTO',
      'Kazakhstan ×4 — Kazakhstan, كازاخستان',
      'S-300 ×1 — إس-300',
    ]);
    // Page text of another direction sits in its own <bdi> (defect 4).
    expect(await popup.evaluate(() => [...document.querySelectorAll('.entity-line bdi')].map((b) => b.textContent))).toEqual(
      expect.arrayContaining(['كازاخستان', 'إس-300']),
    );

    const before = Date.now();
    const { csv, md } = await clickExports(popup);
    const rows = csv.split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(10);
    const cells = (row: string) => row.slice(1, -1).split('","');
    const csto = rows.filter((r) => r.startsWith('"Collective Security Treaty Organization (CSTO)"'));
    expect(csto).toHaveLength(5);
    expect(csto.map((r) => cells(r)[3])).toContain('Later, Kazakhstan hosted the CSTO summit in Almaty.');
    for (const row of rows) {
      const [, , , , title, pageUrl, time] = cells(row);
      expect(title).toBe('Export fixture: the CSTO in Almaty');
      expect(pageUrl).toBe(url);
      expect(Date.parse(time ?? '')).toBeGreaterThanOrEqual(before - 60_000);
    }
    expect(rows.map((r) => cells(r)[3])).toContain("'=1+2 is what Kazakhstan wrote in the minutes.");
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
    expect(md).toContain('# Mentions on Export fixture: the CSTO in Almaty');
    expect(md).toContain(`<${url}>`);
    expect(md).toContain('| Later, Kazakhstan hosted the CSTO summit in Almaty. |');
    expect(md.match(/^\| \d+ \|/gm)).toHaveLength(10);

    // A query of another direction keeps its order in the heading.
    const none = await searchFor(popup, 'إس-400');
    expect(none.heading).toBe('No passages mention ‘إس-400’ yet.');
    expect(await popup.evaluate(() => document.querySelector('#results-heading bdi')?.textContent)).toBe('إس-400');
    expect(popup.errors).toEqual([]);
    await popup.close();
    await article.close();
  });
});
