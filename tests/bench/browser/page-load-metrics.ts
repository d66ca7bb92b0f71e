/**
 * One page load's figures as DevTools' Performance.getMetrics gives them, and how section 7 sums
 * them over runs. TaskDuration is wall time: on a busy machine, work in other processes (the
 * service worker, the browser process, other tabs) takes the CPU from the page's main thread in
 * the middle of its tasks, and the task grows although the page did no more. ThreadTime is the
 * CPU time of the renderer's main thread and ProcessTime that of the whole renderer process; so
 * beside the wall time they say how much of it is work done on the page's behalf.
 */
import { interquartileMean, pairedCost } from './page-load-method';

export interface LoadMetrics {
  taskMs: number;
  scriptMs: number;
  heapBytes: number;
  /**
   * The same heap after a garbage collection forced once the other figures are read: what the
   * load leaves behind, without the garbage of its work that a collection would free. Absent
   * where not measured (Firefox).
   */
  heapAfterGcBytes?: number;
  /** CPU time of the renderer's main thread over the load (ThreadTime; Chromium only). */
  threadMs?: number;
  /**
   * CPU time of the whole renderer process over the load (ProcessTime, read before the
   * navigation and after; the operating system counts it in 10 ms ticks). Chromium only.
   */
  processMs?: number;
}

export type Metric = { name: string; value: number };

/**
 * The figures of a getMetrics reply (seconds, as the protocol gives them, made ms). TaskDuration
 * and ThreadTime count from Performance.enable; ProcessTime counts from the process's start, so
 * `processAtStart` (its value before the navigation) is taken off.
 */
export function metricsOf(list: readonly Metric[], processAtStart = 0): LoadMetrics {
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return {
    taskMs: get('TaskDuration') * 1000,
    scriptMs: get('ScriptDuration') * 1000,
    heapBytes: get('JSHeapUsedSize'),
    threadMs: get('ThreadTime') * 1000,
    processMs: (get('ProcessTime') - processAtStart) * 1000,
  };
}

const FIELDS = ['taskMs', 'scriptMs', 'heapBytes', 'heapAfterGcBytes', 'threadMs', 'processMs'] as const;

const each = (f: (field: (typeof FIELDS)[number]) => number): LoadMetrics =>
  Object.fromEntries(FIELDS.map((field) => [field, f(field)])) as unknown as LoadMetrics;

/** Each figure's interquartile mean over the runs (a figure absent from a run counts as not measured). */
export function summarise(samples: readonly LoadMetrics[]): LoadMetrics {
  return each((field) => interquartileMean(samples.map((s) => s[field] ?? NaN)));
}

/** Each figure's cost, with minus without, pair by pair (page-load-method.ts). */
export function paired(withExt: readonly LoadMetrics[], without: readonly LoadMetrics[]): LoadMetrics {
  return each((field) => pairedCost(withExt.map((s) => s[field] ?? NaN), without.map((s) => s[field] ?? NaN)));
}

/** How much of the main-thread time added is CPU time of the page's main thread (0–1; NaN when either is unmeasured or nothing was added). */
export function cpuShare(added: LoadMetrics): number {
  const thread = added.threadMs ?? NaN;
  return added.taskMs > 0 && Number.isFinite(thread) ? thread / added.taskMs : NaN;
}
