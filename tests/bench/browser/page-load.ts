/**
 * Section 7, what Backstory adds to a page load (Chromium). The same pages load, turn by turn,
 * in two Chromiums started alike — one with the built extension, one with no extension — and
 * DevTools' Performance.getMetrics reads, once the load has settled (the page's load event, our
 * first scan where the extension runs, two frames and an idle period), the main-thread time of
 * every task (TaskDuration), of script (ScriptDuration) and the JavaScript heap (JSHeapUsedSize)
 * of the page's renderer, and beside the wall time the CPU time of its main thread (ThreadTime)
 * and of the whole renderer (ProcessTime): page-load-metrics.ts says why. With minus without, per page, is the cost of Backstory on that page
 * load: the content script's injection (parse and compile), its start-up, the scan, everything.
 * Every load is read over the same window from its navigation, on both sides, and the figure is
 * the interquartile mean of at least 8 alternated pairs (page-load-method.ts says why).
 * Beside it the floor: a bare TreeWalker pass over the same page's text, timed the same way.
 * One page is also traced, to say where the time goes.
 */
import type { CDPSession } from 'playwright-core';
import { withCdp } from '../../../lib/dev/chromium';
import { launchChromium } from '../../../lib/dev/chromium';
import type { BrowserPage } from '../../../lib/dev/page';
import { BUILD_DIRS } from '../../../lib/dev/paths';
import type { ExtensionSession } from '../../../lib/dev/session-types';
import { median } from '../stats';
import { diagnosticsWhen, type BenchBrowser } from './launch';
import { writeEmptyExtension } from './empty-extension';
import { alternated, loadRuns, loadWindowMs, untilWindowEnds } from './page-load-method';
import { eventTotals, traceShares, type EventTotal, type TraceShare, type TracedEvent } from './page-load-trace';
import { metricsOf, paired, summarise, type LoadMetrics, type Metric } from './page-load-metrics';

/**
 * Our work on a page load is over: the first scan has finished, or the first stage's page gate
 * found no possible mention (lib/page/stage/) and nothing more runs.
 */
export function settledOurs(browser: BenchBrowser, url: string): Promise<unknown> {
  return diagnosticsWhen(browser, url, (d) => d.lastFullScan?.complete === true || d.gate?.possible === false, `our first scan or gate on ${url}`);
}

export type { LoadMetrics } from './page-load-metrics';

export interface PageLoadCost {
  page: string;
  mentions: boolean;
  /** Over the runs, with and without the extension (interquartile means), and the cost (page-load-method.ts). */
  with: LoadMetrics;
  without: LoadMetrics;
  added: LoadMetrics;
  /** A bare TreeWalker pass over the page's text, run in the page and timed there (the floor). */
  floorScriptMs: number;
  /**
   * An extension with the same content-script declaration but an empty script, minus none
   * (empty-extension.ts): what any content script costs. Absent where not measured.
   */
  emptyAdded?: LoadMetrics;
}

export type { TraceShare } from './page-load-trace';

export interface PageLoadBench {
  pages: PageLoadCost[];
  trace: { page: string; shares: TraceShare[] } | null;
  /** A page without a mention traced with our extension minus the empty one: where our own cost goes. */
  emptyTrace?: { page: string; shares: TraceShare[] } | null;
  /** The page with 20 ad-like frames traced with our extension minus the empty one, by CPU time: what a text frame costs us. */
  framesTrace?: { page: string; shares: TraceShare[] } | null;
}

export interface LoadTarget {
  name: string;
  url: string;
  /** Whether the page names a watched entity (the no-mention target is judged apart). */
  mentions: boolean;
}

/** Traced loads a side for the breakdown. */
const TRACED_RUNS = 3;

const SETTLE = () =>
  new Promise<boolean>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(true), { timeout: 2000 }))),
  );

async function navigate(cdp: CDPSession, url: string): Promise<void> {
  await cdp.send('Page.enable');
  const loaded = new Promise<void>((resolve) => cdp.once('Page.loadEventFired', () => resolve()));
  await cdp.send('Page.navigate', { url });
  await loaded;
}

/**
 * Loads `url` in a fresh tab of `session` with the metrics collected from before navigation, and
 * reads them once the load has settled; `settled` waits for whatever else must be over first.
 * With `windowMs`, not before that long after the navigation (then `settled` is normally over
 * already, and asked once): loads read over the same window compare.
 */
export async function loadOnce(
  session: ExtensionSession,
  url: string,
  settled: () => Promise<unknown>,
  floor = false,
  windowMs = 0,
): Promise<{ metrics: LoadMetrics; floorScriptMs: number; settledMs: number }> {
  const tab: BrowserPage = await session.openPage('about:blank');
  try {
    return await withCdp(tab, async (cdp) => {
      await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
      // ProcessTime counts from the renderer's start: what it was before the navigation is taken off.
      const atStart: Metric[] = (await cdp.send('Performance.getMetrics')).metrics;
      const processAtStart = atStart.find((m) => m.name === 'ProcessTime')?.value ?? NaN;
      const startedAt = Date.now();
      await navigate(cdp, url);
      await untilWindowEnds(startedAt, windowMs);
      await settled();
      const settledMs = Date.now() - startedAt;
      await tab.evaluate(SETTLE);
      const metrics = metricsOf((await cdp.send('Performance.getMetrics')).metrics, processAtStart);
      await cdp.send('HeapProfiler.collectGarbage');
      metrics.heapAfterGcBytes = metricsOf((await cdp.send('Performance.getMetrics')).metrics).heapBytes;
      // ScriptDuration does not count a DevTools evaluation: the floor times itself.
      const floorScriptMs = floor
        ? await tab.evaluate(() => {
            const start = performance.now();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let chars = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
            return chars >= 0 ? performance.now() - start : NaN;
          })
        : NaN;
      return { metrics, floorScriptMs, settledMs };
    });
  } finally {
    await tab.close();
  }
}

/** Complete-event durations (wall and thread time) on renderer main threads, by event name, over one traced load. */
export async function tracedLoad(session: ExtensionSession, url: string, settled: () => Promise<unknown>, windowMs: number): Promise<Map<string, EventTotal>> {
  const tab = await session.openPage('about:blank');
  try {
    return await withCdp(tab, async (cdp) => {
      const events: TracedEvent[] = [];
      // The protocol types trace events as string maps; they are Trace Event Format objects.
      cdp.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as typeof events)));
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,v8,v8.execute,blink,disabled-by-default-devtools.timeline',
        transferMode: 'ReportEvents',
      });
      const startedAt = Date.now();
      await navigate(cdp, url);
      await untilWindowEnds(startedAt, windowMs);
      await settled();
      await tab.evaluate(SETTLE);
      await cdp.send('Tracing.end');
      await complete;
      return eventTotals(events);
    });
  } finally {
    await tab.close();
  }
}

/** Events traced with `ours` minus `theirs` over TRACED_RUNS alternated loads of `url` (the median of each event's total). */
export async function tracedShares(
  ours: { session: ExtensionSession; settled: () => Promise<unknown> },
  theirs: ExtensionSession,
  url: string,
  windowMs: number,
  by: 'wall' | 'cpu' = 'wall',
): Promise<TraceShare[]> {
  // Several traced loads a side, alternated, each event's total the median of them: one
  // load against one says more about the HTML parser's timing than about us.
  const runs = await alternated(
    TRACED_RUNS,
    () => tracedLoad(ours.session, url, ours.settled, windowMs),
    () => tracedLoad(theirs, url, async () => undefined, windowMs),
  );
  return traceShares(runs.ours, runs.theirs, 12, by);
}

export async function benchPageLoad(
  browser: BenchBrowser,
  targets: readonly LoadTarget[],
  runs: number,
  log: (line: string) => void,
): Promise<PageLoadBench | null> {
  if (browser.name !== 'chromium') return null;
  const bare = await launchChromium({ extensionDir: '', headless: true });
  const emptyDir = await writeEmptyExtension(BUILD_DIRS.chromium, 'chromium');
  const empty = await launchChromium({ extensionDir: emptyDir.dir, headless: true });
  try {
    const pages: PageLoadCost[] = [];
    const settled = (url: string) => () => settledOurs(browser, url);
    for (const target of targets) {
      // Warm-up, not counted: it also sets the window every load of this page is read over.
      const warm = await loadOnce(browser.session, target.url, settled(target.url));
      await loadOnce(bare, target.url, async () => undefined);
      await loadOnce(empty, target.url, async () => undefined);
      const windowMs = loadWindowMs(warm.settledMs);
      const bareLoad = () => loadOnce(bare, target.url, async () => undefined, true, windowMs);
      const emptyLoad = () => loadOnce(empty, target.url, async () => undefined, false, windowMs);
      let turn = 0;
      const loads = await alternated(
        loadRuns(runs),
        () => loadOnce(browser.session, target.url, settled(target.url), false, windowMs),
        // The bare and the empty-script browsers load next to each other, in turns too.
        async () => {
          if (turn++ % 2 === 0) {
            const none = await bareLoad();
            return { none, empty: await emptyLoad() };
          }
          const emptied = await emptyLoad();
          return { none: await bareLoad(), empty: emptied };
        },
      );
      const withExt = loads.ours.map((a) => a.metrics);
      const without = loads.theirs.map((b) => b.none.metrics);
      const withEmpty = loads.theirs.map((b) => b.empty.metrics);
      const cost: PageLoadCost = {
        page: target.name,
        mentions: target.mentions,
        with: summarise(withExt),
        without: summarise(without),
        added: paired(withExt, without),
        floorScriptMs: median(loads.theirs.map((b) => b.none.floorScriptMs)),
        emptyAdded: paired(withEmpty, without),
      };
      pages.push(cost);
      log(
        `  load ${target.name}: +${cost.added.taskMs.toFixed(1)} ms tasks (CPU: +${cost.added.threadMs?.toFixed(1)} ms main thread, ` +
          `+${cost.added.processMs?.toFixed(1)} ms renderer), +${cost.added.scriptMs.toFixed(1)} ms script ` +
          `(floor ${cost.floorScriptMs.toFixed(2)} ms), +${(cost.added.heapBytes / 1048576).toFixed(2)} MB heap ` +
          `(${((cost.added.heapAfterGcBytes ?? NaN) / 1048576).toFixed(2)} MB after GC); ` +
          `empty script +${cost.emptyAdded?.taskMs.toFixed(1)} ms tasks (CPU +${cost.emptyAdded?.threadMs?.toFixed(1)} ms), ` +
          `+${cost.emptyAdded?.scriptMs.toFixed(1)} ms script, ` +
          `+${((cost.emptyAdded?.heapBytes ?? NaN) / 1048576).toFixed(2)} MB heap`,
      );
    }
    const traceOf = async (target: LoadTarget | undefined, theirs: ExtensionSession, by: 'wall' | 'cpu' = 'wall') => {
      if (!target) return null;
      const warm = await loadOnce(browser.session, target.url, settled(target.url));
      const shares = await tracedShares({ session: browser.session, settled: settled(target.url) }, theirs, target.url, loadWindowMs(warm.settledMs), by);
      return { page: target.name, shares };
    };
    const trace = await traceOf(targets.find((t) => t.name.includes('rferl')) ?? targets[0], bare);
    // Where our cost beyond any content script's goes, on a page the gate turns away.
    const emptyTrace = await traceOf(targets.find((t) => !t.mentions && t.name.startsWith('pages/')), empty);
    // What our frames cost beyond any content script's, by CPU time.
    const framed = targets.find((t) => t.name.includes('frames-20'));
    const framesTrace = framed ? await traceOf(framed, empty, 'cpu') : null;
    return { pages, trace, emptyTrace, framesTrace };
  } finally {
    await empty.close();
    await bare.close();
    await emptyDir.remove();
  }
}
