/** The manifest's icons and the toolbar button's icons load in the browser, at the sizes declared. */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';

interface IconApi {
  runtime: {
    getManifest(): { icons?: Record<string, string>; action?: { default_icon?: Record<string, string> } };
    getURL(path: string): string;
  };
}

forEachBrowser((ctx) => {
  it('declares icons the browser can load, at every declared size, for the extension and its button', async () => {
    const page = await ctx().extension.page();
    const loaded = await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: IconApi; chrome?: IconApi };
      const api = (g.browser ?? g.chrome)!;
      const manifest = api.runtime.getManifest();
      const sizes = async (icons: Record<string, string> | undefined) =>
        Promise.all(
          Object.entries(icons ?? {}).map(async ([size, path]) => {
            const image = new Image();
            image.src = api.runtime.getURL(path);
            await image.decode();
            return [Number(size), image.naturalWidth, image.naturalHeight];
          }),
        );
      return {
        icons: await sizes(manifest.icons),
        action: await sizes(manifest.action?.default_icon),
      };
    });
    const expected = [16, 32, 48, 96, 128].map((s) => [s, s, s]);
    expect(loaded.icons).toEqual(expected);
    expect(loaded.action).toEqual(expected);
  });
});
