/** Section 7's table: what a page load costs with Backstory minus without it (Chromium). */
import type { LoadMetrics, PageLoadBench } from './browser/page-load';
import { median } from './stats';
import { ms, ratio, type Table } from './table';

const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(2)} MB` : '–');

/** The empty content script's medians (time, script), or n/a where it was not measured. */
function emptyMedians(costs: readonly (LoadMetrics | undefined)[]): string[] {
  const measured = costs.filter((c): c is LoadMetrics => c !== undefined);
  if (measured.length === 0) return ['n/a', 'n/a'];
  return [ms(median(measured.map((c) => c.taskMs)), 1), ms(median(measured.map((c) => c.scriptMs)), 1)];
}

export function loadTable(version: string, load: PageLoadBench): Table {
  const rows = load.pages.map((p) => [
    p.page,
    p.mentions ? 'yes' : 'no',
    ms(p.added.taskMs, 1),
    ms(p.added.scriptMs, 1),
    ms(p.floorScriptMs, 2),
    ratio(p.added.scriptMs / p.floorScriptMs),
    mb(p.added.heapBytes),
    mb(p.added.heapAfterGcBytes ?? NaN),
    p.emptyAdded ? ms(p.emptyAdded.taskMs, 1) : 'n/a',
    p.emptyAdded ? ms(p.emptyAdded.scriptMs, 1) : 'n/a',
  ]);
  const real = load.pages.filter((p) => p.page.startsWith('pages/'));
  rows.push([
    `median of ${real.length} real pages`,
    '',
    ms(median(real.map((p) => p.added.taskMs)), 1),
    ms(median(real.map((p) => p.added.scriptMs)), 1),
    ms(median(real.map((p) => p.floorScriptMs)), 2),
    ratio(median(real.map((p) => p.added.scriptMs / p.floorScriptMs))),
    mb(median(real.map((p) => p.added.heapBytes))),
    mb(median(real.map((p) => p.added.heapAfterGcBytes ?? NaN))),
    ...emptyMedians(real.map((p) => p.emptyAdded)),
  ]);
  const quiet = real.filter((p) => !p.mentions);
  rows.push([
    `median of ${quiet.length} pages without a mention`,
    '',
    ms(median(quiet.map((p) => p.added.taskMs)), 1),
    ms(median(quiet.map((p) => p.added.scriptMs)), 1),
    ms(median(quiet.map((p) => p.floorScriptMs)), 2),
    ratio(median(quiet.map((p) => p.added.scriptMs / p.floorScriptMs))),
    mb(median(quiet.map((p) => p.added.heapBytes))),
    mb(median(quiet.map((p) => p.added.heapAfterGcBytes ?? NaN))),
    ...emptyMedians(quiet.map((p) => p.emptyAdded)),
  ]);
  const emptyTrace = load.emptyTrace
    ? `Trace of ${load.emptyTrace.page} (no mention), main-thread time of ours minus the empty content script's, by event: ` +
      load.emptyTrace.shares.map((s) => `${s.name} ${s.addedMs.toFixed(1)} ms`).join('; ') + '.'
    : '';
  const trace = load.trace
    ? `Trace of ${load.trace.page}, main-thread time added by event (nested events overlap): ` +
      load.trace.shares.map((s) => `${s.name} ${s.addedMs.toFixed(1)} ms`).join('; ') + '.'
    : '';
  return {
    title: `7. What a page load costs — ${version} (with the extension minus without, interquartile mean of ≥ 8 alternated pairs)`,
    head: ['page', 'mentions', 'main-thread time added', 'script time added', 'floor', 'script / floor', 'JS heap added', 'JS heap added, after GC', 'empty script: time added', 'empty script: script added'],
    right: [2, 3, 4, 5, 6, 7, 8, 9],
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
      trace,
      emptyTrace,
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
