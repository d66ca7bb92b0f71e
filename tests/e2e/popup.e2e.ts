/** The popup: search across scripts, "On this page", exports and the site switch (issue 6). */
import { expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { waitForPainted } from '../harness/highlights';
import { DEMO_MENTIONS } from './demo-article';
import { waitForCard } from '../harness/card';

const TAGALOG = '000_64255a36b834ab02';
const HINDI = '001_f757772c22decdf9';

/** The seed documents behind the results. */
async function resultDocuments(popup: BrowserPage): Promise<string[]> {
  const ids = await popup.evaluate(() =>
    [...document.querySelectorAll('.result .passage')].map((p) => p.getAttribute('data-document') ?? ''),
  );
  return [...new Set(ids)].sort();
}

async function searchFor(popup: BrowserPage, query: string): Promise<{ heading: string; documents: string[] }> {
  await popup.evaluate(() => {
    const input = document.getElementById('q') as HTMLInputElement;
    input.focus();
    input.select();
  });
  await popup.keyboard.type(query);
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
    expect(lines).toEqual([
      'Kazakhstan ×11 — Kazakhstan, Казахстана, Kazakhstan\'s, कज़ाख़स्तान, कजाकिस्तान, Kasachstans, Kazakistan’ın, كازاخستان, 哈萨克斯坦',
      'S-300 ×9 — S-300, S‑300, S-300PMU-2, С-300ПМУ-1, एस-300, إس-300, S–300',
      'Collective Security Treaty Organization (CSTO) ×9 — CSTO, Collective Security Treaty Organization, ОДКБ, सामूहिक सुरक्षा संधि संगठन, सीएसटीओ, Collective Security Organization, 集安组织',
    ]);
    const exports = await popup.evaluate(async () => {
      const read = async (name: string) => {
        const a = document.querySelector<HTMLAnchorElement>(`a[download="${name}"]`);
        return a ? (await fetch(a.href)).text() : '';
      };
      return { csv: await read('backstory-mentions.csv'), md: await read('backstory-mentions.md') };
    });
    expect(exports.csv.split('\r\n')[0]).toBe('"entity","entity_id","form","count","sentence"');
    expect(exports.csv).toContain('"Kazakhstan","kazakhstan","Казахстана","2","Миротворцы ОДКБ покинули территорию Казахстана в январе 2022 года."');
    expect(exports.csv).toContain('"S-300","s300","С-300ПМУ-1","1",');
    expect(exports.md).toContain('## Kazakhstan ×11');
    expect(exports.md).toContain('| Казахстана | 2 | Миротворцы ОДКБ покинули территорию Казахстана в январе 2022 года. |');

    await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.entity-line')][1]?.click());
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
    const toggle = () => popup.evaluate(() => (document.querySelector('.site-switch input') as HTMLInputElement).click());
    await popup.waitFor(() => (document.querySelector('.site-switch input') as HTMLInputElement | null)?.checked === true);
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
    // Every control is a native button, link or input in the tab order.
    expect(
      await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('a, button, input')].filter((el) => el.tabIndex < 0).length),
    ).toBe(0);
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
});
