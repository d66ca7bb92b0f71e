/**
 * Section 9, the library at scale, in the browser: 100,000 passages of documents of one's own
 * stored in the extension's database through the import path (browser/library-scale-page.ts),
 * the background told about once a second as the library page tells it during an import; then
 * search per keystroke and per query as the popup asks the background (a message each), cardFor
 * by message, and the real card hovered on the demo article, warm and cold (section 4's card
 * measurement, now over the large library). Then the watchlist's background work in the browser:
 * the matcher recompiled for 100 entities of one's own, and 10,000 stored passages re-tagged.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../../../lib/dev/paths';
import type { BrowserPage } from '../../../lib/dev/page';
import type { BenchPage } from '../pages';
import { CARD_ENTITIES, ENTITY_QUERIES, keystrokes, TEXT_QUERIES, TYPED } from '../queries';
import { figure, p95, type Figure } from '../stats';
import { benchCard, type CardBench } from './card';
import type { LibraryScaleApi } from './library-scale-page';
import { NAME_SHIM, type BenchBrowser } from './launch';

export const SCALE_PASSAGES = 100_000;
/** Stored in chunks, each one evaluation (an evaluation may not run for minutes in Firefox). */
const CHUNK = 5_000;
const PER_DOCUMENT = 100;
export const WATCHLIST_ENTITIES = 100;
export const RETAG_PASSAGES = 10_000;

export interface LibraryScaleBench {
  passages: number;
  documents: number;
  /** Storing all of them through the import path (ms), and the background's index update after the last chunk. */
  storeMs: number;
  lastIndexUpdateMs: number;
  keystroke: Figure & { p95: number };
  entitySearch: Figure;
  textSearch: Figure;
  cardFor: Figure;
  card: CardBench;
  recompile: Figure;
  retag: { ms: number; passages: number; changed: number };
}

let bundled: Promise<string> | undefined;

function pageBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./library-scale-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    absWorkingDir: ROOT,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

type Call = <K extends keyof LibraryScaleApi>(method: K, ...args: Parameters<LibraryScaleApi[K]>) => Promise<Awaited<ReturnType<LibraryScaleApi[K]>>>;

function caller(page: BrowserPage): Call {
  return (method, ...args) =>
    page.evaluate(
      ({ method, args }) => {
        const api = (globalThis as unknown as { __backstoryScale: Record<string, (...a: unknown[]) => unknown> }).__backstoryScale;
        return api[method]?.(...args) as never;
      },
      { method, args: args as unknown[] },
    ) as never;
}

export async function benchLibraryScale(browser: BenchBrowser, pages: readonly BenchPage[], runs: number, log: (line: string) => void): Promise<LibraryScaleBench> {
  const page = await browser.session.openExtensionPage('options.html');
  try {
    await page.evaluateSource(`${NAME_SHIM}\n${await pageBundle()}`);
    const call = caller(page);
    let storeMs = 0;
    let passages = 0;
    let documents = 0;
    let lastIndexUpdateMs = 0;
    for (let chunk = 0; chunk * CHUNK < SCALE_PASSAGES; chunk++) {
      const seeded = await call('seedLibrary', Math.min(CHUNK, SCALE_PASSAGES - chunk * CHUNK), PER_DOCUMENT, 100_000 + chunk);
      storeMs += seeded.ms;
      passages += seeded.passages;
      documents += seeded.documents;
      lastIndexUpdateMs = await call('indexNow');
      log(`  ${browser.name} library scale: ${passages} passages stored (${(storeMs / 1000).toFixed(1)} s), index update ${lastIndexUpdateMs.toFixed(0)} ms`);
    }
    await call('searchTimes', ['warm up'], 1);
    const keys = await call('searchTimes', keystrokes(TYPED), runs);
    const entitySearch = figure(await call('searchTimes', ENTITY_QUERIES, runs));
    const textSearch = figure(await call('searchTimes', TEXT_QUERIES, runs));
    const cardFor = figure(await call('cardForTimes', CARD_ENTITIES, runs));
    log(`  ${browser.name} library scale: keystroke p95 ${p95(keys).toFixed(1)} ms, cardFor ${cardFor.median.toFixed(1)} ms`);
    const card = await benchCard(browser, pages, runs, log);
    const recompile = figure(await call('recompileTimes', WATCHLIST_ENTITIES, runs));
    const retag = await call('retag', RETAG_PASSAGES, WATCHLIST_ENTITIES);
    log(`  ${browser.name} watchlist: recompile ${recompile.median.toFixed(0)} ms, re-tag ${retag.passages} passages ${retag.ms.toFixed(0)} ms`);
    return { passages, documents, storeMs, lastIndexUpdateMs, keystroke: { ...figure(keys), p95: p95(keys) }, entitySearch, textSearch, cardFor, card, recompile, retag };
  } finally {
    await page.close();
  }
}
