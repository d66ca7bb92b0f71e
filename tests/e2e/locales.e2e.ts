/**
 * The UI in another language, in both browsers with their UI switched to it (Chromium --lang,
 * Firefox intl.locale.requested with its language pack): the text comes out translated, nothing
 * overflows at 200 % zoom in the longest locale, and Arabic mirrors.
 *
 * Zoom: at 200 % a browser lays a page out in half as many CSS pixels as the window has device
 * pixels (a 1280×900 window shows a 640×450 CSS viewport; a toolbar popup, at most 800×600 device
 * pixels, is 400×300). Layout depends only on that CSS viewport, so the tests set it: the
 * browsers' own zoom is not scriptable from either driver, and a device scale factor (Chromium's
 * --force-device-scale-factor, CDP Emulation.setPageScaleFactor) scales pixels, not layout. The
 * screenshots stay at one device pixel per CSS pixel so tests/harness/png.ts can read them box by
 * box; they are kept in tests/.artifacts/locales/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { evaluateInCard } from '../../lib/dev/card';
import { waitInShadow } from '../../lib/dev/closed-shadow';
import { DEMO, DEMO_MENTIONS } from './demo-article';
import { inkAtEdges, inkCentre, overflowAudit, screenshot } from './support/layout-audit';
import { LONGEST_LOCALE } from './support/longest-locale';

const message = (folder: string, key: string): string =>
  (JSON.parse(readFileSync(`lib/public/_locales/${folder}/messages.json`, 'utf8')) as Record<string, { message: string }>)[key]?.message ?? '';

/** Runs in the page: how far the first line of `selector`'s text sits from each side of its box. */
function textSides(selector: string) {
  const el = document.querySelector(selector);
  if (!el) return null;
  const range = document.createRange();
  range.selectNodeContents(el);
  const line = range.getClientRects()[0];
  const box = el.getBoundingClientRect();
  return line ? { fromLeft: line.left - box.left, fromRight: box.right - line.right } : null;
}

const viewportBox = (page: BrowserPage) =>
  page.evaluate(() => ({ x: 0, y: 0, width: document.documentElement.clientWidth, height: window.innerHeight }));

const FOLDERS: Record<string, string> = { [LONGEST_LOCALE]: LONGEST_LOCALE, ar: 'ar' };

for (const locale of [LONGEST_LOCALE, 'ar']) {
  const folder = FOLDERS[locale] ?? locale;
  const rtl = locale === 'ar';
  describe(`${locale} UI`, () => {
    forEachBrowser(
      (ctx) => {
        it(`popup: translated, ${rtl ? 'right to left' : 'left to right'}, no overflow at 200 % (400×300)`, async () => {
          const popup = await ctx().session.openExtensionPage('popup.html');
          await popup.setViewport(400, 300);
          await popup.waitFor(() => document.activeElement?.id === 'q');
          expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction])).toEqual([
            locale,
            rtl ? 'rtl' : 'ltr',
            rtl ? 'rtl' : 'ltr',
          ]);
          expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#q')?.placeholder)).toBe(message(folder, 'searchPlaceholder'));
          await popup.keyboard.type('Kazakhstan');
          await popup.waitFor(() => document.querySelector('.result') && document.querySelector('section[aria-busy="false"]'));
          expect(await popup.evaluate(overflowAudit, null)).toEqual([]);
          const sides = await popup.evaluate(textSides, '#results-heading');
          expect(sides).not.toBeNull();
          if (rtl) expect(sides?.fromRight).toBeLessThan(sides?.fromLeft ?? 0);
          else expect(sides?.fromLeft).toBeLessThan(sides?.fromRight ?? 0);
          const pixels = await screenshot(popup, `${ctx().browserName}-${locale}-popup`);
          const view = await viewportBox(popup);
          expect(inkAtEdges(pixels, view)).toEqual({ left: 0, right: 0 });
          if (rtl) expect(inkCentre(pixels, view)).toBeGreaterThan(0.5);
          else expect(inkCentre(pixels, view)).toBeLessThan(0.5);

          // The full card inside the popup, opened from the keyboard.
          await popup.keyboard.press('ArrowDown');
          await popup.keyboard.press('Enter');
          await popup.waitFor(() => document.querySelectorAll('.detail [role="dialog"] .passage').length > 0);
          expect(await popup.evaluate(overflowAudit, null)).toEqual([]);
          const detail = await screenshot(popup, `${ctx().browserName}-${locale}-popup-card`);
          expect(inkAtEdges(detail, view)).toEqual({ left: 0, right: 0 });
          expect(popup.errors).toEqual([]);
          await popup.close();
        });

        it(`library: every tab translated and without overflow at 200 % (640×450)${rtl ? ', tabs in right-to-left order' : ''}`, async () => {
          const page = await ctx().session.openExtensionPage('options.html');
          await page.setViewport(640, 450);
          await page.waitFor(() => document.querySelectorAll('[role="tab"]').length >= 4);
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(rtl ? 'rtl' : 'ltr');
          const tabs = await page.evaluate(() =>
            [...document.querySelectorAll('[role="tab"]')].map((t) => ({ id: t.id, text: t.textContent, left: t.getBoundingClientRect().left })),
          );
          expect(tabs[0]?.text).toBe(message(folder, 'libTabDocuments'));
          for (let i = 1; i < tabs.length; i++) {
            if (rtl) expect(tabs[i]?.left, tabs[i]?.id).toBeLessThan(tabs[i - 1]?.left ?? 0);
            else expect(tabs[i]?.left, tabs[i]?.id).toBeGreaterThan(tabs[i - 1]?.left ?? 0);
          }
          const view = await viewportBox(page);
          for (const tab of tabs) {
            await page.click(`#${tab.id}`);
            await page.waitFor((id) => document.getElementById(id)?.getAttribute('aria-selected') === 'true', tab.id);
            expect(await page.evaluate(overflowAudit, null), tab.id).toEqual([]);
            const pixels = await screenshot(page, `${ctx().browserName}-${locale}-library-${tab.id}`);
            expect(inkAtEdges(pixels, view), tab.id).toEqual({ left: 0, right: 0 });
            if (rtl) expect(inkCentre(pixels, view), tab.id).toBeGreaterThan(0.5);
            else expect(inkCentre(pixels, view), tab.id).toBeLessThan(0.5);
          }
          expect(page.errors).toEqual([]);
          await page.close();
        });

        it(`card: hovering a mention opens it translated${rtl ? ', mirrored' : ''}, without overflow at 200 % (640×450)`, async () => {
          const page = await ctx().session.openPage(ctx().server.url(DEMO));
          await page.setViewport(640, 450);
          await waitForPainted(page, DEMO_MENTIONS);
          const point = await mentionPoint(page, 'Kazakhstan');
          if (!point) throw new Error('Kazakhstan is not painted');
          await page.mouse.move(point.x, point.y);
          await waitInShadow(page, 'backstory-card', (root) => root.querySelectorAll('.passage').length > 0, null);
          const card = await evaluateInCard(
            page,
            (root, rightToLeft) => {
              const rect = (s: string) => root.querySelector(s)?.getBoundingClientRect() ?? null;
              const [box, title, close] = [rect('.floating'), rect('.head h2'), rect('.head .close')];
              const dialog = root.querySelector('[role="dialog"]');
              return box && title && close && dialog
                ? {
                    direction: getComputedStyle(dialog).direction,
                    heading: root.querySelector('.passages-title')?.textContent ?? '',
                    box: { x: box.left, y: box.top, width: box.width, height: box.height },
                    closeBeforeTitle: close.right <= title.left,
                    titleBeforeClose: title.right <= close.left,
                    closeFromEnd: rightToLeft ? close.left - box.left : box.right - close.right,
                  }
                : null;
            },
            rtl,
          );
          expect(card?.direction).toBe(rtl ? 'rtl' : 'ltr');
          // "Passages (5 of 12)" in the locale's words.
          const [before] = message(folder, 'cardPassages').split('$SHOWN$');
          expect(card?.heading.startsWith(before ?? '')).toBe(true);
          // The close button sits at the end of the header line: left in Arabic, right otherwise.
          expect(rtl ? card?.closeBeforeTitle : card?.titleBeforeClose).toBe(true);
          expect(card?.closeFromEnd).toBeLessThan(40);
          expect(await evaluateInCard(page, overflowAudit, null)).toEqual([]);
          const pixels = await screenshot(page, `${ctx().browserName}-${locale}-card`);
          if (!card) throw new Error('no card');
          // Inside the card's border and clear of its rounded corners, where the page shows through.
          const bottom = Math.min(card.box.y + card.box.height, 450);
          const inside = { x: card.box.x + 3, y: card.box.y + 10, width: card.box.width - 6, height: bottom - card.box.y - 20 };
          expect(inkAtEdges(pixels, inside)).toEqual({ left: 0, right: 0 });
          if (rtl) expect(inkCentre(pixels, inside)).toBeGreaterThan(0.5);
          else expect(inkCentre(pixels, inside)).toBeLessThan(0.5);
          expect(page.errors).toEqual([]);
          await page.close();
        });
      },
      { locale },
    );
  });
}
