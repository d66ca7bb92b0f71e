/**
 * Section 5, memory: the JavaScript heap Backstory adds on the largest page (the generated 10 MB
 * article). The page is loaded with Backstory on (after its full scan) and with it off, and the
 * renderer's heap is read after garbage collection each time, through DevTools (the isolate's
 * heap holds the page's world and the content script's). The difference is what an active
 * Backstory keeps: the compiled matcher, the page index, the ranges. Chromium only: Firefox
 * offers no per-page heap figure to automation.
 */
import { withCdp } from '../../../lib/dev/chromium';
import type { BenchPage } from '../pages';
import { figure, type Figure } from '../stats';
import { contentReady, open, scanned, setBackstory, type BenchBrowser } from './launch';

export interface MemoryBench {
  page: string;
  on: Figure;
  off: Figure;
  added: number;
}

function heapAfterGc(tab: Awaited<ReturnType<typeof open>>): Promise<number> {
  return withCdp(tab, async (cdp) => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  });
}

async function loadAndMeasure(browser: BenchBrowser, page: BenchPage, on: boolean): Promise<number> {
  const tab = await open(browser, page.url);
  try {
    if (on) await scanned(browser, page.url);
    else await contentReady(browser, page.url);
    return await heapAfterGc(tab);
  } finally {
    await tab.close();
  }
}

export async function benchMemory(browser: BenchBrowser, page: BenchPage, runs: number, log: (line: string) => void): Promise<MemoryBench | null> {
  if (browser.name !== 'chromium') return null;
  const on: number[] = [];
  const off: number[] = [];
  await setBackstory(browser, false);
  for (let r = 0; r < runs; r++) off.push(await loadAndMeasure(browser, page, false));
  await setBackstory(browser, true);
  for (let r = 0; r < runs; r++) on.push(await loadAndMeasure(browser, page, true));
  const [onFigure, offFigure] = [figure(on), figure(off)];
  const result = { page: page.name, on: onFigure, off: offFigure, added: onFigure.median - offFigure.median };
  log(`  ${browser.name} memory: +${(result.added / 1048576).toFixed(2)} MB of JS heap with Backstory on`);
  return result;
}
