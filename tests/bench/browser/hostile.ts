/**
 * Section "hostile" (opt-in: `npm run bench -- --sections hostile`): the hostile and huge pages
 * of tests/e2e/huge-pages.e2e.ts at full size, once each per browser (the two loops run a
 * minute each). For each: our longest task and how many of ours ran 50 ms or more (the content
 * script's own record of its slices and tasks: lib/page/diagnostics.ts), what was found and
 * painted, and the JavaScript heap. Heap: Chromium only, DevTools `Performance.getMetrics`
 * JSHeapUsedSize after garbage collection (the renderer's isolate: the page's world and the
 * content script's); for the static pages, with Backstory on minus off, and for the two loops,
 * at their end minus at their start. Firefox exposes no per-page heap figure to automation
 * (no `performance.memory`; `measureUserAgentSpecificMemory` is Chromium's), so it has none.
 */
import { withCdp } from '../../../lib/dev/chromium';
import type { BrowserPage } from '../../../lib/dev/page';
import { FIXTURES } from '../../../lib/dev/paths';
import { startFixtureServer } from '../../../lib/dev/server';
import { until } from '../../../lib/dev/until';
import type { PageDiagnostics } from '../../../lib/page/diagnostics';
import { contentReady, diagnostics, diagnosticsWhen, open, scanned, setBackstory, type BenchBrowser } from './launch';

export interface HostileRow {
  page: string;
  longestTaskMs: number;
  longestTaskWhat: string;
  tasksOver50: number;
  /** The first full scan's longest slice (the rest of the longest task is the report, a card…). */
  longestScanSliceMs: number;
  mentions: number;
  painted: number;
  /** Wall time of the first full scan (yields included), ms. */
  scanWallMs: number;
  slices: number;
  rescans: number;
  restores: number;
  /** JS heap added (MB): on minus off, or end minus start of a loop; null where not measurable. */
  heapAddedMb: number | null;
  heapOnMb: number | null;
}

const LOOP_MS = 60_000;
const STATIC_PAGES = [
  { name: '100,000 mentions', path: 'e2e/huge/many-mentions.html?n=100000', report: true },
  { name: '50 MB text', path: 'e2e/huge/big-text.html?mb=50', report: true },
  { name: 'DOM 10,000 deep', path: 'e2e/huge/deep-dom.html?depth=10000', report: false },
];
const LOOPS = [
  { name: 'text rewritten every frame, 60 s', path: `e2e/huge/ticker.html?ms=${LOOP_MS}`, done: 'done' },
  { name: 'CSS.highlights cleared every frame, 60 s', path: `e2e/clear-highlights.html?mode=loop&ms=${LOOP_MS}`, done: 'reset' },
];

async function heapMb(browser: BenchBrowser, page: BrowserPage): Promise<number | null> {
  if (browser.name !== 'chromium') return null;
  return withCdp(page, async (cdp) => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return used === undefined ? null : used / 1048576;
  });
}

/** Painted ranges, read in the page's own world (what CSS.highlights holds of ours). */
function painted(page: BrowserPage): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights) {
      if (name.startsWith('backstory-') && name !== 'backstory-current') n += h.size;
    }
    return n;
  });
}

function row(name: string, d: PageDiagnostics, paintedNow: number, heapAddedMb: number | null, heapOnMb: number | null): HostileRow {
  return {
    page: name,
    longestTaskMs: d.longestTask.ms,
    longestTaskWhat: d.longestTask.what,
    tasksOver50: d.longTasks,
    longestScanSliceMs: d.lastFullScan?.longestSliceMs ?? 0,
    mentions: d.lastFullScan?.mentions ?? 0,
    painted: paintedNow,
    scanWallMs: d.lastFullScan?.wallMs ?? 0,
    slices: d.lastFullScan?.slices ?? 0,
    rescans: d.rescans,
    restores: d.highlightRestores.restores,
    heapAddedMb,
    heapOnMb,
  };
}

async function staticPage(browser: BenchBrowser, url: string, name: string, report: boolean, log: (l: string) => void): Promise<HostileRow> {
  let off: number | null = null;
  if (browser.name === 'chromium') {
    await setBackstory(browser, false);
    const tab = await open(browser, url);
    await contentReady(browser, url);
    off = await heapMb(browser, tab);
    await tab.close();
    await setBackstory(browser, true);
  }
  const tab = await open(browser, url);
  try {
    await scanned(browser, url);
    // The popup's "On this page" report is one of our tasks too: asked as the popup asks it.
    if (report) {
      const reply = await browser.ext.tab(url, 'pageMentions', null);
      if (!reply.ok) throw new Error(reply.error);
    }
    const on = await heapMb(browser, tab);
    const d = await diagnosticsWhen(browser, url, () => true, 'diagnostics');
    const r = row(name, d, await painted(tab), on !== null && off !== null ? on - off : null, on);
    log(`  ${browser.name} ${name}: longest task ${r.longestTaskMs.toFixed(1)} ms (${r.longestTaskWhat}), ${r.tasksOver50} over 50 ms`);
    return r;
  } finally {
    await tab.close();
  }
}

async function loopPage(browser: BenchBrowser, url: string, name: string, done: string, log: (l: string) => void): Promise<HostileRow> {
  await setBackstory(browser, true);
  const tab = await open(browser, url);
  try {
    await scanned(browser, url);
    const start = await heapMb(browser, tab);
    await until(() => tab.evaluate((key) => document.body.dataset[key] ?? null, done), (v) => v !== null, { timeoutMs: LOOP_MS * 3, intervalMs: 500, what: `the end of ${name}` });
    // Settled: the final text read, the highlights back (the guard's wait may still run).
    await until(() => painted(tab), (n) => n > 0, { timeoutMs: 90_000, intervalMs: 250, what: 'highlights after the loop' });
    const end = await heapMb(browser, tab);
    const d = (await diagnostics(browser, url)) as PageDiagnostics;
    const r = row(name, d, await painted(tab), start !== null && end !== null ? end - start : null, end);
    log(`  ${browser.name} ${name}: longest task ${r.longestTaskMs.toFixed(1)} ms, ${r.rescans} rescans, ${r.restores} restores`);
    return r;
  } finally {
    await tab.close();
  }
}

/** `only`: the pages whose name contains it (`--pages`), or all. */
export async function benchHostile(browser: BenchBrowser, only: string | null, log: (line: string) => void): Promise<HostileRow[]> {
  const server = await startFixtureServer(FIXTURES);
  const rows: HostileRow[] = [];
  const wanted = (p: { name: string }) => only === null || p.name.includes(only);
  try {
    for (const p of STATIC_PAGES.filter(wanted)) rows.push(await staticPage(browser, server.url(p.path), p.name, p.report, log));
    for (const p of LOOPS.filter(wanted)) rows.push(await loopPage(browser, server.url(p.path), p.name, p.done, log));
  } finally {
    await server.close();
  }
  return rows;
}
