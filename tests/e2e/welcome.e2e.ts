/**
 * The first-run page: opened by the install itself, its sample paragraph highlighted by the real
 * matcher and opening real cards, the shortcuts as the browser bound them, the way to the library.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { waitForCard } from '../../lib/dev/card';
import { isPaintedWithFill, mentionPoint, waitForPainted } from '../harness/highlights';
import { ARTIFACTS } from '../../lib/dev/paths';
import { clickElement } from '../harness/pointer';
import { forEachBrowser } from '../harness/session';
import { until } from '../../lib/dev/until';

interface TabsApi {
  tabs: { query(q: object): Promise<{ url?: string }[]> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
}

const SAMPLE = [
  'kazakhstan:Kazakhstan', 'csto:CSTO', 's300:S-300', 'kazakhstan:Казахстана', 'csto:ОДКБ', 'kazakhstan:कज़ाख़स्तान',
];

forEachBrowser((ctx) => {
  it('opens by itself on install', async () => {
    const welcome = `${ctx().session.extensionOrigin}/welcome.html`;
    const page = await ctx().extension.page();
    const urls = await until(
      () => page.evaluate(async () => {
        const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
        return (await (g.browser ?? g.chrome)!.tabs.query({})).map((tab) => tab.url ?? '');
      }),
      (list) => list.includes(welcome),
      { what: 'the first-run tab' },
    );
    expect(urls.filter((url) => url === welcome)).toHaveLength(1);
  });

  it('says what Backstory does and promises privacy, highlights its sample, and opens a card on hover', async () => {
    const page = await ctx().session.openExtensionPage('welcome.html');
    await page.setViewport(1000, 900);
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Welcome to Backstory');
    expect(await page.evaluate(() => document.querySelector('.privacy')?.textContent)).toMatch(/^Nothing you read, search or keep leaves your browser/);
    expect(await waitForPainted(page, SAMPLE)).toEqual([...SAMPLE].sort());
    expect(await isPaintedWithFill(page, 'Kazakhstan', 'kazakhstan', join(ARTIFACTS, `welcome-${ctx().browserName}.png`))).toBe(true);

    const point = await mentionPoint(page, 'ОДКБ');
    if (!point) throw new Error('no ОДКБ painted');
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page);
    expect(card.name).toBe('Collective Security Treaty Organization (CSTO)');
    expect(card.passageTitles.length).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lists the shortcuts exactly as the browser has bound them', async () => {
    const page = await ctx().session.openExtensionPage('welcome.html');
    const bound = await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      const all = await (g.browser ?? g.chrome)!.commands.getAll();
      return all.filter((c) => c.name !== '_execute_action').map((c) => ({ name: c.name, keys: c.shortcut, text: c.description }));
    });
    expect(bound.map((c) => c.keys)).toEqual(['Alt+Shift+K', 'Alt+Shift+J']);
    const shown = await page.waitFor(() => {
      const rows = [...document.querySelectorAll('.shortcuts > div')];
      return rows.length
        ? rows.map((row) => ({
            name: row.getAttribute('data-command'),
            keys: [...row.querySelectorAll('kbd')].map((k) => k.textContent).join('+'),
            text: row.querySelector('dd')?.textContent,
          }))
        : null;
    });
    expect(shown).toEqual(bound);
    await page.close();
  });

  it('leads on to the library and settings', async () => {
    const page = await ctx().session.openExtensionPage('welcome.html');
    await clickElement(page, '.next a');
    await page.waitFor(() => location.pathname === '/options.html' && document.querySelector('h1')?.textContent === 'Backstory library');
    await page.close();
  });

  it('shows what is new only when the version at the foot of the options page is clicked', async () => {
    const page = await ctx().session.openExtensionPage('options.html');
    const button = await page.waitFor(() => document.querySelector('.version-footer .version')?.textContent);
    expect(button).toBe('Backstory 0.1.0 — what\'s new');
    expect(await page.evaluate(() => document.getElementById('whats-new'))).toBeNull();
    await page.click('[data-control="version"]');
    const shown = await page.waitFor(() => {
      const section = document.getElementById('whats-new');
      return section && { heading: section.querySelector('h2')?.textContent, items: section.querySelectorAll('li').length };
    });
    expect(shown?.heading).toBe('New in 0.1.0');
    expect(shown?.items).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.querySelector('.version-footer .version')?.getAttribute('aria-expanded'))).toBe('true');
    await page.close();
  });

  it('links the privacy policy from the options page, shipped inside the extension', async () => {
    const page = await ctx().session.openExtensionPage('options.html');
    await page.waitFor(() => !!document.querySelector('[data-control="privacy-policy"]'));
    await page.click('[data-control="privacy-policy"]');
    const policy = await page.waitFor(() =>
      location.pathname === '/privacy.html' && document.querySelector('h1')
        ? { title: document.title, h1: document.querySelector('h1')?.textContent, first: document.querySelector('main > p')?.textContent }
        : null,
    );
    expect(policy).toEqual({
      title: 'Backstory privacy policy',
      h1: 'Backstory privacy policy',
      first: 'Backstory collects no data. Nothing you read, search or keep leaves your browser.',
    });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
