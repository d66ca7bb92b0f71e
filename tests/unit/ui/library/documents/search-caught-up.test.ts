/** The library waits for search to catch up before it announces an import's result, but never long. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchCaughtUp } from '@/lib/ui/library/documents/search-caught-up';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const settled = (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  return () => done;
};

describe('searchCaughtUp', () => {
  it('settles when the background answers', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const done = settled(searchCaughtUp(() => new Promise((resolve) => (answer = resolve)), 5000));
    await vi.advanceTimersByTimeAsync(1000);
    expect(done()).toBe(false);
    answer({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('settles at the limit when the background does not answer, and at once when it fails', async () => {
    const silent = settled(searchCaughtUp(() => new Promise(() => undefined), 5000));
    await vi.advanceTimersByTimeAsync(4999);
    expect(silent()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(silent()).toBe(true);
    const failed = settled(searchCaughtUp(() => Promise.reject(new Error('stopped')), 5000));
    await vi.advanceTimersByTimeAsync(0);
    expect(failed()).toBe(true);
  });
});
