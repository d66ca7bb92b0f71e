/**
 * A parent frame's relay (lib/page/stage/frame-relay.ts): its frames' asks that arrive together
 * go to the background as one question and each gets its own answer; a failure or the parent's
 * copy stopping rejects them (the frame then decides for itself); a change of the gate reaches
 * every frame that asked; and a frame finds its parent's relay only where one can be reached.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameRelay, offerRelay, parentRelay, RELAY_BATCH_MS, type FrameGateAnswer, type FrameGateQuestion } from '@/lib/page/stage/frame-relay';

let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
});

/** A relay whose background answers `possible` for text naming the CSTO, and records each batch. */
function relay(answer: (questions: readonly FrameGateQuestion[]) => Promise<readonly FrameGateAnswer[]> = async (qs) => qs.map((q) => ({ active: true, possible: q.text.includes('CSTO') }))) {
  const batches: FrameGateQuestion[][] = [];
  const askFrames = (questions: readonly FrameGateQuestion[]) => (batches.push([...questions]), answer(questions));
  return { relay: new FrameRelay(askFrames, controller.signal), batches };
}

describe('frame relay', () => {
  it('asks about the frames that ask together in one question, and answers each its own', async () => {
    const { relay: r, batches } = relay();
    const answers = await Promise.all([
      r.ask({ text: 'Sponsored: flights', host: '' }),
      r.ask({ text: 'The CSTO met', host: 'example.org' }),
      r.ask({ text: 'Weather', host: '' }),
    ]);
    expect(answers.map((a) => a.possible)).toEqual([false, true, false]);
    expect(batches).toEqual([[{ text: 'Sponsored: flights', host: '' }, { text: 'The CSTO met', host: 'example.org' }, { text: 'Weather', host: '' }]]);
    // A later ask is a new question.
    expect((await r.ask({ text: 'CSTO', host: '' })).possible).toBe(true);
    expect(batches).toHaveLength(2);
  });

  it('rejects every ask of a batch the background could not answer, or answered short', async () => {
    const failing = relay(async () => Promise.reject(new Error('no background')));
    await expect(failing.relay.ask({ text: 'a', host: '' })).rejects.toThrow('no background');
    const short = relay(async () => [{ active: true, possible: false }]);
    const [first, second] = await Promise.allSettled([short.relay.ask({ text: 'a', host: '' }), short.relay.ask({ text: 'b', host: '' })]);
    expect(first).toEqual({ status: 'fulfilled', value: { active: true, possible: false } });
    expect(second.status).toBe('rejected');
  });

  it('tells every frame that asked when the gate changed, until the frame or the parent stops', () => {
    const { relay: r } = relay();
    const frameA = new AbortController();
    const heard: string[] = [];
    r.onGateChanged(() => heard.push('a'), frameA.signal);
    r.onGateChanged(() => heard.push('b'), controller.signal);
    r.gateChanged();
    frameA.abort();
    r.gateChanged();
    expect(heard).toEqual(['a', 'b', 'b']);
    controller.abort();
    r.gateChanged();
    expect(heard).toEqual(['a', 'b', 'b']);
  });

  it('tells the other frames when one of them fails on hearing it', () => {
    const { relay: r } = relay();
    const heard: string[] = [];
    r.onGateChanged(() => {
      throw new Error('that frame is gone');
    }, controller.signal);
    r.onGateChanged(() => heard.push('b'), controller.signal);
    r.gateChanged();
    expect(heard).toEqual(['b']);
  });

  it("rejects what is pending and every later ask once the parent's copy stops", async () => {
    const { relay: r, batches } = relay();
    const pending = r.ask({ text: 'CSTO', host: '' });
    controller.abort();
    await expect(pending).rejects.toThrow('stopped');
    await expect(r.ask({ text: 'CSTO', host: '' })).rejects.toThrow('stopped');
    expect(r.usable).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(batches).toEqual([]);
  });
});

describe("a frame's parent relay", () => {
  /** A frame's window: its parent, `frameElement` and `top` as a browser gives them. */
  const frameWindow = (parent: object, frameElement: Element | null) => ({ parent, frameElement, top: {} }) as unknown as Window;

  it("is found on a same-origin parent's window, and only while usable", () => {
    const { relay: r } = relay();
    const parent = {};
    offerRelay(parent as Window, r);
    const frame = frameWindow(parent, document.createElement('iframe'));
    expect(parentRelay(frame)).toBe(r);
    controller.abort();
    expect(parentRelay(frame)).toBeNull();
  });

  it('is not looked for in the top frame, under a cross-origin parent, or where reading the parent throws', () => {
    const { relay: r } = relay();
    const parent = {};
    offerRelay(parent as Window, r);
    // Under a cross-origin parent, `frameElement` is null.
    expect(parentRelay(frameWindow(parent, null))).toBeNull();
    const top = { parent: undefined, frameElement: null } as unknown as Window & { top: Window };
    (top as { top: Window }).top = top;
    expect(parentRelay(top)).toBeNull();
    const guarded = { top: {}, get frameElement(): Element { throw new DOMException('Blocked', 'SecurityError'); } } as unknown as Window;
    expect(parentRelay(guarded)).toBeNull();
  });

  it("a newer copy's relay replaces an older one's, which the older one's end does not remove", () => {
    const older = new AbortController();
    const parent = {};
    const first = new FrameRelay(async () => [], older.signal);
    offerRelay(parent as Window, first);
    const { relay: second } = relay();
    offerRelay(parent as Window, second);
    older.abort();
    expect(parentRelay(frameWindow(parent, document.createElement('iframe')))).toBe(second);
  });

  it('waits at most a moment before asking', async () => {
    vi.useFakeTimers();
    try {
      const { relay: r, batches } = relay();
      void r.ask({ text: 'x', host: '' });
      expect(batches).toEqual([]);
      await vi.advanceTimersByTimeAsync(RELAY_BATCH_MS - 1);
      expect(batches).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(batches).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
