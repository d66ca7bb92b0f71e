/**
 * Section 4, the corpus in the browser: corpus load at install (seeds), `search` per query and
 * per keystroke, `cardFor` warm, on the seeds and on a generated 10,000-passage corpus, beside
 * plain fuse.js over all passages. The functions the background runs, bundled from
 * browser/corpus-page.ts and evaluated in one of the extension's pages, so they meet the
 * browser's real IndexedDB in the extension's origin (a database of their own each).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../../../lib/dev/paths';
import type { BrowserPage } from '../../../lib/dev/page';
import { CARD_ENTITIES, ENTITY_QUERIES, keystrokes, TEXT_QUERIES, TYPED } from '../queries';
import { figure, p95, type Figure } from '../stats';
import type { CorpusBenchApi } from './corpus-page';
import { NAME_SHIM, type BenchBrowser } from './launch';

const SYNTHETIC_PASSAGES = 10_000;

export interface CorpusRun {
  passages: number;
  entitySearch: Figure;
  textSearch: Figure;
  keystroke: Figure & { p95: number };
  firstTextSearch: { build: number; afterRestart: Figure };
  cardFor: Figure;
  fuse: { buildMs: number; search: Figure };
}

export interface CorpusBench {
  loadAtInstall: Figure;
  seeds: CorpusRun;
  synthetic: CorpusRun & { indexMs: number; loadMs: number };
}

let bundled: Promise<string> | undefined;

function pageBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./corpus-page.ts', import.meta.url))],
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

type Call = <K extends keyof CorpusBenchApi>(method: K, ...args: Parameters<CorpusBenchApi[K]>) => Promise<Awaited<ReturnType<CorpusBenchApi[K]>>>;

function caller(page: BrowserPage): Call {
  return (method, ...args) =>
    page.evaluate(
      ({ method, args }) => {
        const bench = (globalThis as unknown as { __backstoryBench: Record<string, (...a: unknown[]) => unknown> }).__backstoryBench;
        return bench[method]?.(...args) as never;
      },
      { method, args: args as unknown[] },
    ) as never;
}

async function corpusRun(call: Call, name: string, passages: number, runs: number): Promise<CorpusRun> {
  const first = [];
  for (let r = 0; r < runs; r++) first.push(await call('firstTextSearch', name, 'strategic partner'));
  const keystroke = await call('searchTimes', name, keystrokes(TYPED), runs);
  const fuse = await call('fuseTimes', name, TEXT_QUERIES, runs);
  return {
    passages,
    entitySearch: figure(await call('searchTimes', name, ENTITY_QUERIES, runs)),
    textSearch: figure(await call('searchTimes', name, TEXT_QUERIES, runs)),
    keystroke: { ...figure(keystroke), p95: p95(keystroke) },
    firstTextSearch: { build: Math.max(...first.map((f) => f.buildMs)), afterRestart: figure(first.map((f) => f.restartMs)) },
    cardFor: figure(await call('cardForTimes', name, CARD_ENTITIES, runs)),
    fuse: { buildMs: fuse.buildMs, search: figure(fuse.samples) },
  };
}

export async function benchCorpus(browser: BenchBrowser, runs: number, log: (line: string) => void): Promise<CorpusBench> {
  const page = await browser.session.openExtensionPage('options.html');
  try {
    await page.evaluateSource(`${NAME_SHIM}\n${await pageBundle()}`);
    const call = caller(page);
    const loads: number[] = [];
    for (let r = 0; r < runs; r++) loads.push(await call('loadSeeds', 'backstory-bench-seeds'));
    const seeds = await corpusRun(call, 'backstory-bench-seeds', 25, runs);
    const loadAtInstall = figure(loads);
    log(`  ${browser.name} corpus: seeds loaded in ${loadAtInstall.median.toFixed(1)} ms; generating ${SYNTHETIC_PASSAGES} passages…`);
    const generated = await call('loadSynthetic', 'backstory-bench-synthetic', SYNTHETIC_PASSAGES);
    const synthetic = { ...(await corpusRun(call, 'backstory-bench-synthetic', generated.passages, runs)), indexMs: generated.indexMs, loadMs: generated.loadMs };
    await call('cleanup');
    const result = { loadAtInstall, seeds, synthetic };
    log(`  ${browser.name} corpus: keystroke p95 ${synthetic.keystroke.p95.toFixed(1)} ms at ${synthetic.passages}, text search ${synthetic.textSearch.median.toFixed(1)} ms, fuse.js ${synthetic.fuse.search.median.toFixed(0)} ms`);
    return result;
  } finally {
    await page.close();
  }
}
