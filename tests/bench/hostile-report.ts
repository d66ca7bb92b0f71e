/** The hostile-pages section's table (tests/bench/browser/hostile.ts), one per browser. */
import type { HostileRow } from './browser/hostile';
import { renderTable, type Format } from './table';

const ms = (n: number) => n.toFixed(1);
const mb = (n: number | null) => (n === null ? '–' : n.toFixed(1));

export function hostileTables(browsers: { version: string; hostile?: HostileRow[] | null }[], format: Format): string {
  return browsers
    .filter((b) => b.hostile && b.hostile.length > 0)
    .map((b) =>
      renderTable(
        {
          title: `Hostile and huge pages — ${b.version} (one run each)`,
          head: ['page', 'longest task of ours, ms', 'what', 'tasks ≥ 50 ms', 'longest scan slice, ms', 'mentions', 'painted', 'first scan wall, ms', 'slices', 'rescans', 'restores', 'JS heap added, MB', 'JS heap, MB'],
          rows: (b.hostile ?? []).map((r) => [
            r.page, ms(r.longestTaskMs), r.longestTaskWhat, String(r.tasksOver50), ms(r.longestScanSliceMs ?? 0), String(r.mentions), String(r.painted),
            ms(r.scanWallMs), String(r.slices), String(r.rescans), String(r.restores), mb(r.heapAddedMb), mb(r.heapOnMb),
          ]),
          right: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          notes: [
            'Longest task and tasks ≥ 50 ms: the content script\'s own record of each of its slices and tasks (scan, rescan, the popup\'s report, card). ' +
              'JS heap (Chromium: DevTools Performance.getMetrics JSHeapUsedSize after GC): added = Backstory on minus off for the static pages, end minus start for the 60 s loops. ' +
              'Firefox exposes no per-page heap figure to automation.',
          ],
        },
        format,
      ),
    )
    .join('\n\n');
}
