/**
 * The page's own matcher, injected into the content script's world only when the page must match
 * alone (lib/page/stage/matcher-handoff.ts): found when here, injected once otherwise, and a clear
 * reason when it cannot be had.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '@/lib/messages/protocol';
import { findUnpacker, injectedUnpacker, leaveUnpacker, type Unpack } from '@/lib/page/stage/matcher-handoff';

const unpack: Unpack = () => null;

describe('the page matcher’s handoff', () => {
  it('is found in the world it was left in, and only there', () => {
    const world = {};
    expect(findUnpacker(world)).toBeUndefined();
    leaveUnpacker(unpack, world);
    expect(findUnpacker(world)).toBe(unpack);
    expect(findUnpacker({})).toBeUndefined();
  });

  it('injects the script when the unpacker is not here yet, and not again once it is', async () => {
    const world = {};
    const inject = vi.fn(async (): Promise<Result<null>> => (leaveUnpacker(unpack, world), { ok: true, value: null }));
    expect(await injectedUnpacker(inject, world)).toBe(unpack);
    expect(await injectedUnpacker(inject, world)).toBe(unpack);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('says why when the script could not be injected, or did not leave its unpacker', async () => {
    await expect(injectedUnpacker(async () => ({ ok: false, error: 'the tab is gone' }), {})).rejects.toThrow('the page matcher could not be loaded: the tab is gone');
    await expect(injectedUnpacker(async () => ({ ok: true, value: null }), {})).rejects.toThrow('the page matcher did not start');
  });
});
