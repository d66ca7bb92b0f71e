/**
 * Sections 1 and 2: page scan and long tasks. On each page, each figure from fresh loads:
 *   (a) the floor — a bare TreeWalker pass reading every text node, in the content script's
 *       world, on a load with Backstory off;
 *   (b) Backstory's first full scan at load (extract, normalise, match, build ranges, register
 *       highlights) as the content script times it: the sum of its time slices;
 *   (c) mark.js, acrossElements, the watched entities' aliases as one RegExp, on another fresh
 *       load with Backstory off (so it does not react to mark.js's DOM changes). mark.js runs in
 *       the page's own world, which spares it the Xray costs Firefox's content scripts pay:
 *       that favours mark.js.
 * With the scan: our longest task on the page (the content script's own slices), Chromium's
 * longtask entries overlapping our work as a cross-check, and how long after DOMContentLoaded
 * the first highlight could be painted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageDiagnostics, WorkTiming } from '../../../lib/page/diagnostics';
import type { BenchPage } from '../pages';
import { figure, median, type Figure } from '../stats';
import { diagnosticsWhen, floorInContentWorld, open, setBackstory, type BenchBrowser, type Floor } from './launch';

/** mark.js gets this long per run; a page that needs more is run once and reported as a bound. */
const MARK_TIMEOUT_MS = 90_000;

/** In the page's world from its first script: long tasks (Chromium) and the first painted highlight. */
const OBSERVE_PAGE = `
  window.__bsLongTasks = [];
  try {
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__bsLongTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    }
  } catch {}
  (function tick() {
    const registry = window.CSS && CSS.highlights;
    if (registry && [...registry.keys()].some((k) => k.startsWith('backstory-'))) {
      window.__bsFirstPaint = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  })();
`;

export interface ScanSample {
  diagnostics: PageDiagnostics;
  /** A second full scan of the same page once warm (Backstory switched off and on again). */
  warm: WorkTiming | null;
  /** Chromium's longest longtask overlapping our scan (its first slice to its end). */
  longtaskMs: number | null;
  /** The frame in which the page world first saw a highlight registered. */
  firstPaintAt: number | null;
}

export interface PageScan {
  page: string;
  htmlBytes: number;
  /** What the floor read: all text under <body> (scripts' text included). */
  textBytes: number;
  textNodes: number;
  /** What Backstory read: visible text, in blocks. */
  blocks: number;
  scannedTextNodes: number;
  scannedChars: number;
  mentionsB: number;
  mentionsC: number | null;
  a: Figure;
  b: Figure;
  bWall: Figure;
  /** (b) again on the same page, warm: what the scan costs once its code has run before. */
  bWarm: Figure;
  c: Figure | null;
  /** mark.js did not finish in time: `c` is a lower bound from one run. */
  cTimedOut: boolean;
  ratioBA: number;
  ratioWarmBA: number;
  ratioCB: number | null;
  longestTask: Figure & { max: number; what: string };
  longtask: Figure | null;
  /** First highlight paintable (end of the slice that registered it) and seen painted, after DOMContentLoaded. */
  firstHighlight: Figure | null;
  firstPaint: Figure | null;
  matcher: { source: string; ms: Figure; unpackMs: Figure };
}

const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

async function floorRun(browser: BenchBrowser, page: BenchPage): Promise<Floor> {
  const tab = await open(browser, page.url);
  try {
    return await floorInContentWorld(browser, page.url);
  } finally {
    await tab.close();
  }
}

async function markRun(browser: BenchBrowser, page: BenchPage, pattern: string): Promise<{ ms: number; marks: number } | null> {
  const tab = await open(browser, page.url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), MARK_TIMEOUT_MS);
  });
  const run = tab.evaluate(
    ({ source, pattern }) =>
      new Promise<{ ms: number; marks: number }>((resolve) => {
        // mark.js defines window.Mark; the fixture server's CSP allows eval for this.
        (0, eval)(source);
        type Mark = new (ctx: Element) => { markRegExp(re: RegExp, o: { acrossElements: boolean; done(n: number): void }): void };
        const MarkJs = (window as unknown as { Mark: Mark }).Mark;
        const regex = new RegExp(pattern, 'giu');
        const start = performance.now();
        new MarkJs(document.body).markRegExp(regex, {
          acrossElements: true,
          done: (marks) => resolve({ ms: performance.now() - start, marks }),
        });
      }),
    { source: MARK_JS, pattern },
  );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
    run.catch(() => undefined); // closing the tab ends a run still going
    await tab.close().catch(() => undefined);
  }
}

async function scanRun(browser: BenchBrowser, page: BenchPage): Promise<ScanSample> {
  const tab = await open(browser, page.url, OBSERVE_PAGE);
  try {
    // A page the gate turned away has no scan (its second stage never loads): its sample is the gate's.
    const diagnostics = await diagnosticsWhen(
      browser,
      page.url,
      (d) => d.lastFullScan?.complete === true || d.gate?.possible === false,
      `the first scan (or the gate's no) of ${page.url}`,
    );
    const scan = diagnostics.lastFullScan;
    // From the scan's first slice: before it the page is still being parsed (its own long task).
    const from = scan?.startedAt ?? diagnostics.startedAt;
    // Without a scan, the gate's ask (its reading slices and the message's wait) is the window.
    const to = scan?.endedAt ?? from + (diagnostics.gate?.ms ?? 0);
    const seen = await tab.evaluate(() => {
      const w = window as unknown as { __bsLongTasks?: [number, number][]; __bsFirstPaint?: number };
      return { tasks: w.__bsLongTasks ?? null, firstPaint: w.__bsFirstPaint ?? null };
    });
    const overlapping = seen.tasks?.filter(([start, duration]) => start < to && start + duration > from).map(([, d]) => d);
    // Off and on again: the same code path as the first scan, with the code and the page warm
    // (none where the gate said no: the page gets no second stage).
    let warm: ScanSample['warm'] = null;
    if (scan) {
      await setBackstory(browser, false);
      await setBackstory(browser, true);
      const again = await diagnosticsWhen(browser, page.url, (d) => d.fullScans >= 2 && d.lastFullScan?.complete === true, `a second scan of ${page.url}`);
      warm = again.lastFullScan;
    }
    return {
      diagnostics,
      warm,
      longtaskMs: overlapping ? (overlapping.length ? Math.max(...overlapping) : 0) : null,
      firstPaintAt: seen.firstPaint,
    };
  } finally {
    await tab.close();
  }
}

const afterDcl = (d: PageDiagnostics, at: number | null): number | null =>
  at !== null && d.domContentLoadedAt !== null ? at - d.domContentLoadedAt : null;

function summarise(page: BenchPage, floors: Floor[], marks: Array<{ ms: number; marks: number } | null>, scans: ScanSample[]): PageScan {
  const runs = scans.map((s) => s.diagnostics.lastFullScan).filter((r) => r !== null);
  const first = runs[0];
  const a = figure(floors.map((f) => f.ms));
  const b = figure(runs.map((r) => r.workMs));
  const bWarm = figure(scans.map((s) => s.warm?.workMs ?? NaN));
  const finished = marks.filter((m) => m !== null);
  const timedOut = finished.length < marks.length;
  const c = marks.length === 0 ? null : timedOut ? { median: MARK_TIMEOUT_MS, samples: [] } : figure(finished.map((m) => m.ms));
  // A page the gate turned away reports the gate's whole ask as its longest "task" (its reading
  // slices and the wait for the answer): not a task, so only the scans' are taken, and the page's
  // long tasks during the ask are in `longtasks`.
  const tasks = scans.filter((s) => s.diagnostics.lastFullScan !== null).map((s) => s.diagnostics.longestTask);
  const longest = tasks.reduce((x, y) => (y.ms > x.ms ? y : x), { ms: 0, what: '' });
  const longtasks = scans.map((s) => s.longtaskMs).filter((x) => x !== null);
  const highlight = scans.map((s) => afterDcl(s.diagnostics, s.diagnostics.firstHighlightAt)).filter((x) => x !== null);
  const painted = scans.map((s) => afterDcl(s.diagnostics, s.firstPaintAt)).filter((x) => x !== null);
  const sources = [...new Set(scans.map((s) => s.diagnostics.matcher?.source ?? 'none'))].join('/');
  return {
    page: page.name,
    htmlBytes: page.htmlBytes,
    textBytes: floors[0]?.bytes ?? 0,
    textNodes: floors[0]?.textNodes ?? 0,
    blocks: first?.blocks ?? 0,
    scannedTextNodes: first?.textNodes ?? 0,
    scannedChars: first?.chars ?? 0,
    mentionsB: first?.mentions ?? 0,
    mentionsC: finished[0]?.marks ?? null,
    a,
    b,
    bWall: figure(runs.map((r) => r.wallMs)),
    bWarm,
    c,
    cTimedOut: timedOut,
    ratioBA: b.median / a.median,
    ratioWarmBA: bWarm.median / a.median,
    ratioCB: c ? c.median / b.median : null,
    longestTask: { ...figure(tasks.map((t) => t.ms)), max: longest.ms, what: longest.what },
    longtask: longtasks.length ? figure(longtasks) : null,
    firstHighlight: highlight.length ? figure(highlight) : null,
    firstPaint: painted.length ? figure(painted) : null,
    matcher: {
      source: sources,
      ms: figure(scans.map((s) => s.diagnostics.matcher?.ms ?? NaN)),
      unpackMs: figure(scans.map((s) => s.diagnostics.matcher?.unpackMs ?? NaN)),
    },
  };
}

export async function benchPageScan(
  browser: BenchBrowser,
  pages: readonly BenchPage[],
  runs: number,
  pattern: string,
  log: (line: string) => void,
): Promise<PageScan[]> {
  const floors = new Map<string, Floor[]>();
  const marks = new Map<string, Array<{ ms: number; marks: number } | null>>();
  await setBackstory(browser, false);
  for (const page of pages) {
    const f: Floor[] = [];
    for (let r = 0; r < runs; r++) f.push(await floorRun(browser, page));
    floors.set(page.name, f);
    const m: Array<{ ms: number; marks: number } | null> = [];
    for (let r = 0; r < runs; r++) {
      const run = await markRun(browser, page, pattern);
      m.push(run);
      if (run === null) break; // over the time box: one run says enough
    }
    marks.set(page.name, m);
    log(`  ${browser.name} ${page.name}: floor ${median(f.map((x) => x.ms)).toFixed(2)} ms, mark.js ${m.every((x) => x) ? `${median(m.map((x) => x?.ms ?? NaN)).toFixed(0)} ms` : `> ${MARK_TIMEOUT_MS / 1000} s`}`);
  }
  await setBackstory(browser, true);
  const results: PageScan[] = [];
  for (const page of pages) {
    const samples: ScanSample[] = [];
    for (let r = 0; r < runs; r++) samples.push(await scanRun(browser, page));
    const result = summarise(page, floors.get(page.name) ?? [], marks.get(page.name) ?? [], samples);
    log(`  ${browser.name} ${page.name}: scan ${result.b.median.toFixed(2)} ms (b/a ${result.ratioBA.toFixed(1)}), longest task ${result.longestTask.max.toFixed(1)} ms`);
    results.push(result);
  }
  return results;
}
