/**
 * Settings are changed as a person does — clicks and typing in the library's Settings tab and
 * the popup's site switch — then checked where they land: storage, an open page, the controls
 * after a reload, and the other pages showing settings. Also: open
 * shadow roots are read.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { join } from 'node:path';
import { isPaintedWithFill, mentionPoint, paintedMentions, waitForPainted } from '../harness/highlights';
import { ARTIFACTS } from '../../lib/dev/paths';
import { cardIsClosed, readCard, waitForCard } from '../../lib/dev/card';
import { until } from '../../lib/dev/until';

const REWRITE_EXPECTED = ['kazakhstan:Kazakhstan', 'csto:CSTO', 's300:S-300'];

/** What the Settings tab's controls show, read from the page. */
function shownControls() {
  const input = (selector: string) => document.querySelector<HTMLInputElement>(selector);
  return {
    enabled: input('[data-control="enabled"]')?.checked ?? null,
    style: input('[data-control="style"]:checked')?.value ?? null,
    trigger: input('[data-control="trigger"]:checked')?.value ?? null,
    delay: input('[data-control="hover-delay"]')?.value ?? null,
    csto: input('[data-control="entity"][data-entity="csto"]')?.checked ?? null,
    sites: [...document.querySelectorAll('[data-control="site-remove"]')].map((b) => b.getAttribute('data-site')),
  };
}

forEachBrowser((ctx) => {
  async function rewrittenPage() {
    const page = await ctx().session.openPage(ctx().server.url('e2e/rewrite.html'));
    await page.evaluate(() => (window as unknown as { rewrite(): boolean }).rewrite());
    expect(await waitForPainted(page, REWRITE_EXPECTED)).toEqual([...REWRITE_EXPECTED].sort());
    return page;
  }

  async function openSettings(): Promise<BrowserPage> {
    const options = await ctx().session.openExtensionPage('options.html#settings');
    await options.waitFor(() => document.querySelectorAll('[data-control="style"]').length === 2);
    return options;
  }

  async function openPopupFor(url: string): Promise<BrowserPage> {
    const tabId = await ctx().extension.tabId(url);
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    return popup;
  }

  /** Waits until storage holds `expected` (a subset of the settings); times out naming what it saw. */
  const stored = (expected: Record<string, unknown>) =>
    until(
      () => ctx().extension.storedSettings(),
      (got) => Object.entries(expected).every(([k, v]) => JSON.stringify(got[k]) === JSON.stringify(v)),
      { timeoutMs: 8000, what: `stored settings ${JSON.stringify(expected)}` },
    );

  const highlightNames = (page: BrowserPage) =>
    page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]
        .filter((n) => n.startsWith('backstory-') && n !== 'backstory-current')
        .sort(),
    );

  it('switches the style, an entity, the site and highlighting off and on from the Settings tab, kept after a reload', async () => {
    const page = await rewrittenPage();
    const url = page.url();
    expect(await highlightNames(page)).toEqual(['backstory-1', 'backstory-2', 'backstory-3']);
    let options = await openSettings();

    await options.click('[data-control="style"][value="underline"]');
    expect(await stored({ style: 'underline' })).toMatchObject({ style: 'underline' });
    await page.bringToFront();
    await page.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('backstory-1-underline'));
    expect(await highlightNames(page)).toEqual(['backstory-1-underline', 'backstory-2-underline', 'backstory-3-underline']);

    await options.bringToFront();
    await options.click('[data-control="entity"][data-entity="csto"]');
    expect(await stored({ entities: { csto: false } })).toMatchObject({ entities: { csto: false } });
    await page.bringToFront();
    expect(await waitForPainted(page, ['kazakhstan:Kazakhstan', 's300:S-300'])).toEqual(['kazakhstan:Kazakhstan', 's300:S-300']);

    // The site switched off in the popup shows up in the open Settings tab, no reload.
    const popup = await openPopupFor(url);
    await popup.waitFor(() => (document.querySelector('[data-control="site-switch"]') as HTMLInputElement | null)?.checked === true);
    await popup.click('[data-control="site-switch"]');
    expect(await stored({ disabledSites: ['127.0.0.1'] })).toMatchObject({ disabledSites: ['127.0.0.1'] });
    await page.bringToFront();
    expect(await waitForPainted(page, [])).toEqual([]);
    await options.bringToFront();
    expect(await options.waitFor(() => document.querySelector('[data-control="site-remove"]')?.getAttribute('data-site'))).toBe('127.0.0.1');

    await options.click('[data-control="enabled"]');
    expect(await stored({ enabled: false })).toMatchObject({ enabled: false });
    await page.bringToFront();
    expect(await paintedMentions(page)).toEqual([]);
    // The open popup follows too: its switch says highlighting is paused everywhere.
    await popup.bringToFront();
    expect(await popup.waitFor(() => document.querySelector('.site-switch')?.textContent?.includes('Highlighting is paused everywhere'))).toBe(true);
    expect(await popup.evaluate(() => (document.querySelector('[data-control="site-switch"]') as HTMLInputElement).disabled)).toBe(true);
    await popup.close();

    // A reload shows what was saved.
    await options.close();
    options = await openSettings();
    expect(await options.evaluate(shownControls)).toEqual({
      enabled: false, style: 'underline', trigger: 'hover', delay: '300', csto: false, sites: ['127.0.0.1'],
    });

    // And back, control by control.
    await options.click('[data-control="enabled"]');
    await options.click('[data-control="site-remove"][data-site="127.0.0.1"]');
    await options.click('[data-control="entity"][data-entity="csto"]');
    await options.click('[data-control="style"][value="fill"]');
    expect(await stored({ enabled: true, disabledSites: [], entities: { csto: true }, style: 'fill' })).toMatchObject({
      enabled: true, disabledSites: [], entities: { csto: true }, style: 'fill',
    });
    await page.bringToFront();
    expect(await waitForPainted(page, REWRITE_EXPECTED)).toEqual([...REWRITE_EXPECTED].sort());
    expect(await highlightNames(page)).toEqual(['backstory-1', 'backstory-2', 'backstory-3']);
    expect(page.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    await options.close();
    await page.close();
  });

  it('applies a change made in the options page to an open page', async () => {
    const page = await rewrittenPage();
    const options = await openSettings();
    await options.click('[data-control="style"][value="underline"]');
    await page.bringToFront();
    expect(await page.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('backstory-2-underline'))).toBe(true);
    await options.bringToFront();
    await options.click('[data-control="style"][value="fill"]');
    expect(await stored({ style: 'fill' })).toMatchObject({ style: 'fill' });
    await options.close();
    await page.close();
  });

  it('in click-only mode, hovering does not open a card but clicking does', async () => {
    // With a zero delay, a hover card would open right after the next frames: none must.
    let options = await openSettings();
    await options.fill('[data-control="hover-delay"]', '0');
    await options.keyboard.press('Tab');
    await options.click('[data-control="trigger"][value="click"]');
    expect(await stored({ trigger: 'click', hoverDelayMs: 0 })).toMatchObject({ trigger: 'click', hoverDelayMs: 0 });
    await options.close();
    options = await openSettings();
    expect(await options.evaluate(shownControls)).toMatchObject({ trigger: 'click', delay: '0' });
    expect(await options.evaluate(() => (document.querySelector('[data-control="hover-delay"]') as HTMLInputElement).disabled)).toBe(true);

    const page = await rewrittenPage();
    const point = await mentionPoint(page, 'CSTO');
    if (!point) throw new Error('mention not painted');
    await page.mouse.move(point.x, point.y);
    // Two frames (the hit test runs in one) and a task (the zero-delay timer) later.
    await page.waitFor(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 0)))),
    );
    expect(await readCard(page)).toBeNull();
    await page.mouse.click(point.x, point.y);
    const card = await waitForCard(page);
    expect(card.name).toContain('CSTO');
    await page.keyboard.press('Escape');
    await cardIsClosed(page);
    await page.close();

    // Back to the defaults, through the same controls.
    await options.bringToFront();
    await options.click('[data-control="trigger"][value="hover"]');
    // The delay field is enabled once hover cards are on again, as a person sees before typing.
    await options.waitFor(() => !(document.querySelector('[data-control="hover-delay"]') as HTMLInputElement).disabled);
    await options.fill('[data-control="hover-delay"]', '300');
    await options.keyboard.press('Enter');
    expect(await stored({ trigger: 'hover', hoverDelayMs: 300 })).toMatchObject({ trigger: 'hover', hoverDelayMs: 300 });
    expect(options.errors).toEqual([]);
    await options.close();
  });

  it('reads text inside open shadow roots', async () => {
    const page = await ctx().session.openPage(ctx().server.url('e2e/shadow.html'));
    const got = await page.waitFor(() => {
      const teaser = document.getElementById('teaser')?.shadowRoot;
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const texts: string[] = [];
      for (const [name, h] of registry) {
        if (!name.startsWith('backstory-')) continue;
        for (const r of h) {
          if (r.startContainer.getRootNode() !== teaser) continue;
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          texts.push(live.toString());
        }
      }
      return texts.length === 2 ? texts.sort() : null;
    });
    expect(got).toEqual(['CSTO', 'Kazakhstan']);
    // Painted, not only registered (Firefox needs the rules adopted by the shadow root), and
    // reachable by the pointer (the caret lookup must be given the shadow root).
    const shot = join(ARTIFACTS, `${ctx().browserName}-shadow.png`);
    expect(await isPaintedWithFill(page, 'Kazakhstan', 'kazakhstan', shot)).toBe(true);
    expect(await isPaintedWithFill(page, 'CSTO', 'csto', shot)).toBe(true);
    const point = await mentionPoint(page, 'Kazakhstan');
    if (!point) throw new Error('no box for the mention');
    await page.mouse.click(point.x, point.y);
    expect((await waitForCard(page)).name).toContain('Kazakhstan');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
