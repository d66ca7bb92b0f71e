/** The skeleton works end to end: background, content script, popup and options in both browsers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS } from '../../lib/dev/paths';
import { forEachBrowser } from '../harness/session';
import { until } from '../../lib/dev/until';

forEachBrowser((ctx) => {
  it('the background answers a typed message', async () => {
    const reply = await ctx().extension.background('ping', null);
    expect(reply).toMatchObject({ ok: true, value: { version: '0.1.0' } });
  });

  it('the content script runs on a fixture page and answers the popup', async () => {
    const url = ctx().server.url('pages/rferl-en.html');
    const page = await ctx().session.openPage(url);
    try {
      await page.waitFor(() => document.readyState === 'complete');
      // The content script may still be starting (it reads the page once parsed): ask until it answers.
      const reply = await until(
        () => ctx().extension.tab(url, 'pageMentions', null),
        (r) => r.ok,
        { what: 'the content script to answer' },
      );
      if (!reply.ok) return;
      expect(reply.value.url).toBe(url);
      expect(reply.value.blocks).toBeGreaterThan(20);
    } finally {
      await page.close();
    }
  });

  it('renders the popup and the options page with Preact and i18n strings', async () => {
    for (const [path, selector, text] of [
      ['popup.html', 'label[for="q"]', 'Search the corpus'],
      ['options.html', 'h1', 'Backstory library'],
    ] as const) {
      const page = await ctx().session.openExtensionPage(path);
      try {
        expect(await page.waitFor((sel) => document.querySelector(sel)?.textContent ?? '', selector)).toBe(text);
        expect(await page.evaluate(() => document.title)).toBe(path === 'popup.html' ? 'Backstory' : 'Backstory library');
        expect(page.errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});

describe('the built manifests', () => {
  it('take every string a user sees from _locales', () => {
    for (const dir of Object.values(BUILD_DIRS)) {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        name: string;
        description: string;
        action: { default_title: string };
        commands: Record<string, { description: string }>;
      };
      const visible = [manifest.name, manifest.description, manifest.action.default_title, ...Object.values(manifest.commands).map((c) => c.description)];
      expect(visible.filter((s) => !/^__MSG_\w+__$/.test(s)), dir).toEqual([]);
    }
  });
});
