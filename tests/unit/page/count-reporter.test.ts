import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CountReporter, type PageCount } from '../../../lib/page/count-reporter';

describe('CountReporter', () => {
  let sent: PageCount[];
  let controller: AbortController;
  let reporter: CountReporter;
  /** What waits for the page to be idle; `idle()` lets it run. */
  let waiting: Array<() => void>;
  const idle = () => waiting.splice(0).forEach((run) => run());
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    waiting = [];
    controller = new AbortController();
    reporter = new CountReporter((c) => sent.push(c), controller.signal, 500, () => Date.now(), (run) => waiting.push(run));
  });
  afterEach(() => vi.useRealTimers());

  it('sends the first count when the page is next idle, then at most one per interval, always the last one', () => {
    const read = vi.fn(() => ({ active: true, count: 3 }));
    reporter.report(read);
    expect(read).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    idle();
    expect(sent).toEqual([{ active: true, count: 3 }]);
    for (let n = 4; n <= 9; n++) reporter.report(() => ({ active: true, count: n }));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(1);
    idle();
    expect(sent).toEqual([{ active: true, count: 3 }, { active: true, count: 9 }]);
  });

  it('reads a count asked for while the page is busy once, with the latest report', () => {
    const first = vi.fn(() => ({ active: true, count: 1 }));
    const latest = vi.fn(() => ({ active: true, count: 2 }));
    reporter.report(first);
    reporter.report(latest);
    idle();
    expect(first).not.toHaveBeenCalled();
    expect(sent).toEqual([{ active: true, count: 2 }]);
    expect(waiting).toEqual([]);
  });

  it('reads the count only when it sends it', () => {
    reporter.report(() => ({ active: true, count: 1 }));
    idle();
    const read = vi.fn(() => ({ active: true, count: 2 }));
    reporter.report(read);
    reporter.report(read);
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    idle();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when nothing changed, unless asked to resend', () => {
    reporter.report(() => ({ active: true, count: 5 }));
    idle();
    vi.advanceTimersByTime(1000);
    reporter.report(() => ({ active: true, count: 5 }));
    idle();
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
    reporter.resend();
    idle();
    expect(sent).toEqual([{ active: true, count: 5 }, { active: true, count: 5 }]);
    reporter.report(() => ({ active: false, count: 0 }));
    vi.advanceTimersByTime(500);
    idle();
    expect(sent.at(-1)).toEqual({ active: false, count: 0 });
  });

  it('stops when its page session ends', () => {
    reporter.report(() => ({ active: true, count: 1 }));
    idle();
    reporter.report(() => ({ active: true, count: 2 }));
    controller.abort();
    vi.advanceTimersByTime(1000);
    idle();
    reporter.report(() => ({ active: true, count: 3 }));
    idle();
    expect(sent).toEqual([{ active: true, count: 1 }]);
  });

  it('waits for the browser to be idle by default, at most a second', () => {
    const calls: Array<{ timeout?: number }> = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => {
      calls.push(options ?? {});
      setTimeout(run, 50);
      return 1;
    });
    try {
      const own = new CountReporter((c) => sent.push(c), controller.signal, 500, () => Date.now());
      own.report(() => ({ active: true, count: 7 }));
      expect(sent).toEqual([]);
      vi.advanceTimersByTime(50);
      expect(sent).toEqual([{ active: true, count: 7 }]);
      expect(calls).toEqual([{ timeout: 1000 }]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
