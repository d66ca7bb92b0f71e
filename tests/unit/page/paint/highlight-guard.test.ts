/** When the guard puts highlights back, and how it backs off from a page that keeps removing them. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FREQUENT_EVENT_MS, HighlightGuard, type GuardReport } from '@/lib/page/paint/highlight-guard';

function target() {
  const state = { broken: false, repairs: 0 };
  return {
    state,
    intact: () => !state.broken,
    repair: () => {
      state.broken = false;
      state.repairs++;
    },
  };
}

describe('HighlightGuard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = (t: ReturnType<typeof target>, reports: GuardReport[] = []) => {
    const frames: (() => void)[] = [];
    const guard = new HighlightGuard(t, new AbortController().signal, {
      now: () => Date.now(),
      nextFrame: (run) => frames.push(run),
      onReport: (r) => reports.push(r),
    });
    const flushFrames = () => {
      while (frames.length > 0) frames.shift()?.();
    };
    return { guard, frames, flushFrames };
  };

  it('folds many requests into one check on the next frame, and leaves intact highlights alone', () => {
    const t = target();
    const { guard, frames, flushFrames } = make(t);
    for (let i = 0; i < 50; i++) guard.request();
    expect(frames).toHaveLength(1);
    flushFrames();
    expect(t.state.repairs).toBe(0);
  });

  it('repairs at once the first times, then waits longer and longer, capped', () => {
    const t = target();
    const reports: GuardReport[] = [];
    const { guard, flushFrames } = make(t, reports);
    const breakAndCheck = () => {
      t.state.broken = true;
      guard.request();
      flushFrames();
    };
    for (let i = 0; i < 3; i++) breakAndCheck();
    expect(t.state.repairs).toBe(3);
    // The fourth must wait 250 ms: a page clearing every frame in between gets nothing.
    breakAndCheck();
    expect(t.state.repairs).toBe(3);
    for (let i = 0; i < 10; i++) breakAndCheck();
    expect(t.state.repairs).toBe(3);
    vi.advanceTimersByTime(250);
    expect(t.state.repairs).toBe(4);
    expect(reports.at(-1)).toEqual({ restores: 4, backoffMs: 500 });
    // A page that never stops: restores in 60 s stay a handful (waits double up to 8 s).
    for (let ms = 0; ms < 60_000; ms += 16) {
      breakAndCheck();
      vi.advanceTimersByTime(16);
    }
    expect(t.state.repairs).toBeLessThan(20);
    expect(guard.backoff()).toBe(8_000);
  });

  it('gives up for the rest of the window after its restores in it, then paints again by itself', () => {
    const t = target();
    const { guard, flushFrames } = make(t);
    const breakAndCheck = () => {
      t.state.broken = true;
      guard.request();
      flushFrames();
    };
    // A page clearing the registry every frame for five minutes.
    const times: number[] = [];
    for (let ms = 0; ms < 5 * 60_000; ms += 16) {
      const before = t.state.repairs;
      breakAndCheck();
      vi.advanceTimersByTime(16);
      if (t.state.repairs > before) times.push(Date.now());
    }
    // Never more than ten within any minute (WINDOW_RESTORES per WINDOW_MS), however long it goes on.
    for (let i = 0; i + 10 < times.length; i++) expect((times[i + 10] ?? 0) - (times[i] ?? 0)).toBeGreaterThanOrEqual(60_000 - 16);
    expect(times.length).toBeGreaterThan(10);
    expect(t.state.repairs).toBeLessThanOrEqual(50);
    // The page stops: one more restore, at the latest when the window is over, and none after.
    t.state.broken = true;
    guard.request();
    flushFrames();
    vi.advanceTimersByTime(60_000);
    expect(t.intact()).toBe(true);
    const settled = t.state.repairs;
    vi.advanceTimersByTime(120_000);
    expect(t.state.repairs).toBe(settled);
  });

  it('is asked at most once per interval by pointer movement and scrolling, at once by other events', () => {
    const t = target();
    let checks = 0;
    const counted = { intact: () => (checks++, t.intact()), repair: t.repair };
    const frames: (() => void)[] = [];
    const guard = new HighlightGuard(counted, new AbortController().signal, { now: () => Date.now(), nextFrame: (run) => frames.push(run) });
    const win = Object.assign(new EventTarget(), { document: new EventTarget() }) as unknown as Window;
    guard.watch(win);
    const frame = () => {
      while (frames.length > 0) frames.shift()?.();
      vi.advanceTimersByTime(16);
    };
    // Two seconds of a mouse moving and a page scrolling, an event of each every frame.
    for (let i = 0; i < 125; i++) {
      win.dispatchEvent(new Event('pointermove'));
      win.dispatchEvent(new Event('scroll'));
      frame();
    }
    expect(checks).toBe(Math.ceil(2_000 / FREQUENT_EVENT_MS));
    // A key or a click asks at once, whenever it comes.
    win.dispatchEvent(new Event('keyup'));
    frame();
    win.dispatchEvent(new Event('pointerdown'));
    frame();
    expect(checks).toBe(Math.ceil(2_000 / FREQUENT_EVENT_MS) + 2);
  });

  it('stops when its signal aborts', () => {
    const t = target();
    const controller = new AbortController();
    const frames: (() => void)[] = [];
    const guard = new HighlightGuard(t, controller.signal, { nextFrame: (run) => frames.push(run) });
    controller.abort();
    t.state.broken = true;
    guard.request();
    guard.check();
    expect(frames).toHaveLength(0);
    expect(t.state.repairs).toBe(0);
  });
});
