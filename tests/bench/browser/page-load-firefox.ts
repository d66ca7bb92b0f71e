/**
 * Section 7 in Firefox, as far as it lets automation see: Firefox gives WebDriver BiDi no
 * per-renderer task, script or heap metrics (nothing like DevTools' Performance.getMetrics),
 * no `longtask` entries and no `performance.memory`. So a probe in the page's own world, started
 * before the page's first script (a BiDi preload script), runs a chain of MessageChannel
 * messages from the start of the load and sums how late each arrives whenever that is over
 * 1 ms: the time the page's main thread spent in other tasks of 1 ms or more (parsing, the
 * page's scripts, and — with the extension — the content script's injection, start-up and
 * scan). With minus without, alternated, each load read over the same window from its start,
 * the interquartile mean of the pairs per page, as in Chromium (page-load-method.ts). The heap is
 * not measured (n/a). Beside it, as in Chromium, an extension with our content-script
 * declaration and an empty script (empty-extension.ts), in the same turns.
 */
import { launchFirefox } from '../../../lib/dev/firefox';
import { BUILD_DIRS } from '../../../lib/dev/paths';
import type { ExtensionSession } from '../../../lib/dev/session-types';
import { writeEmptyExtension } from './empty-extension';
import { FIREFOX_IDLE_MS, type BenchBrowser } from './launch';
import { alternated, interquartileMean, loadRuns, loadWindowMs, pairedCost, untilWindowEnds } from './page-load-method';
import type { LoadMetrics, LoadTarget, PageLoadBench, PageLoadCost } from './page-load';

const PROBE = `(() => {
  const channel = new MessageChannel();
  let busy = 0, sent = performance.now(), stop = false;
  channel.port1.onmessage = () => {
    const now = performance.now();
    const late = now - sent;
    if (late >= 1) busy += late;
    sent = now;
    if (!stop) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  Object.defineProperty(window, '__busyProbe', { value: () => { stop = true; return busy; } });
})();`;

interface ProbeWindow {
  __busyProbe?: () => number;
}

// No named inner functions: the page gets this function's source, without tsx's __name helper.
const SETTLE = () =>
  new Promise<boolean>((resolve) => {
    new Promise((loaded) => (document.readyState === 'complete' ? loaded(null) : addEventListener('load', loaded, { once: true })))
      .then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(true), 200))))
      .catch(() => resolve(false));
  });

/** The probe's figure, read `windowMs` after the load began (or once `settled`, when later); and when that was. */
async function loadOnce(session: ExtensionSession, url: string, settled: () => Promise<unknown>, windowMs = 0): Promise<{ busyMs: number; settledMs: number }> {
  const startedAt = Date.now();
  const page = await session.openPage(url, { initScript: PROBE });
  try {
    await page.evaluate(SETTLE);
    await untilWindowEnds(startedAt, windowMs);
    await settled();
    const settledMs = Date.now() - startedAt;
    return { busyMs: await page.evaluate(() => (window as unknown as ProbeWindow).__busyProbe?.() ?? NaN), settledMs };
  } finally {
    await page.close();
  }
}

export async function benchPageLoadFirefox(
  browser: BenchBrowser,
  targets: readonly LoadTarget[],
  runs: number,
  settledOurs: (browser: BenchBrowser, url: string) => Promise<unknown>,
  log: (line: string) => void,
): Promise<PageLoadBench | null> {
  if (browser.name !== 'firefox') return null;
  const launch = (extensionDir: string) =>
    launchFirefox({
      extensionDir,
      headless: true,
      firefoxPrefs: { 'privacy.reduceTimerPrecision': false, 'extensions.background.idle.timeout': FIREFOX_IDLE_MS },
    });
  const bare = await launch('');
  const emptyDir = await writeEmptyExtension(BUILD_DIRS.firefox, 'firefox');
  const empty = await launch(emptyDir.dir);
  const none: LoadMetrics = { taskMs: NaN, scriptMs: NaN, heapBytes: NaN };
  try {
    const pages: PageLoadCost[] = [];
    for (const target of targets) {
      // Warm-up, not counted: it also sets the window every load of this page is read over.
      const warm = await loadOnce(browser.session, target.url, () => settledOurs(browser, target.url));
      await loadOnce(bare, target.url, async () => undefined);
      await loadOnce(empty, target.url, async () => undefined);
      const windowMs = loadWindowMs(warm.settledMs);
      const busy = async (session: ExtensionSession) => (await loadOnce(session, target.url, async () => undefined, windowMs)).busyMs;
      let turn = 0;
      const loads = await alternated(
        loadRuns(runs),
        async () => (await loadOnce(browser.session, target.url, () => settledOurs(browser, target.url), windowMs)).busyMs,
        // The bare and the empty-script browsers load next to each other, in turns too.
        async () => {
          if (turn++ % 2 === 0) {
            const bareMs = await busy(bare);
            return { bareMs, emptyMs: await busy(empty) };
          }
          const emptyMs = await busy(empty);
          return { bareMs: await busy(bare), emptyMs };
        },
      );
      const ours = loads.ours;
      const theirs = loads.theirs.map((t) => t.bareMs);
      const emptied = loads.theirs.map((t) => t.emptyMs);
      const w = interquartileMean(ours);
      const wo = interquartileMean(theirs);
      const cost: PageLoadCost = {
        page: target.name,
        mentions: target.mentions,
        with: { ...none, taskMs: w },
        without: { ...none, taskMs: wo },
        added: { ...none, taskMs: pairedCost(ours, theirs) },
        floorScriptMs: NaN,
        emptyAdded: { ...none, taskMs: pairedCost(emptied, theirs) },
      };
      pages.push(cost);
      log(
        `  load ${target.name} (firefox): +${cost.added.taskMs.toFixed(1)} ms of main-thread tasks ≥ 1 ms (probe); ` +
          `empty script +${cost.emptyAdded?.taskMs.toFixed(1)} ms`,
      );
    }
    return { pages, trace: null };
  } finally {
    await empty.close();
    await bare.close();
    await emptyDir.remove();
  }
}
