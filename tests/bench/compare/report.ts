/** The before/after tables of `npm run bench:compare`, in Markdown (for the README and issue notes). */
import type { BrowserName } from '../../../lib/dev/paths';
import type { Machine } from '../machine';
import { median } from '../stats';
import { kb, ms, renderTable, type Table } from '../table';

export interface Side {
  /** The content script's first full scan (median, ms) and the mentions it found. */
  scanMs: number;
  mentions: number;
  /** Chromium: main-thread task time and JS heap of the whole load (medians). */
  taskMs: number | null;
  heapBytes: number | null;
  /** Chromium: CPU time of the page's main thread over the whole load (ThreadTime, median); absent in older results. */
  threadMs?: number | null;
}

export interface PageComparison {
  page: string;
  before: Side;
  after: Side;
  /** Chromium with no extension, the same page (medians). */
  bare: { taskMs: number; heapBytes: number; threadMs?: number } | null;
}

export interface BrowserComparison {
  name: BrowserName;
  version: string;
  pages: PageComparison[];
}

export interface Comparison {
  command: string;
  baseline: { ref: string; commit: string };
  current: string;
  runs: number;
  machine: Machine;
  contentScript: { before: { raw: number; gzipped: number }; after: { raw: number; gzipped: number } };
  browsers: BrowserComparison[];
}

const added = (value: number | null, bare: number | undefined) => (value === null || bare === undefined ? NaN : value - bare);
const mb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1048576).toFixed(2) : '–');
const change = (before: number, after: number) => (before > 0 ? `${(((after - before) / before) * 100).toFixed(0)} %` : '–');

function browserTable(b: BrowserComparison, commits: string): Table {
  const chromium = b.name === 'chromium';
  const rows = b.pages.map((p) => [
    p.page,
    String(p.after.mentions),
    ms(p.before.scanMs, 2),
    ms(p.after.scanMs, 2),
    ...(chromium
      ? [
          ms(added(p.before.taskMs, p.bare?.taskMs), 1),
          ms(added(p.after.taskMs, p.bare?.taskMs), 1),
          ms(added(p.before.threadMs ?? null, p.bare?.threadMs), 1),
          ms(added(p.after.threadMs ?? null, p.bare?.threadMs), 1),
          mb(added(p.before.heapBytes, p.bare?.heapBytes)),
          mb(added(p.after.heapBytes, p.bare?.heapBytes)),
        ]
      : []),
  ]);
  const before = median(b.pages.map((p) => p.before.scanMs));
  const after = median(b.pages.map((p) => p.after.scanMs));
  const summary = ['median over pages', '', ms(before, 2), `${ms(after, 2)} (${change(before, after)})`];
  if (chromium) {
    const tb = median(b.pages.map((p) => added(p.before.taskMs, p.bare?.taskMs)));
    const ta = median(b.pages.map((p) => added(p.after.taskMs, p.bare?.taskMs)));
    const cb = median(b.pages.map((p) => added(p.before.threadMs ?? null, p.bare?.threadMs)));
    const ca = median(b.pages.map((p) => added(p.after.threadMs ?? null, p.bare?.threadMs)));
    const hb = median(b.pages.map((p) => added(p.before.heapBytes, p.bare?.heapBytes)));
    const ha = median(b.pages.map((p) => added(p.after.heapBytes, p.bare?.heapBytes)));
    summary.push(ms(tb, 1), ms(ta, 1), ms(cb, 1), ms(ca, 1), mb(hb), mb(ha));
  }
  rows.push(summary);
  return {
    title: `Before / after — ${b.version} (${commits}; medians; ms)`,
    head: ['page', 'mentions', 'scan before', 'scan after', ...(chromium ? ['load adds before', 'load adds after', 'CPU adds before', 'CPU adds after', 'heap adds before (MB)', 'heap adds after (MB)'] : [])],
    right: chromium ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [1, 2, 3],
    rows,
    notes: [
      'Scan: the content script\'s first full scan at load as it times itself (the sum of its slices).' +
        (chromium
          ? ' Load adds: main-thread task time (DevTools TaskDuration) and JS heap of the whole load, minus the same page in a Chromium with no extension; CPU adds: the same for the CPU time of the page\'s main thread ' +
              '(DevTools ThreadTime), which a busy machine does not inflate as it does the wall time.'
          : ''),
    ],
  };
}

export function compareTables(c: Comparison): string {
  const commits = `${c.baseline.commit.slice(0, 7)} → ${c.current.slice(0, 7)}`;
  const size: Table = {
    title: `First-stage content script (${commits})`,
    head: ['', 'before', 'after'],
    right: [1, 2],
    rows: [
      ['KB', kb(c.contentScript.before.raw), kb(c.contentScript.after.raw)],
      ['KB, gzip -9', kb(c.contentScript.before.gzipped), kb(c.contentScript.after.gzipped)],
    ],
  };
  const head = `\`${c.command}\` — ${c.runs} runs per page and build, alternating; ${c.machine.cpu}, ${c.machine.cores} cores, ${c.machine.os}, Node ${c.machine.node}.`;
  return [head, renderTable(size, 'markdown'), ...c.browsers.map((b) => renderTable(browserTable(b, commits), 'markdown'))].join('\n\n');
}
