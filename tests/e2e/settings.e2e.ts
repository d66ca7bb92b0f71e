/** Settings are honoured live, and open shadow roots are read (issue 5). */
import { afterEach, expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';
import { join } from 'node:path';
import { isPaintedWithFill, mentionPoint, paintedMentions, waitForPainted } from '../harness/highlights';
import { ARTIFACTS } from '../harness/paths';
import { cardIsClosed, readCard, waitForCard } from '../harness/card';

const REWRITE_EXPECTED = ['kazakhstan:Kazakhstan', 'csto:CSTO', 's300:S-300'];

forEachBrowser((ctx) => {
  afterEach(async () => {
    await ctx().extension.setSettings({});
  });

  async function rewrittenPage() {
    const page = await ctx().session.openPage(ctx().server.url('e2e/rewrite.html'));
    await page.evaluate(() => (window as unknown as { rewrite(): boolean }).rewrite());
    expect(await waitForPainted(page, REWRITE_EXPECTED)).toEqual([...REWRITE_EXPECTED].sort());
    return page;
  }

  const highlightNames = (page: Awaited<ReturnType<typeof rewrittenPage>>) =>
    page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]
        .filter((n) => n.startsWith('backstory-') && n !== 'backstory-current')
        .sort(),
    );

  it('switches the highlight style, entities and the site on and off without a reload', async () => {
    const page = await rewrittenPage();
    expect(await highlightNames(page)).toEqual(['backstory-1', 'backstory-2', 'backstory-3']);

    await ctx().extension.setSettings({ style: 'underline' });
    await page.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('backstory-1-underline'));
    expect(await highlightNames(page)).toEqual(['backstory-1-underline', 'backstory-2-underline', 'backstory-3-underline']);

    await ctx().extension.setSettings({ entities: { csto: false } });
    expect(await waitForPainted(page, ['kazakhstan:Kazakhstan', 's300:S-300'])).toEqual(['kazakhstan:Kazakhstan', 's300:S-300']);

    await ctx().extension.setSettings({ disabledSites: ['127.0.0.1'] });
    expect(await waitForPainted(page, [])).toEqual([]);

    await ctx().extension.setSettings({ enabled: false });
    expect(await paintedMentions(page)).toEqual([]);

    await ctx().extension.setSettings({});
    expect(await waitForPainted(page, REWRITE_EXPECTED)).toEqual([...REWRITE_EXPECTED].sort());
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('applies a change made in the options page to an open page', async () => {
    const page = await rewrittenPage();
    const options = await ctx().session.openExtensionPage('options.html#settings');
    await options.waitFor(() => document.querySelectorAll('input[name="style"]').length === 2);
    await options.evaluate(() => document.querySelectorAll<HTMLInputElement>('input[name="style"]')[1]?.click());
    await page.bringToFront();
    expect(await page.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('backstory-2-underline'))).toBe(true);
    await options.close();
    await page.close();
  });

  it('in click-only mode, hovering does not open a card but clicking does', async () => {
    // With a zero delay, a hover card would open right after the next frames: none must.
    await ctx().extension.setSettings({ trigger: 'click', hoverDelayMs: 0 });
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
