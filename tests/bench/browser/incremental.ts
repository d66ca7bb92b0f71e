/**
 * Section 3: incremental work. On the generated long article, once the first full scan is done,
 * 100 paragraphs are appended to the article in one insertion (as an infinite scroll would);
 * the content script's rescan of that batch is timed against its full scan of the page.
 */
import { appendedParagraphs } from '../article';
import type { BenchPage } from '../pages';
import { figure, type Figure } from '../stats';
import { diagnosticsWhen, open, scanned, setBackstory, type BenchBrowser } from './launch';

export interface IncrementalBench {
  page: string;
  paragraphs: number;
  fullScan: Figure;
  rescan: Figure;
  rescanWall: Figure;
  /** Blocks the rescan read (the new paragraphs, nothing else). */
  rescanBlocks: number;
  ratio: number;
  /** Our longest task on these loads (scan slices, rescan slices). */
  longestTask: number;
}

const PARAGRAPHS = appendedParagraphs(100);

export async function benchIncremental(browser: BenchBrowser, page: BenchPage, runs: number, log: (line: string) => void): Promise<IncrementalBench> {
  await setBackstory(browser, true);
  const full: number[] = [];
  const work: number[] = [];
  const wall: number[] = [];
  let blocks = 0;
  let longest = 0;
  for (let r = 0; r < runs; r++) {
    const tab = await open(browser, page.url);
    try {
      const first = await scanned(browser, page.url);
      full.push(first.lastFullScan?.workMs ?? NaN);
      await tab.evaluate((html) => {
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        document.getElementById('article')?.append(...parsed.body.childNodes);
      }, PARAGRAPHS.join('\n'));
      const after = await diagnosticsWhen(
        browser,
        page.url,
        (d) => d.rescans > first.rescans && d.lastRescan?.complete === true,
        'the rescan of the appended paragraphs',
        30_000,
      );
      work.push(after?.lastRescan?.workMs ?? NaN);
      wall.push(after?.lastRescan?.wallMs ?? NaN);
      blocks = after?.lastRescan?.blocks ?? 0;
      longest = Math.max(longest, after?.longestTask.ms ?? 0);
    } finally {
      await tab.close();
    }
  }
  const [fullFigure, workFigure] = [figure(full), figure(work)];
  const result = {
    page: page.name,
    paragraphs: PARAGRAPHS.length,
    fullScan: fullFigure,
    rescan: workFigure,
    rescanWall: figure(wall),
    rescanBlocks: blocks,
    ratio: workFigure.median / fullFigure.median,
    longestTask: longest,
  };
  log(`  ${browser.name} incremental: ${result.rescan.median.toFixed(2)} ms for ${blocks} blocks vs ${result.fullScan.median.toFixed(1)} ms full (${(result.ratio * 100).toFixed(2)} %)`);
  return result;
}
