import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CountReporter, type PageCount } from '../../../lib/page/count-reporter';

describe('CountReporter', () => {
  let sent: PageCount[];
  let controller: AbortController;
  let reporter: CountReporter;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    controller = new AbortController();
    reporter = new CountReporter((c) => sent.push(c), controller.signal, 500, () => Date.now());
  });
  afterEach(() => vi.useRealTimers());

  it('sends the first count at once, then at most one per interval, always the last one', () => {
    reporter.report(() => ({ active: true, count: 3 }));
    expect(sent).toEqual([{ active: true, count: 3 }]);
    for (let n = 4; n <= 9; n++) reporter.report(() => ({ active: true, count: n }));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(499);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([{ active: true, count: 3 }, { active: true, count: 9 }]);
  });

  it('reads the count only when it sends it', () => {
    reporter.report(() => ({ active: true, count: 1 }));
    const read = vi.fn(() => ({ active: true, count: 2 }));
    reporter.report(read);
    reporter.report(read);
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when nothing changed, unless asked to resend', () => {
    reporter.report(() => ({ active: true, count: 5 }));
    vi.advanceTimersByTime(1000);
    reporter.report(() => ({ active: true, count: 5 }));
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
    reporter.resend();
    expect(sent).toEqual([{ active: true, count: 5 }, { active: true, count: 5 }]);
    reporter.report(() => ({ active: false, count: 0 }));
    vi.advanceTimersByTime(500);
    expect(sent.at(-1)).toEqual({ active: false, count: 0 });
  });

  it('stops when its page session ends', () => {
    reporter.report(() => ({ active: true, count: 1 }));
    reporter.report(() => ({ active: true, count: 2 }));
    controller.abort();
    vi.advanceTimersByTime(1000);
    reporter.report(() => ({ active: true, count: 3 }));
    expect(sent).toEqual([{ active: true, count: 1 }]);
  });
});
