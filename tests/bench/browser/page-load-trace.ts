/**
 * Section 7's trace breakdown, pure: per event name, the time the renderer's main thread spent in
 * it over one traced load — wall time (`dur`) and, where the event carries it, the thread's CPU
 * time (`tdur`) — and, over several loads a side, each event's median with minus without.
 */
import { median } from '../stats';

export interface TracedEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** One event name's totals over a load, ms; `cpuMs` counts only the events that carry a thread duration. */
export interface EventTotal {
  wallMs: number;
  cpuMs: number;
}

export interface TraceShare {
  name: string;
  /** Total duration on renderer main threads, with minus without the extension (ms). */
  addedMs: number;
  /** The same events' thread (CPU) time, with minus without (ms); NaN where no event of the name carries one. */
  addedCpuMs: number;
}

/** Complete events on the renderers' main threads, summed by name. */
export function eventTotals(events: readonly TracedEvent[]): Map<string, EventTotal> {
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const totals = new Map<string, EventTotal>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    const total = totals.get(e.name) ?? { wallMs: 0, cpuMs: NaN };
    total.wallMs += e.dur / 1000;
    if (e.tdur !== undefined) total.cpuMs = (Number.isNaN(total.cpuMs) ? 0 : total.cpuMs) + e.tdur / 1000;
    totals.set(e.name, total);
  }
  return totals;
}

/**
 * The events that differ most between the loads with (`ours`) and without (`theirs`), at most
 * `top`: in wall time, or (`by` 'cpu') in the thread's CPU time, which says more about what is
 * ours on a busy machine.
 */
export function traceShares(ours: readonly Map<string, EventTotal>[], theirs: readonly Map<string, EventTotal>[], top = 12, by: 'wall' | 'cpu' = 'wall'): TraceShare[] {
  const names = new Set([...ours, ...theirs].flatMap((totals) => [...totals.keys()]));
  const at = (sides: readonly Map<string, EventTotal>[], name: string, field: keyof EventTotal) =>
    median(sides.map((totals) => totals.get(name)?.[field] ?? 0).map((v) => (Number.isFinite(v) ? v : 0)));
  const carriesCpu = (name: string) => [...ours, ...theirs].some((totals) => Number.isFinite(totals.get(name)?.cpuMs));
  return [...names]
    .map((name) => ({
      name,
      addedMs: at(ours, name, 'wallMs') - at(theirs, name, 'wallMs'),
      addedCpuMs: carriesCpu(name) ? at(ours, name, 'cpuMs') - at(theirs, name, 'cpuMs') : NaN,
    }))
    // RunTask wraps every task: what it holds is listed by its parts.
    .filter((s) => (by === 'cpu' ? s.addedCpuMs : s.addedMs) > 0.5 && !s.name.endsWith('RunTask'))
    .sort((x, y) => (by === 'cpu' ? y.addedCpuMs - x.addedCpuMs : y.addedMs - x.addedMs))
    .slice(0, top);
}

/** `name 23.2 ms (CPU 4.1 ms)`, or without the CPU where the events carry none. */
export function shareText(s: TraceShare): string {
  return `${s.name} ${s.addedMs.toFixed(1)} ms${Number.isFinite(s.addedCpuMs) ? ` (CPU ${s.addedCpuMs.toFixed(1)} ms)` : ''}`;
}
