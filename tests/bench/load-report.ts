/** Section 7's table: what a page load costs with Backstory minus without it (Chromium). */
import type { LoadMetrics, PageLoadBench, PageLoadCost } from './browser/page-load';
import { shareText } from './browser/page-load-trace';
import { median } from './stats';
import { ms, ratio, type Table } from './table';

const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(2)} MB` : '–');

/** The empty content script's medians (time, script, main-thread CPU), or n/a where it was not measured. */
function emptyMedians(costs: readonly (LoadMetrics | undefined)[]): string[] {
  const measured = costs.filter((c): c is LoadMetrics => c !== undefined);
  if (measured.length === 0) return ['n/a', 'n/a', 'n/a'];
  return [ms(median(measured.map((c) => c.taskMs)), 1), ms(median(measured.map((c) => c.scriptMs)), 1), ms(median(measured.map((c) => c.threadMs ?? NaN)), 1)];
}

/** A row of medians over `pages`. */
function medianRow(label: string, pages: readonly PageLoadCost[]): string[] {
  const at = (f: (p: PageLoadCost) => number) => median(pages.map(f));
  return [
    label,
    '',
    ms(at((p) => p.added.taskMs), 1),
    ms(at((p) => p.added.threadMs ?? NaN), 1),
    ms(at((p) => p.added.processMs ?? NaN), 1),
    ms(at((p) => p.added.scriptMs), 1),
    ms(at((p) => p.floorScriptMs), 2),
    ratio(at((p) => p.added.scriptMs / p.floorScriptMs)),
    mb(at((p) => p.added.heapBytes)),
    mb(at((p) => p.added.heapAfterGcBytes ?? NaN)),
    ...emptyMedians(pages.map((p) => p.emptyAdded)),
  ];
}

/** Of the main-thread time added (median over `pages`), how much is the main thread's CPU time added (median). */
export function cpuShareText(pages: readonly PageLoadCost[]): string {
  const task = median(pages.map((p) => p.added.taskMs));
  const thread = median(pages.map((p) => p.added.threadMs ?? NaN));
  if (!Number.isFinite(task) || !Number.isFinite(thread)) return '–';
  return `${ms(thread, 1)} of ${ms(task, 1)} ms (${task > 0 ? Math.round((thread / task) * 100) : '–'} %)`;
}

export function loadTable(version: string, load: PageLoadBench): Table {
  const rows = load.pages.map((p) => [
    p.page,
    p.mentions ? 'yes' : 'no',
    ms(p.added.taskMs, 1),
    ms(p.added.threadMs ?? NaN, 1),
    ms(p.added.processMs ?? NaN, 1),
    ms(p.added.scriptMs, 1),
    ms(p.floorScriptMs, 2),
    ratio(p.added.scriptMs / p.floorScriptMs),
    mb(p.added.heapBytes),
    mb(p.added.heapAfterGcBytes ?? NaN),
    p.emptyAdded ? ms(p.emptyAdded.taskMs, 1) : 'n/a',
    p.emptyAdded ? ms(p.emptyAdded.scriptMs, 1) : 'n/a',
    p.emptyAdded ? ms(p.emptyAdded.threadMs ?? NaN, 1) : 'n/a',
  ]);
  const real = load.pages.filter((p) => p.page.startsWith('pages/'));
  const quiet = real.filter((p) => !p.mentions);
  rows.push(medianRow(`median of ${real.length} real pages`, real), medianRow(`median of ${quiet.length} pages without a mention`, quiet));
  const cpu = load.pages.some((p) => Number.isFinite(p.added.threadMs ?? NaN))
    ? `CPU beside wall time: of the main-thread time added, the page's main thread spent ${cpuShareText(real)} on the CPU ` +
      `(median of the real pages), ${cpuShareText(quiet)} on pages without a mention, ${cpuShareText(real.filter((p) => p.mentions))} on pages with one. ` +
      'Main-thread CPU added: DevTools ThreadTime (the renderer main thread\'s CPU time); renderer CPU added: ProcessTime (the whole ' +
      'renderer process, read before the navigation and after, in the operating system\'s 10 ms ticks), each with minus without, the same pairs. ' +
      'TaskDuration is wall time: on a busy machine, work in other processes takes the CPU from the page\'s thread inside its tasks, and they grow.'
    : '';
  const emptyTrace = load.emptyTrace
    ? `Trace of ${load.emptyTrace.page} (no mention), main-thread time of ours minus the empty content script's, by event: ` +
      load.emptyTrace.shares.map(shareText).join('; ') + '.'
    : '';
  const trace = load.trace
    ? `Trace of ${load.trace.page}, main-thread time added by event (nested events overlap): ` +
      load.trace.shares.map(shareText).join('; ') + '.'
    : '';
  const framesTrace = load.framesTrace
    ? `Trace of ${load.framesTrace.page}, main-thread time of ours minus the empty content script's, by event, largest CPU time first: ` +
      load.framesTrace.shares.map(shareText).join('; ') + '.'
    : '';
  return {
    title: `7. What a page load costs — ${version} (with the extension minus without, interquartile mean of ≥ 8 alternated pairs)`,
    head: [
      'page',
      'mentions',
      'main-thread time added',
      'main-thread CPU added',
      'renderer CPU added',
      'script time added',
      'floor',
      'script / floor',
      'JS heap added',
      'JS heap added, after GC',
      'empty script: time added',
      'empty script: script added',
      'empty script: CPU added',
    ],
    right: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    rows,
    notes: [
      'Two Chromiums started alike, one with the built extension and one with none, load each page in turn; DevTools ' +
        'Performance.getMetrics (TaskDuration, ScriptDuration, JSHeapUsedSize of the page\'s renderer, collected from ' +
        'before navigation) is read once the load has settled (load event, our first scan, two frames and an idle period), ' +
        'every load of a page over the same window from its navigation, on both sides (set by a warm-up load, not counted). ' +
        'Per page: the interquartile mean of the pairs\' differences (tests/bench/browser/page-load-method.ts). ' +
        'Floor: a bare TreeWalker pass over the page\'s text, timed in the page. Empty script: a generated extension with ' +
        'our content-script declaration (matches, run_at, all_frames, match_about_blank) and an empty script, measured in the ' +
        'same turns (with it minus without): the cost of any content script, which ours cannot go below ' +
        '(tests/bench/browser/empty-extension.ts). JS heap after GC: the same, read again after a garbage collection forced ' +
        'once the other figures are read (what the load keeps, without its work\'s garbage).',
      cpu,
      trace,
      emptyTrace,
      framesTrace,
      ...(version.includes('Firefox')
        ? [
            'Firefox: WebDriver BiDi gives no per-page task, script or heap metrics, no longtask entries and no performance.memory. ' +
              'Main-thread time here is a probe in the page\'s own world, started before its first script (a BiDi preload script): a chain ' +
              'of MessageChannel messages whose lateness, summed where it is 1 ms or more, is the time the thread spent in other tasks ' +
              '(with minus without, alternated). It counts time the OS took the CPU away too: on a busy machine it is noise.',
          ]
        : []),
    ].filter(Boolean),
  };
}
