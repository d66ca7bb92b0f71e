/**
 * How section 7 turns loads into a figure, the same in both browsers. A page load's main-thread
 * time is noisy (the page's own parsing and scripts vary by tens of milliseconds from load to
 * load, more on a busy machine), and a difference of two noisy figures more so. So:
 * - every load of a page, with and without the extension, is read over the same window of time
 *   from its navigation (the page's own timers and scripts keep running after its load event, and
 *   a longer wait on one side would count them as ours); the window is set per page from a
 *   warm-up load, long enough for our first scan or gate;
 * - a warm-up load on each side first, not counted (the disk cache, the first compile);
 * - at least MIN_LOAD_RUNS pairs, alternated (with first, then without first), so a drift of the
 *   machine's speed weighs on both sides alike;
 * - the cost is the interquartile mean of the pairs' differences: the middle half of them,
 *   averaged — as robust as a median to a load that a stall hit, steadier than one.
 */

/** Pairs of loads per page at least, whatever --runs says (an even number: as many of each order). */
export const MIN_LOAD_RUNS = 8;

/** The shortest window a load is read over (ms from its navigation). */
const MIN_WINDOW_MS = 1000;

export function loadRuns(runs: number): number {
  const n = Math.max(runs, MIN_LOAD_RUNS);
  return n % 2 === 0 ? n : n + 1;
}

/** The window for a page whose warm-up load with the extension took `settledMs` to settle. */
export function loadWindowMs(settledMs: number): number {
  return Math.max(MIN_WINDOW_MS, Math.ceil((settledMs * 2) / 100) * 100);
}

/** The mean of the middle half of the samples (non-finite ones left out). */
export function interquartileMean(samples: readonly number[]): number {
  const sorted = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const cut = Math.floor(sorted.length / 4);
  const middle = sorted.length - 2 * cut > 0 ? sorted.slice(cut, sorted.length - cut) : sorted;
  return middle.reduce((sum, x) => sum + x, 0) / middle.length;
}

/** The cost per pair (with minus without, run by run), summarised. */
export function pairedCost(withSamples: readonly number[], withoutSamples: readonly number[]): number {
  return interquartileMean(withSamples.map((w, i) => w - (withoutSamples[i] ?? NaN)));
}

/** Waits until `windowMs` after `startedAt` (Date.now() at the navigation). */
export async function untilWindowEnds(startedAt: number, windowMs: number): Promise<void> {
  const left = startedAt + windowMs - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

/**
 * `runs` loads with the extension and as many without, alternating which goes first, so that a
 * drift of the machine's speed weighs on both sides alike.
 */
export async function alternated<A, B>(runs: number, ours: () => Promise<A>, theirs: () => Promise<B>): Promise<{ ours: A[]; theirs: B[] }> {
  const out = { ours: [] as A[], theirs: [] as B[] };
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      out.ours.push(await ours());
      out.theirs.push(await theirs());
    } else {
      out.theirs.push(await theirs());
      out.ours.push(await ours());
    }
  }
  return out;
}
