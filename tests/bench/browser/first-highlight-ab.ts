/**
 * Two builds of the extension side by side: when each paints its first highlight on the same
 * pages, measured from the page's DOMContentLoaded (the diagnostics' `firstHighlightAt` against
 * the navigation timing's `domContentLoadedEventStart`, both on the page's clock). Each build in a
 * browser of its own, the builds taking turns page load by page load, and which goes first
 * alternating (a drift of the machine weighs on both alike). What decided the early injection
 * (README, "The early injection, alternated"): a change of a few milliseconds in the first
 * highlights is lost in the bench's load totals. Not a bench section; run by hand on two builds:
 *
 *   npx tsx tests/bench/browser/first-highlight-ab.ts <build A> <build B> [page-substrings] [runs] [chromium|firefox]
 *
 * Page substrings are comma-separated (default: four fixture pages with a mention); the builds
 * are extension directories (absolute for Firefox), e.g. `cp -r .output/chrome-mv3 /tmp/a`,
 * change and `npx wxt build -b chrome`, then
 * `npx tsx tests/bench/browser/first-highlight-ab.ts /tmp/a .output/chrome-mv3 rferl,aif 15`.
 */
import { resolve } from 'node:path';
import type { BrowserName } from '../../../lib/dev/paths';
import { servePages } from '../pages';
import { median } from '../stats';
import { launchBench, scanned } from './launch';

const DEFAULT_PAGES = 'rferl-en,aif-ru,restofworld-en,foxnews-s300-en';

async function main(): Promise<void> {
  const [dirA, dirB, only = DEFAULT_PAGES, runsArg = '9', browserArg = 'chromium'] = process.argv.slice(2);
  if (!dirA || !dirB || (browserArg !== 'chromium' && browserArg !== 'firefox')) {
    throw new Error('usage: first-highlight-ab.ts <build A> <build B> [page-substrings] [runs] [chromium|firefox]');
  }
  const browser: BrowserName = browserArg;
  const runs = Number(runsArg);
  const served = await servePages([]);
  const pages = only.split(',').map((part) => {
    const page = served.pages.find((p) => p.name.includes(part));
    if (!page) throw new Error(`no fixture page matches ${part}`);
    return page;
  });
  const sides = [
    { name: 'A', dir: resolve(dirA), browser: await launchBench(browser, resolve(dirA)) },
    { name: 'B', dir: resolve(dirB), browser: await launchBench(browser, resolve(dirB)) },
  ];
  try {
    console.log(`first highlight after DOMContentLoaded, ${browser}, median ms of ${runs} loads a build (A ${sides[0]?.dir}, B ${sides[1]?.dir})`);
    for (const page of pages) {
      const times = new Map<string, number[]>(sides.map((side) => [side.name, []]));
      for (let run = 0; run < runs; run++) {
        for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
          // A query of its own: each load is a new document for the diagnostics to answer from.
          const url = `${page.url}?first-highlight=${run}${side.name}`;
          const tab = await side.browser.session.openPage(url);
          const diagnostics = await scanned(side.browser, url);
          await tab.close();
          const { firstHighlightAt, domContentLoadedAt } = diagnostics;
          if (firstHighlightAt === null || domContentLoadedAt === null) throw new Error(`${page.name}: build ${side.name} painted nothing`);
          times.get(side.name)?.push(firstHighlightAt - domContentLoadedAt);
        }
      }
      const [a = NaN, b = NaN] = sides.map((side) => median(times.get(side.name) ?? []));
      console.log(`${page.name.padEnd(40)} A ${a.toFixed(1).padStart(7)}  B ${b.toFixed(1).padStart(7)}`);
    }
  } finally {
    for (const side of sides) await side.browser.close();
    await served.close();
  }
}

await main();
