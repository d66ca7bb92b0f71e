/** The card keeps its own look on a hostile page, stays in the viewport and follows scrolling. */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';
import { waitInShadow } from '../../lib/dev/closed-shadow';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { evaluateInCard, waitForCard } from '../../lib/dev/card';

forEachBrowser((ctx) => {
  it('is unaffected by the page CSS and stays inside the viewport while the page scrolls', async () => {
    const page = await ctx().session.openPage(ctx().server.url('e2e/hostile.html'));
    await page.setViewport(900, 600);
    await waitForPainted(page, ['csto:CSTO', 's300:S-300', 'kazakhstan:Kazakhstan']);
    const point = await mentionPoint(page, 'CSTO');
    if (!point) throw new Error('mention not painted');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page);
    const look = async () => {
      const seen = await evaluateInCard(page, (root) => {
        const host = root.host as HTMLElement;
        const box = root.querySelector('.floating') as HTMLElement;
        const title = root.querySelector('h2') as HTMLElement;
        const rect = box.getBoundingClientRect();
        const style = getComputedStyle(title);
        return {
          hostDisplay: getComputedStyle(host).display,
          hostOpacity: getComputedStyle(host).opacity,
          titleColor: style.color,
          titleSize: style.fontSize,
          titleDisplay: style.display,
          inViewport: rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
          top: rect.top,
        };
      }, null);
      if (!seen) throw new Error('no card host');
      return seen;
    };
    const before = await look();
    expect(before).toMatchObject({ hostDisplay: 'block', hostOpacity: '1', titleSize: '17px', titleDisplay: 'block', inViewport: true });
    expect(before.titleColor).not.toBe('rgb(255, 0, 0)');

    // Scroll the mention up a little: the card moves with it and stays inside the viewport.
    await page.evaluate(() => window.scrollBy(0, 40));
    const after = await waitInShadow(page, 'backstory-card', (root, top) => {
      const box = root.querySelector('.floating');
      const rect = box?.getBoundingClientRect();
      return rect && rect.top !== top ? { top: rect.top, bottom: rect.bottom } : null;
    }, before.top);
    if (!after) throw new Error('the card did not move');
    expect(after.top).toBeLessThan(before.top);
    expect(after.top).toBeGreaterThanOrEqual(0);
    expect(after.bottom).toBeLessThanOrEqual(600);
    // The page's own CSS is untouched by the card's.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('span') as Element).color)).toBe('rgb(255, 0, 0)');
    await page.close();
  });
});
