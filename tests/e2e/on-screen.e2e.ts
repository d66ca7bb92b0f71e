/**
 * Text on screen is highlighted, whatever its attributes say: a headline
 * marked aria-hidden (hidden from screen readers, not from the eye), an @handle that is exactly a
 * watched name, and a name quoted right after a URL. Real handles, addresses and URLs stay out.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { waitForCard } from '../../lib/dev/card';

const PAGE = 'e2e/on-screen.html';

forEachBrowser((ctx) => {
  it('highlights visible aria-hidden text, @Kazakhstan and a name quoted after a URL', async () => {
    const url = ctx().server.url(PAGE);
    const page = await ctx().session.openPage(url);
    const expected = ['kazakhstan:Kazakhstan', 'kazakhstan:Kazakhstan', 'kazakhstan:Kazakhstan'];
    expect(await waitForPainted(page, expected)).toEqual(expected);
    // Counted as shown, the aria-hidden headline included.
    const reply = await ctx().extension.tab(url, 'pageMentions', null);
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.entities.map((e) => `${e.entity}×${e.count}`)).toEqual(['kazakhstan×3']);
    // The headline's mention is a mention like any other: the pointer opens its card.
    const point = await mentionPoint(page, 'Kazakhstan');
    if (!point) throw new Error('mention not painted');
    await page.mouse.click(point.x, point.y);
    expect((await waitForCard(page)).name).toBe('Kazakhstan');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
