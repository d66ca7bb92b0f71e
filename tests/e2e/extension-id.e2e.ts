/**
 * A page learns nothing from Backstory's start: no message on its window and nothing with the
 * extension's id (WXT's content-script context used to post one).
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';
import { waitForPainted } from '../harness/highlights';
import { GECKO_ID } from '../../lib/build/ids';

forEachBrowser((ctx) => {
  it('posts nothing to the page, and nothing the page receives names the extension', async () => {
    const page = await ctx().session.openPage(ctx().server.url('e2e/listens-for-messages.html'));
    // Backstory has started and scanned the page.
    expect(await waitForPainted(page, ['csto:CSTO', 'kazakhstan:Kazakhstan'])).toHaveLength(2);
    const messages = await page.waitFor(() => {
      const m = (window as unknown as { __messages: { origin: string; data: string }[] }).__messages;
      return m.length > 0 ? m : false;
    });
    if (!messages) throw new Error('no message recorded');
    expect(messages.map((m) => m.data)).toEqual([JSON.stringify({ type: 'page-own' })]);
    const extensionId = new URL(ctx().session.extensionOrigin).host;
    const seen = JSON.stringify(messages);
    for (const secret of [extensionId, GECKO_ID, 'wxt', 'content-script-started']) expect(seen).not.toContain(secret);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
