/**
 * Injecting the second stage and its extras into a frame (lib/background/page-injection.ts), with
 * a fake `scripting` that runs "the script" against a per-frame world as the browser would: the
 * highlight colours are inserted once per frame even when two gate answers for it arrive at once
 * or one arrives after the stage already runs; each frame gets its own; the extras go to the
 * asking frame; a request from no tab is refused.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_EXTRAS_FILE, PAGE_MATCHER_FILE, PAGE_STAGE_FILE, PageInjector, type Scripting } from '@/lib/background/page-injection';

function fakeScripting() {
  /** Per tab:frame, whether the second stage runs there (what page-stage.js returns: it started it). */
  const running = new Set<string>();
  const calls: string[] = [];
  const scripting: Scripting = {
    async executeScript({ target, files }) {
      const frame = `${target.tabId}:${target.frameIds[0]}`;
      calls.push(`script ${files.join()} ${frame}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (files[0] !== PAGE_STAGE_FILE) return [{ result: true }];
      const started = !running.has(frame);
      running.add(frame);
      return [{ result: started }];
    },
    async insertCSS({ target, css }) {
      calls.push(`css ${css} ${target.tabId}:${target.frameIds[0]}`);
    },
  };
  return { scripting, calls, running };
}

const TOP = { tab: { id: 3 }, frameId: 0 };
const FRAME = { tab: { id: 3 }, frameId: 5 };

describe('PageInjector', () => {
  it('inserts the highlight colours once when two gate answers for a frame arrive at once', async () => {
    const { scripting, calls } = fakeScripting();
    const injector = new PageInjector(scripting, 'COLOURS');
    await Promise.all([injector.stage(TOP), injector.stage(TOP)]);
    expect(calls).toEqual([`script ${PAGE_STAGE_FILE} 3:0`, 'css COLOURS 3:0']);
  });

  it('inserts none when the stage already runs in the frame (a later answer of an overtaken ask)', async () => {
    const { scripting, calls } = fakeScripting();
    const injector = new PageInjector(scripting, 'COLOURS');
    await injector.stage(TOP);
    await injector.stage(TOP);
    expect(calls.filter((c) => c.startsWith('css'))).toEqual(['css COLOURS 3:0']);
    expect(calls.filter((c) => c.startsWith('script'))).toHaveLength(2);
  });

  it('says the stage runs before its colours are in (the gate answers then), and what became of them after', async () => {
    const { scripting, calls } = fakeScripting();
    let insert: () => void = () => undefined;
    const slow: Scripting = { ...scripting, insertCSS: (injection) => new Promise((resolve) => (insert = () => resolve(scripting.insertCSS(injection)))) };
    const injector = new PageInjector(slow, 'COLOURS');
    const { colours } = await injector.startStage(TOP);
    expect(calls).toEqual([`script ${PAGE_STAGE_FILE} 3:0`]);
    let inserted = false;
    void colours.then(() => (inserted = true));
    await Promise.resolve();
    expect(inserted).toBe(false);
    insert();
    await colours;
    expect(calls).toEqual([`script ${PAGE_STAGE_FILE} 3:0`, 'css COLOURS 3:0']);
    // A stage already there gets no second sheet; a failed insertion is told to whoever waits for it.
    expect(await (await injector.startStage(TOP)).colours).toBeUndefined();
    const failing = new PageInjector({ ...scripting, insertCSS: () => Promise.reject(new Error('Frame with ID 5 was removed.')) }, 'COLOURS');
    await expect((await failing.startStage(FRAME)).colours).rejects.toThrow('was removed');
    await expect(failing.stage({ tab: { id: 4 }, frameId: 0 })).rejects.toThrow('was removed');
  });

  it('gives each frame its own stage and colours', async () => {
    const { scripting, calls } = fakeScripting();
    const injector = new PageInjector(scripting, 'COLOURS');
    await Promise.all([injector.stage(TOP), injector.stage(FRAME)]);
    expect(calls.filter((c) => c.startsWith('css')).sort()).toEqual(['css COLOURS 3:0', 'css COLOURS 3:5']);
  });

  it('injects the extras into the asking frame, and refuses a request from no tab', async () => {
    const { scripting, calls } = fakeScripting();
    const injector = new PageInjector(scripting, 'COLOURS');
    await injector.extras(FRAME);
    expect(calls).toEqual([`script ${PAGE_EXTRAS_FILE} 3:5`]);
    await expect(injector.stage({})).rejects.toThrow('only a page can load the page stage');
    await expect(injector.extras({})).rejects.toThrow('only a page can load the page extras');
  });

  it('injects the page matcher into the asking frame, and refuses a request from no tab', async () => {
    const { scripting, calls } = fakeScripting();
    const injector = new PageInjector(scripting, 'COLOURS');
    await injector.matcher(FRAME);
    expect(calls).toEqual([`script ${PAGE_MATCHER_FILE} 3:5`]);
    await expect(injector.matcher({})).rejects.toThrow('only a page can load the page matcher');
  });

  it('tries again after a failed injection', async () => {
    const { scripting, calls } = fakeScripting();
    let fail = true;
    const failing: Scripting = {
      executeScript: (injection) => (fail ? Promise.reject(new Error('Frame with ID 0 was removed.')) : scripting.executeScript(injection)),
      insertCSS: (injection) => scripting.insertCSS(injection),
    };
    const injector = new PageInjector(failing, 'COLOURS');
    await expect(injector.stage(TOP)).rejects.toThrow('Frame with ID 0 was removed.');
    fail = false;
    await injector.stage(TOP);
    expect(calls).toEqual([`script ${PAGE_STAGE_FILE} 3:0`, 'css COLOURS 3:0']);
  });
});
