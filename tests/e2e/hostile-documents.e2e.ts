/**
 * Documents are untrusted: a Markdown file, a JSON batch and an HTML page full of markup —
 * `<script>`, `<img onerror>`, `<svg onload>`, `javascript:` links, `<style>`, `<iframe>`,
 * `<object>`, quoted markup and bidi overrides — are imported through the Documents tab as a
 * person does, then read in the library, in a card on a page and in the popup's search. Nothing
 * runs, nothing loads, nothing becomes an element: the markup is shown as the text it is, and
 * override characters stay inside their own isolate.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { CARD_HOST, evaluateInCard, waitForCard } from '../../lib/dev/card';
import { waitInShadow } from '../../lib/dev/closed-shadow';
import { FIXTURES } from '../../lib/dev/paths';
import { startFixtureServer, type FixtureServer } from '../../lib/dev/server';
import { waitForPainted } from '../harness/highlights';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { documentsState, importAndWait, importFixture, popupSearchTitles } from './support/library';

vi.setConfig({ testTimeout: 150_000 });

/** Elements that would mean document text became markup. */
const INJECTED = 'img, script, svg, iframe, object, embed, a[href^="javascript:"], [onerror], [onload], [onclick]';

/** What a document's text must never do where it is shown, read in that page. */
function injectedIn(page: BrowserPage, scope: string) {
  return page.evaluate(
    ({ scope, selector }) => ({
      elements: [...document.querySelectorAll(`${scope} :is(${selector})`)].map((e) => e.outerHTML),
      ran: (window as { __ran?: unknown }).__ran ?? null,
    }),
    { scope, selector: INJECTED },
  );
}

/**
 * For every piece of text under `root` (the page's body when null) holding a bidi control
 * character: whether an isolate of its passage's own (a `<bdi>` or an element with its own `dir`,
 * inside the passage, not the whole UI's) holds it, so that an override cannot reach past it.
 */
function overridesIsolated(root: ParentNode | null): boolean[] {
  const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
  const found: boolean[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/[\u202a-\u202e\u2066-\u2069]/.test((node as Text).data)) continue;
    const isolate = node.parentElement?.closest('bdi, [dir]');
    found.push(!!isolate && !!isolate.closest('.passage'));
  }
  return found;
}

/** Clicks the card's "More passages" with the mouse until it has shown them all. */
async function showEveryPassage(page: BrowserPage): Promise<void> {
  for (;;) {
    const button = await evaluateInCard(page, (root) => {
      const b = root.querySelector<HTMLButtonElement>('.more-passages');
      if (!b) return null;
      b.scrollIntoView({ block: 'nearest' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, shown: root.querySelectorAll('.passage').length };
    }, null);
    if (!button) return;
    await page.mouse.click(button.x, button.y);
    await waitInShadow(page, CARD_HOST, (root, shown) => root.querySelectorAll('.passage').length > shown || !root.querySelector('.more-passages'), button.shown);
  }
}

const HOSTILE = ['hostile.md', 'hostile.json', 'hostile.html'];

// The documents' markup points at this server's /beacon/…: a request there means some page —
// the library parsing a file, the card, the popup — loaded markup from a document.
const beacons: string[] = [];
let server: FixtureServer | undefined;
let folder = '';
let beacon = '';
beforeAll(async () => {
  server = await startFixtureServer(FIXTURES, [
    (req: IncomingMessage) => {
      if (req.url?.startsWith('/beacon')) beacons.push(req.url);
      return false;
    },
  ]);
  beacon = server.url('beacon');
  folder = mkdtempSync(join(tmpdir(), 'backstory-hostile-'));
  for (const name of HOSTILE) writeFileSync(join(folder, name), readFileSync(importFixture(name), 'utf8').replaceAll('{{BEACON}}', beacon));
});
afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Chromium reports the inline handlers it refused to compile when DOMParser reads the HTML file. */
const REFUSED_HANDLER = /^Executing inline event handler violates .* The action has been blocked\.$/;

forEachBrowser((ctx) => {
  it('imports documents full of markup and shows them as text in the library, a card and the popup', async () => {
    if (!server) throw new Error('no server');
    beacons.length = 0;
    const library = await ctx().session.openExtensionPage('options.html');
    await library.chooseFiles('#import-files', HOSTILE.map((name) => join(folder, name)));
    await library.waitFor(() => document.querySelectorAll('fieldset.draft').length === 3);
    expect((await documentsState(library)).drafts).toEqual(['hostile.md', 'hostile.json', 'hostile.html']);
    // The preview: titles are editable text fields holding the markup as characters.
    expect(await library.evaluate(() => (document.getElementById('draft-1-title') as HTMLInputElement).value)).toBe(
      'Quince <svg onload="window.__ran = \'json-title\'"></svg> notes',
    );
    expect(await importAndWait(library)).toMatch(/^Imported 3 documents \(\d+ passages\)\.$/);
    await library.waitFor(() => document.querySelectorAll('.documents .doc-title').length === 3);
    const titles = (await documentsState(library)).titles;
    expect(titles).toEqual(expect.arrayContaining([
      'Quince <svg onload="window.__ran = \'json-title\'"></svg> notes',
      `Quince dispatch <img src=${beacon}/html-title onerror=alert(1)>`,
    ]));
    expect(await injectedIn(library, 'main')).toEqual({ elements: [], ran: null });

    // A card on a page: the passages keep their markup as text, in the page's own world nothing ran.
    const page = await ctx().session.openPage(server.url('import/page.html'));
    await waitForPainted(page, ['csto:CSTO', 'kazakhstan:Kazakhstan', 's300:S-300']);
    await page.hover('#csto');
    await waitForCard(page);
    // Every passage of the three documents, not only the first few: "More passages" until none are left.
    await showEveryPassage(page);
    const card = await evaluateInCard(
      page,
      (root, selector) => ({
        text: root.textContent ?? '',
        elements: [...root.querySelectorAll(selector)].map((e) => e.outerHTML),
      }),
      INJECTED,
    );
    expect(card?.elements).toEqual([]);
    expect(card?.text).toContain(`<img src="${beacon}/html" onerror="window.__ran = 'html-quoted'">`);
    expect(card?.text).toContain(`<img src=${beacon}/json onerror="window.__ran = 'json'">`);
    expect(await evaluateInCard(page, overridesIsolated, null)).toEqual(expect.arrayContaining([true]));
    expect(await evaluateInCard(page, overridesIsolated, null)).not.toContain(false);
    expect(await page.evaluate(() => (window as { __ran?: unknown }).__ran ?? null)).toBeNull();

    // The popup's search for a word only these documents use.
    const tabId = await ctx().extension.tabId(page.url());
    const popup = await ctx().session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    const found = await popupSearchTitles(popup, 'quince');
    expect(found).toEqual(expect.arrayContaining(['Quince <svg onload="window.__ran = \'json-title\'"></svg> notes']));
    expect(await injectedIn(popup, 'body')).toEqual({ elements: [], ran: null });
    expect(await popup.evaluate(() => document.querySelector('.results')?.textContent ?? '')).toContain(`<img src=${beacon}/json onerror=`);
    expect(await popup.evaluate(overridesIsolated, null)).toEqual(expect.arrayContaining([true]));
    expect(await popup.evaluate(overridesIsolated, null)).not.toContain(false);

    // Nothing was fetched on any page's behalf, and no page logged a refused script or resource.
    expect(beacons).toEqual([]);
    for (const p of [page, popup]) expect(p.errors).toEqual([]);
    expect(library.errors.filter((e) => !REFUSED_HANDLER.test(e))).toEqual([]);
    for (const p of [popup, page, library]) await p.close();
  });
});
