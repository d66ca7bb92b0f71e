/**
 * Section 7's CPU figures beside wall time (tests/bench/browser/page-load-metrics.ts and
 * page-load-trace.ts): read from getMetrics in the right units, summed over runs like the wall
 * time, and the trace's thread durations kept apart from events that carry none.
 */
import { describe, expect, it } from 'vitest';
import { cpuShare, metricsOf, paired, summarise, type LoadMetrics } from '../../bench/browser/page-load-metrics';
import { eventTotals, shareText, traceShares, type EventTotal } from '../../bench/browser/page-load-trace';

const reply = (task: number, thread: number, process: number) => [
  { name: 'TaskDuration', value: task },
  { name: 'ScriptDuration', value: 0.01 },
  { name: 'JSHeapUsedSize', value: 2_000_000 },
  { name: 'ThreadTime', value: thread },
  { name: 'ProcessTime', value: process },
];

describe('page-load metrics', () => {
  it('reads seconds as ms, and takes the renderer CPU before the navigation off ProcessTime', () => {
    const m = metricsOf(reply(0.25, 0.094, 0.19), 0.05);
    expect(m.taskMs).toBeCloseTo(250, 6);
    expect(m.scriptMs).toBeCloseTo(10, 6);
    expect(m.heapBytes).toBe(2_000_000);
    expect(m.threadMs).toBeCloseTo(94, 6);
    expect(m.processMs).toBeCloseTo(140, 6);
  });

  it('says a figure the browser does not give is not measured, not zero', () => {
    const m = metricsOf([{ name: 'TaskDuration', value: 0.1 }]);
    expect(m.threadMs).toBeNaN();
    expect(m.processMs).toBeNaN();
    expect(cpuShare(m)).toBeNaN();
  });

  it('adds CPU the same way as wall time: pair by pair, the middle half averaged', () => {
    // The machine is busy in one pair: the wall time of the load with us jumps, its CPU does not.
    const without: LoadMetrics[] = [100, 110, 120, 130].map((t) => ({ taskMs: t, scriptMs: 1, heapBytes: 0, threadMs: t / 2, processMs: t }));
    const withExt: LoadMetrics[] = [110, 120, 230, 140].map((t, i) => ({ taskMs: t, scriptMs: 2, heapBytes: 0, threadMs: (without[i]?.threadMs ?? 0) + 4, processMs: (without[i]?.processMs ?? 0) + 10 }));
    const added = paired(withExt, without);
    expect(added.taskMs).toBe(10);
    expect(added.threadMs).toBe(4);
    expect(added.processMs).toBe(10);
    expect(added.heapAfterGcBytes).toBeNaN();
    expect(cpuShare(added)).toBeCloseTo(0.4, 6);
    expect(summarise(without).threadMs).toBe(57.5);
  });

  it('has no share where nothing was added', () => {
    expect(cpuShare({ taskMs: -3, scriptMs: 0, heapBytes: 0, threadMs: 2 })).toBeNaN();
  });
});

describe('page-load trace', () => {
  const main = { pid: 1, tid: 7 };
  const events = [
    { name: 'thread_name', ph: 'M', ...main, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 1, tid: 8, args: { name: 'Compositor' } },
    { name: 'ParseHTML', ph: 'X', ...main, dur: 20_000, tdur: 5_000 },
    { name: 'ParseHTML', ph: 'X', ...main, dur: 10_000, tdur: 4_000 },
    { name: 'EventDispatch', ph: 'X', ...main, dur: 3_000 },
    { name: 'ParseHTML', ph: 'X', pid: 1, tid: 8, dur: 99_000, tdur: 99_000 },
  ];

  it('sums wall and thread time on the main thread only, and no CPU for events that carry none', () => {
    const totals = eventTotals(events);
    expect(totals.get('ParseHTML')).toEqual({ wallMs: 30, cpuMs: 9 });
    expect(totals.get('EventDispatch')?.wallMs).toBe(3);
    expect(totals.get('EventDispatch')?.cpuMs).toBeNaN();
  });

  it('takes each event median with minus without, wall and CPU apart', () => {
    const side = (wall: number, cpu: number) => new Map<string, EventTotal>([['ParseHTML', { wallMs: wall, cpuMs: cpu }], ['EventDispatch', { wallMs: wall / 10, cpuMs: NaN }]]);
    const shares = traceShares([side(40, 10), side(50, 11), side(60, 30)], [side(20, 9), side(25, 10), side(30, 11)]);
    expect(shares[0]).toEqual({ name: 'ParseHTML', addedMs: 25, addedCpuMs: 1 });
    expect(shares[1]?.name).toBe('EventDispatch');
    expect(shares[1]?.addedCpuMs).toBeNaN();
    expect(shares.map(shareText)).toEqual(['ParseHTML 25.0 ms (CPU 1.0 ms)', 'EventDispatch 2.5 ms']);
  });

  it('ranks by CPU time when asked, leaving out events whose CPU did not grow', () => {
    const side = (parse: number, compile: number) =>
      new Map<string, EventTotal>([['ParseHTML', { wallMs: parse * 4, cpuMs: parse }], ['v8.compile', { wallMs: compile, cpuMs: compile }]]);
    const shares = traceShares([side(10, 6), side(10, 6)], [side(10, 1), side(5, 1)], 12, 'cpu');
    expect(shares.map((s) => [s.name, s.addedCpuMs])).toEqual([['v8.compile', 5], ['ParseHTML', 2.5]]);
    expect(traceShares([side(10, 6)], [side(10, 1)], 12, 'cpu').map((s) => s.name)).toEqual(['v8.compile']);
  });
});
