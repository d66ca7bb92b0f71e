/**
 * Section 4, cards: hover a mention on the demo article and time, in the content script, from
 * the moment the hover delay runs out to the frame after the card with its passages is
 * rendered. Warm: the background has just answered a ping. Cold: the background was stopped
 * first (Chromium: its service worker stopped through DevTools; Firefox: left idle past the
 * idle time the benchmark gives it, so Firefox unloads it); warm: running, and it has just
 * answered another card. A fresh tab each run, so the
 * content script's own card cache is empty.
 */
import { mentionPoint } from '../../harness/highlights';
import { waitForCard } from '../../../lib/dev/card';
import type { BenchPage } from '../pages';
import { figure, type Figure } from '../stats';
import { diagnostics, open, scanned, setBackstory, stopBackground, type BenchBrowser } from './launch';

export interface CardBench {
  page: string;
  mention: string;
  warm: Figure;
  cold: Figure;
  /** How the background was made cold. */
  coldBy: string;
  /** Our longest task on these loads (card renders included). */
  longestTask: number;
}

const DEMO = 'demo/article.html';
const MENTION = 'S-300PMU-2';

async function hoverOnce(browser: BenchBrowser, page: BenchPage, cold: boolean): Promise<{ ms: number; coldBy: string; longestTask: number }> {
  const tab = await open(browser, page.url);
  try {
    await scanned(browser, page.url);
    const point = await mentionPoint(tab, MENTION);
    if (!point) throw new Error(`${MENTION} is not painted on ${page.name}`);
    const coldBy = cold ? await stopBackground(browser) : 'background answered another card just before';
    if (!cold) await browser.ext.background('cardFor', { entity: 'csto' }); // running, and has answered a card
    await tab.mouse.move(point.x, point.y);
    await waitForCard(tab);
    const d = await diagnostics(browser, page.url);
    const card = d?.cards.at(-1);
    if (!card) throw new Error('the content script recorded no card');
    return { ms: card.paintedAt - card.openedAt, coldBy, longestTask: d?.longestTask.ms ?? 0 };
  } finally {
    await tab.close();
  }
}

export async function benchCard(browser: BenchBrowser, pages: readonly BenchPage[], runs: number, log: (line: string) => void): Promise<CardBench> {
  const page = pages.find((p) => p.name === DEMO);
  if (!page) throw new Error(`${DEMO} is not served`);
  await setBackstory(browser, true);
  const warm: number[] = [];
  const cold: number[] = [];
  let coldBy = '';
  let longestTask = 0;
  for (let r = 0; r < runs; r++) {
    const w = await hoverOnce(browser, page, false);
    const c = await hoverOnce(browser, page, true);
    warm.push(w.ms);
    cold.push(c.ms);
    coldBy = c.coldBy;
    longestTask = Math.max(longestTask, w.longestTask, c.longestTask);
  }
  const result = { page: page.name, mention: MENTION, warm: figure(warm), cold: figure(cold), coldBy, longestTask };
  log(`  ${browser.name} card: warm ${result.warm.median.toFixed(1)} ms, cold ${result.cold.median.toFixed(1)} ms`);
  return result;
}
