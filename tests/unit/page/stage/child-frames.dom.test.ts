/**
 * A parent's first stage reading its frames that have no address of their own (Chromium:
 * lib/page/stage/child-frames.ts): a static `srcdoc` frame is read from its attribute without the
 * frame being touched, and not asked about again when it loads with the same text (the answer
 * under way stands); the frames
 * whose text may hold a mention are marked in this world and adopted in one request; a new gate
 * asks again; a frame whose markup can change is read from its document and followed; a failed
 * adoption is said and tried again; nothing is followed once the parent's copy stops. A frame
 * with an address (it has a content script of its own) is not even looked at.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADOPT_MARK, ChildFrames, FRAME_REGATE_MS, type ChildFramesHost } from '@/lib/page/stage/child-frames';
import type { FrameGateQuestion } from '@/lib/page/stage/frame-relay';

let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A parent whose gate passes text naming Kazakhstan (or anything, once `passAll`), and records what it is asked and asked to do. */
function fakeParent(adopt: () => Promise<void> = async () => undefined, answered: Promise<void> = Promise.resolve()) {
  const asked: string[] = [];
  const gateListeners: Array<() => void> = [];
  let passAll = false;
  let adoptions = 0;
  const host: ChildFramesHost = {
    relay: {
      ask: async (question: FrameGateQuestion) => {
        asked.push(question.text);
        await answered;
        return { possible: passAll || question.text.includes('Kazakhstan'), active: true };
      },
      observer: (callback) => new MutationObserver(callback),
      onGateChanged: (listener) => void gateListeners.push(listener),
    },
    adopt: () => {
      adoptions++;
      return adopt();
    },
  };
  return {
    host,
    asked,
    get adoptions() {
      return adoptions;
    },
    newGate(passes: boolean) {
      passAll = passes;
      for (const listener of gateListeners) listener();
    },
  };
}

const ad = (i: number) => `<iframe id="ad${i}" srcdoc="<p style='font:12px sans-serif'>Sponsored · Offer ${i}: save on flights today <button>Book</button></p>"></iframe>`;
const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement;
const marked = (id: string) => (frame(id).contentWindow as (Window & { [ADOPT_MARK]?: boolean }) | null)?.[ADOPT_MARK] === true;
/** Lets the frames load (happy-dom loads `srcdoc` frames in a task of their own). */
const loaded = (ids: string[]) => vi.waitFor(() => expect(ids.every((id) => frame(id).contentDocument?.readyState === 'complete')).toBe(true));

describe('ChildFrames', () => {
  it('reads static srcdoc frames from their attribute without touching them, once, and leaves frames with an address alone', async () => {
    document.body.innerHTML = `<p>Article</p>${ad(1)}<iframe id="remote" src="https://ads.example/slot"></iframe>${ad(2)}`;
    const looks = vi.spyOn(HTMLIFrameElement.prototype, 'contentDocument', 'get');
    const windows = vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get');
    const parent = fakeParent();
    const frames = new ChildFrames(parent.host, controller.signal);
    frames.follow(document);
    expect(parent.asked).toEqual(['Sponsored · Offer 1: save on flights today Book', 'Sponsored · Offer 2: save on flights today Book']);
    expect(looks).not.toHaveBeenCalled();
    expect(windows).not.toHaveBeenCalled();
    looks.mockRestore();
    windows.mockRestore();
    // Their loads find the text already asked about.
    await loaded(['ad1', 'ad2']);
    expect(parent.asked).toHaveLength(2);
    expect(frames.figures).toEqual({ read: 2, adopted: 0, lastFailure: null });
    expect(parent.adoptions).toBe(0);
  });

  it('marks the frames that may hold a mention and asks for them in one request', async () => {
    document.body.innerHTML = `${ad(1)}<iframe id="a" srcdoc="<p>Tours to Kazakhstan</p>"></iframe><iframe id="b" srcdoc="<p>Kazakh<i>stan</i> live</p>"></iframe>`;
    await loaded(['ad1', 'a', 'b']);
    const parent = fakeParent();
    const frames = new ChildFrames(parent.host, controller.signal);
    frames.follow(document);
    await vi.waitFor(() => expect(frames.figures.adopted).toBe(2));
    expect(parent.adoptions).toBe(1);
    expect([marked('ad1'), marked('a'), marked('b')]).toEqual([false, true, true]);
  });

  it('keeps the answer under way when the frame loads meanwhile with the same text', async () => {
    document.body.innerHTML = `<iframe id="a" srcdoc="<p>Tours to Kazakhstan</p>"></iframe>`;
    let answer = () => undefined as void;
    const parent = fakeParent(undefined, new Promise((resolve) => (answer = resolve)));
    const frames = new ChildFrames(parent.host, controller.signal);
    frames.follow(document);
    await loaded(['a']);
    answer();
    await vi.waitFor(() => expect(frames.figures.adopted).toBe(1));
    expect(parent.asked).toEqual(['Tours to Kazakhstan']);
  });

  it('asks again about the frames it turned away when the gate changes', async () => {
    document.body.innerHTML = ad(1);
    const parent = fakeParent();
    const frames = new ChildFrames(parent.host, controller.signal);
    frames.follow(document);
    await loaded(['ad1']);
    expect(parent.asked).toHaveLength(1);
    parent.newGate(true);
    await vi.waitFor(() => expect(frames.figures.adopted).toBe(1));
    expect(parent.asked).toHaveLength(2);
    expect(marked('ad1')).toBe(true);
    // An adopted frame is its own first stage's: a further change of the gate is not asked about here.
    parent.newGate(true);
    expect(parent.asked).toHaveLength(2);
  });

  it('reads a frame whose markup can change from its document, and follows its changes', async () => {
    document.body.innerHTML = `<iframe id="live" srcdoc="<p onclick='void 0'>Live updates</p>"></iframe>`;
    await loaded(['live']);
    const parent = fakeParent();
    const frames = new ChildFrames(parent.host, controller.signal);
    frames.follow(document);
    expect(parent.asked).toEqual(['Live updates']);
    const doc = frame('live').contentDocument!;
    const post = doc.createElement('p');
    post.textContent = 'Kazakhstan votes today';
    doc.body.append(post);
    // Asked again once the change has settled (at most every FRAME_REGATE_MS), then adopted.
    await vi.waitFor(() => expect(frames.figures.adopted).toBe(1), { timeout: FRAME_REGATE_MS * 8 });
    expect(parent.asked).toEqual(['Live updates', 'Live updatesKazakhstan votes today']);
  });

  it('says when an adoption failed, and tries again when the frame loads again', async () => {
    document.body.innerHTML = `<iframe id="a" srcdoc="<p>Tours to Kazakhstan</p>"></iframe>`;
    await loaded(['a']);
    let fail = true;
    const parent = fakeParent(async () => {
      if (fail) throw new Error('Frame with ID 4 was removed.');
    });
    const frames = new ChildFrames(parent.host, controller.signal);
    frames.follow(document);
    await vi.waitFor(() => expect(frames.figures.lastFailure).toBe('Error: Frame with ID 4 was removed.'));
    fail = false;
    // The frame loads again (as after a reload) with the same text: asked about again, and adopted this time.
    frame('a').dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(frames.figures.adopted).toBe(1));
    expect(parent.asked).toEqual(['Tours to Kazakhstan', 'Tours to Kazakhstan']);
  });

  it('says when an adoption failed, and tries again when the gate changes', async () => {
    document.body.innerHTML = `<iframe id="a" srcdoc="<p>Tours to Kazakhstan</p>"></iframe>`;
    await loaded(['a']);
    let fail = true;
    const parent = fakeParent(async () => {
      if (fail) throw new Error('Frame with ID 4 was removed.');
    });
    const frames = new ChildFrames(parent.host, controller.signal);
    frames.follow(document);
    await vi.waitFor(() => expect(frames.figures.lastFailure).toBe('Error: Frame with ID 4 was removed.'));
    expect(frames.figures.adopted).toBe(0);
    fail = false;
    parent.newGate(false);
    await vi.waitFor(() => expect(frames.figures.adopted).toBe(1));
    expect(parent.adoptions).toBe(2);
  });

  it('follows nothing once the parent\'s copy of the content script stops', async () => {
    document.body.innerHTML = `<iframe id="live" srcdoc="<p onclick='void 0'>Live updates</p>"></iframe>`;
    await loaded(['live']);
    const parent = fakeParent();
    const frames = new ChildFrames(parent.host, controller.signal);
    frames.follow(document);
    controller.abort();
    frame('live').contentDocument!.body.append('Kazakhstan');
    document.body.insertAdjacentHTML('beforeend', `<iframe id="a" srcdoc="<p>Tours to Kazakhstan</p>"></iframe>`);
    await loaded(['a']);
    await new Promise((resolve) => setTimeout(resolve, FRAME_REGATE_MS * 2));
    expect(parent.asked).toEqual(['Live updates']);
    expect(parent.adoptions).toBe(0);
  });
});
