/**
 * `npm run store`: the listing material, made from the built extension (run after `npm run build`)
 * in both browsers, into .output/store/: 1280×800 screenshots of the card, the popup, the options
 * page and the first-run page, a 440×280 promo tile, and the listing texts and privacy policy
 * (lib/release/). Pages come from 127.0.0.1 only, like the end-to-end tests.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { waitForCard } from '../../lib/dev/card';
import { extensionClient } from '../../lib/dev/extension-client';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { BUILD_DIRS, FIXTURES, ROOT } from '../../lib/dev/paths';
import { readPng } from '../harness/png';
import { startFixtureServer } from '../../lib/dev/server';
import { BROWSERS, launchExtension, type ExtensionSession } from '../harness/session';
import type { FixtureServer } from '../../lib/dev/server';
import { DEMO, DEMO_MENTIONS } from '../e2e/demo-article';

const OUT = join(ROOT, '.output/store');
const STAGE = join(OUT, '.stage'); // the compose and promo pages with their images, served locally
const W = 1280;
const H = 800;

async function shots(session: ExtensionSession, fixtures: FixtureServer, stage: FixtureServer, prefix: string): Promise<string[]> {
  const made: string[] = [];
  const save = async (page: { screenshot(path: string): Promise<void> }, name: string) => {
    const path = join(OUT, `${prefix}-${name}.png`);
    await page.screenshot(path);
    made.push(path);
  };
  const article = await session.openPage(fixtures.url(DEMO));
  await article.setViewport(W, H);
  await waitForPainted(article, DEMO_MENTIONS);
  const point = await mentionPoint(article, 'Казахстана');
  if (!point) throw new Error('no mention to hover on the demo article');
  await article.mouse.move(point.x, point.y);
  await waitForCard(article);
  await save(article, 'card');

  // The popup as the toolbar opens it (400×600), over the page it reports on.
  await article.mouse.move(2, 2);
  await article.keyboard.press('Escape');
  await article.evaluate(() => window.scrollTo(0, 0));
  await article.screenshot(join(STAGE, 'page.png'));
  const tabId = await extensionClient(session).tabId(article.url());
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewport(400, 600);
  await popup.waitFor(() => document.querySelectorAll('.entity-line').length === 3);
  await popup.screenshot(join(STAGE, 'popup.png'));
  await popup.close();
  const composed = await session.openPage(stage.url('compose.html'));
  await composed.setViewport(W, H);
  await composed.waitFor(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await save(composed, 'popup');
  await composed.close();
  await article.close();

  for (const [path, name, ready] of [
    ['options.html', 'options', '.version-footer'],
    ['welcome.html', 'welcome', '.shortcuts kbd'],
  ] as const) {
    const page = await session.openExtensionPage(path);
    await page.setViewport(W, H);
    await page.waitFor((selector) => !!document.querySelector(selector), ready);
    await save(page, name);
    await page.close();
  }
  return made;
}

async function main(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(STAGE, { recursive: true });
  for (const file of ['compose.html', 'promo.html']) await copyFile(join(ROOT, 'tests/store', file), join(STAGE, file));
  await copyFile(join(BUILD_DIRS.chromium, 'icon/128.png'), join(STAGE, 'icon-128.png'));
  const fixtures = await startFixtureServer(FIXTURES);
  const stage = await startFixtureServer(STAGE);
  const made: string[] = [];
  try {
    for (const browser of BROWSERS) {
      const session = await launchExtension(browser);
      try {
        made.push(...(await shots(session, fixtures, stage, browser)));
        if (browser === 'chromium') {
          const promo = await session.openPage(stage.url('promo.html'));
          await promo.setViewport(440, 280);
          await promo.waitFor(() => document.images[0]?.complete === true && document.fonts.status === 'loaded');
          const path = join(OUT, 'promo-440x280.png');
          await promo.screenshot(path);
          made.push(path);
        }
      } finally {
        await session.close();
      }
    }
  } finally {
    await fixtures.close();
    await stage.close();
  }
  for (const file of ['store-listing.md', 'privacy-policy.md']) {
    await copyFile(join(ROOT, 'lib/release', file), join(OUT, file));
    made.push(join(OUT, file));
  }
  await rm(STAGE, { recursive: true, force: true });
  // The stores reject other sizes: check what was written, not what was asked for.
  for (const path of made.filter((p) => p.endsWith('.png'))) {
    const { width, height } = readPng(path);
    const want = path.endsWith('promo-440x280.png') ? [440, 280] : [W, H];
    if (width !== want[0] || height !== want[1]) throw new Error(`${path} is ${width}×${height}, not ${want.join('×')}`);
  }
  for (const path of made) console.log(path);
}

await main();
