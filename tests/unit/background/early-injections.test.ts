/**
 * The second stages the background injects for a frame's rough text, kept until the ask about
 * the frame's blocks takes them (lib/background/early-injections.ts).
 */
import { describe, expect, it } from 'vitest';
import { EarlyInjections } from '@/lib/background/early-injections';

const frame = (tab: number, frameId = 0) => ({ tab: { id: tab }, frameId });

describe('EarlyInjections', () => {
  it('starts the injection at once and gives it, once, to the same frame: whether it ran', async () => {
    const early = new EarlyInjections();
    let started = 0;
    expect(early.start(frame(1), async () => void started++)).toBe(true);
    expect(started).toBe(1);
    expect(early.take(frame(1, 3))).toBeNull();
    expect(early.take(frame(2))).toBeNull();
    expect(await early.take(frame(1))).toBe(true);
    expect(early.take(frame(1))).toBeNull();
    early.start(frame(1, 3), () => Promise.reject(new Error('Frame with ID 3 was removed.')));
    expect(await early.take(frame(1, 3))).toBe(false);
  });

  it("keeps a frame's newest injection only, and at most `limit`, letting the oldest go", async () => {
    const early = new EarlyInjections(2);
    const order: string[] = [];
    const inject = (what: string) => async () => void order.push(what);
    early.start(frame(1), inject('1 first'));
    early.start(frame(2), inject('2'));
    early.start(frame(1), inject('1 again'));
    // Frame 1's newest came last: frame 2's is now the oldest.
    early.start(frame(3), inject('3'));
    expect(early.take(frame(2))).toBeNull();
    expect(await early.take(frame(1))).toBe(true);
    expect(await early.take(frame(3))).toBe(true);
    expect(order).toEqual(['1 first', '2', '1 again', '3']);
  });

  it('starts nothing for a sender that is not in a tab', () => {
    const early = new EarlyInjections();
    let started = 0;
    expect(early.start({}, async () => void started++)).toBe(false);
    expect(started).toBe(0);
    expect(early.take({})).toBeNull();
  });
});
