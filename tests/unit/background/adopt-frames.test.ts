/**
 * Adopting the frames a parent marked (lib/background/adopt-frames.ts): every frame of the
 * sender's tab is looked at, the first stage runs in the marked ones only, and a request from no
 * tab is refused. The look finds the parent's mark (child-frames.ts) and clears it.
 */
import { describe, expect, it } from 'vitest';
import { adoptMarkedFrames, takeAdoptMark, type AdoptScripting } from '@/lib/background/adopt-frames';
import { ADOPT_MARK } from '@/lib/page/stage/child-frames';

function fakeScripting(marked: readonly number[]) {
  const calls: string[] = [];
  const scripting: AdoptScripting = {
    async lookForMarks(tabId) {
      calls.push(`look ${tabId}`);
      return [0, 3, 4, 5].map((frameId) => ({ frameId, result: marked.includes(frameId) }));
    },
    async runFirstStage(tabId, frameIds) {
      calls.push(`first stage ${tabId}:${frameIds.join()}`);
    },
  };
  return { scripting, calls };
}

describe('adoptMarkedFrames', () => {
  it('runs the first stage in the marked frames of the sender\'s tab', async () => {
    const { scripting, calls } = fakeScripting([3, 5]);
    expect(await adoptMarkedFrames(scripting, { tab: { id: 7 } })).toBe(2);
    expect(calls).toEqual(['look 7', 'first stage 7:3,5']);
  });

  it('runs nothing where no frame is marked (another copy took the marks)', async () => {
    const { scripting, calls } = fakeScripting([]);
    expect(await adoptMarkedFrames(scripting, { tab: { id: 7 } })).toBe(0);
    expect(calls).toEqual(['look 7']);
  });

  it('refuses a request from no tab', async () => {
    const { scripting, calls } = fakeScripting([3]);
    await expect(adoptMarkedFrames(scripting, {})).rejects.toThrow('only a page can ask to adopt its frames');
    expect(calls).toEqual([]);
  });
});

describe('takeAdoptMark (run in each frame)', () => {
  it('finds the mark a parent set in this world, once', () => {
    const world = globalThis as { [ADOPT_MARK]?: boolean };
    expect(takeAdoptMark()).toBe(false);
    world[ADOPT_MARK] = true;
    expect(takeAdoptMark()).toBe(true);
    expect(ADOPT_MARK in world).toBe(false);
    expect(takeAdoptMark()).toBe(false);
  });
});
