/**
 * Section 4, the popup: from opening the popup page to its first results painted, read from the
 * page's own timeline (the popup marks `backstory:first-results` and `backstory:page-panel` the
 * frame after it shows them; the page's time origin is its navigation start). Opened as a tab,
 * as `npm start` and a card's "Search in Backstory" do; the toolbar's popup window adds the
 * browser's own time to open a window. Two paths: a search (`?q=Kazakhstan`, answered by the
 * background) and "On this page" for the demo article's tab (answered by its content script).
 * Warm: the background is running and has answered a search; cold: it was stopped first.
 */
import type { BrowserPage } from '../../../lib/dev/page';
import type { BenchPage } from '../pages';
import { figure, type Figure } from '../stats';
import { open, scanned, setBackstory, stopBackground, type BenchBrowser } from './launch';

export interface PopupBench {
  search: { query: string; warm: Figure; cold: Figure };
  pagePanel: { page: string; warm: Figure };
}

const QUERY = 'Kazakhstan';

function markTime(tab: BrowserPage, name: string): Promise<number> {
  return tab.waitFor((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? 0, name, 30_000);
}

async function openPopup(browser: BenchBrowser, query: string, mark: string): Promise<number> {
  const tab = await browser.session.openExtensionPage(`popup.html?${query}`);
  try {
    return await markTime(tab, mark);
  } finally {
    await tab.close();
  }
}

export async function benchPopup(browser: BenchBrowser, pages: readonly BenchPage[], runs: number, log: (line: string) => void): Promise<PopupBench> {
  await setBackstory(browser, true);
  const warm: number[] = [];
  const cold: number[] = [];
  for (let r = 0; r < runs; r++) {
    // Warm: a background that is running and has searched before (as after a recent search).
    await browser.ext.background('search', { query: 'Astana' });
    warm.push(await openPopup(browser, `q=${QUERY}`, 'backstory:first-results'));
    await stopBackground(browser);
    cold.push(await openPopup(browser, `q=${QUERY}`, 'backstory:first-results'));
  }
  const demo = pages.find((p) => p.name === 'demo/article.html');
  if (!demo) throw new Error('the demo article is not served');
  const panel: number[] = [];
  const article = await open(browser, demo.url);
  try {
    await scanned(browser, demo.url);
    const tabId = await browser.ext.tabId(demo.url);
    for (let r = 0; r < runs; r++) panel.push(await openPopup(browser, `tab=${tabId}`, 'backstory:page-panel'));
  } finally {
    await article.close();
  }
  const result = {
    search: { query: QUERY, warm: figure(warm), cold: figure(cold) },
    pagePanel: { page: demo.name, warm: figure(panel) },
  };
  log(`  ${browser.name} popup: search ${result.search.warm.median.toFixed(1)} ms warm / ${result.search.cold.median.toFixed(1)} ms cold, on this page ${result.pagePanel.warm.median.toFixed(1)} ms`);
  return result;
}
