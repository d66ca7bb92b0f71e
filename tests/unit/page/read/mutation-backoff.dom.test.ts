/**
 * A page that changes its text every frame does not make Backstory rescan every frame: the
 * rescans come at once for a while, then further and further apart (at most one a second),
 * each folding the changes of its wait; when the page settles, the last change is still read.
 */
import { describe, expect, it } from 'vitest';
import { FREE_FLUSHES, MAX_DELAY_MS, MutationBatcher } from '@/lib/page/read/mutations';
import type { Rescan } from '@/lib/page/read/scanner';

/** A batcher on a fake clock, fed characterData records for one paragraph's text by hand. */
function ticker() {
  document.body.innerHTML = '<p id="t">Kazakhstan 0</p>';
  const text = document.getElementById('t')?.firstChild as Text;
  let clock = 0;
  let feed: (records: MutationRecord[]) => void = () => undefined;
  const timers: { at: number; work: () => void }[] = [];
  const flushes: { at: number; work: Rescan }[] = [];
  class FakeObserver {
    constructor(callback: (records: MutationRecord[]) => void) {
      feed = callback;
    }
    observe(): void {}
    disconnect(): void {}
  }
  const batcher = new MutationBatcher(
    async (work) => void flushes.push({ at: clock, work }),
    new AbortController().signal,
    FakeObserver as unknown as typeof MutationObserver,
    {
      now: () => clock,
      after: (ms, work) => {
        const timer = { at: clock + ms, work };
        timers.push(timer);
        return () => timers.splice(timers.indexOf(timer), 1);
      },
      yieldNow: () => Promise.resolve(),
    },
  );
  batcher.observe(document.body);
  const settle = async () => {
    for (let i = 0; i < 6; i++) await Promise.resolve();
  };
  /** Moves the clock on by `ms`, running the timers that fall due. */
  const advance = async (ms: number) => {
    clock += ms;
    for (let due = timers.find((t) => t.at <= clock); due; due = timers.find((t) => t.at <= clock)) {
      timers.splice(timers.indexOf(due), 1);
      due.work();
      await settle();
    }
  };
  const change = async (n: number) => {
    text.data = `Kazakhstan ${n}`;
    feed([{ type: 'characterData', target: text } as unknown as MutationRecord]);
    await settle();
  };
  return { batcher, flushes, advance, change };
}

describe('MutationBatcher under a page that never stops changing', () => {
  it('rescans at most about once a second after the first few, and reads the final text when the page settles', async () => {
    const { batcher, flushes, advance, change } = ticker();
    // One change every 16 ms for a minute.
    let n = 0;
    for (let ms = 0; ms < 60_000; ms += 16) {
      await change(++n);
      await advance(16);
    }
    // Without the delay this would be one rescan per frame: 3,750.
    expect(flushes.length).toBeGreaterThan(FREE_FLUSHES);
    expect(flushes.length).toBeLessThan(FREE_FLUSHES + 80);
    const late = flushes.filter((f) => f.at > 30_000);
    expect(late.length).toBeLessThanOrEqual(31);
    expect(batcher.delayMs()).toBe(MAX_DELAY_MS);
    // Every rescan asks for the paragraph: nothing is lost by folding.
    for (const f of flushes) expect([...f.work.own].map((el) => el.id)).toEqual(['t']);
    // The page stops; the change made during the last wait is still read, within a second.
    const before = flushes.length;
    await advance(MAX_DELAY_MS);
    expect(flushes.length).toBe(before + 1);
    // Quiet for a while: the next change is read at once again.
    await advance(5_000);
    await change(n + 1);
    expect(flushes.length).toBe(before + 2);
    expect(batcher.delayMs()).toBe(0);
  });

  it('keeps an occasional change immediate', async () => {
    const { flushes, advance, change } = ticker();
    for (let i = 1; i <= 20; i++) {
      await change(i);
      await advance(500);
    }
    expect(flushes).toHaveLength(20);
  });
});
