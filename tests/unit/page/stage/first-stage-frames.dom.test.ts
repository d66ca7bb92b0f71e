/**
 * The first stage in a frame whose parent's content script it can reach (Chromium, a
 * same-origin frame: lib/page/stage/frame-relay.ts), and in a parent its frames ask through: the
 * frame asks through its parent and never looks at the extension API unless its text may hold a
 * mention (it then loads its second stage itself); a change of the gate reaches it through the
 * parent; where the parent cannot answer, its own second stage decides; and a parent asks about
 * the frames that asked together in one message, and (Chromium) reads its srcdoc frames itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { ADOPT_MARK, ChildFrames } from '@/lib/page/stage/child-frames';
import { FirstStage } from '@/lib/page/stage/first-stage';
import { FrameRelay, offerRelay, parentRelay, type FrameGateQuestion } from '@/lib/page/stage/frame-relay';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { fakeApi, freshStageWorld, GATE, injectFake, stageCounts } from './fake-stage';

let controller: AbortController;
let parentStop: AbortController;
const restore: Array<() => void> = [];

/** Makes this happy-dom window a frame (not the top, with a `frameElement`) under `parent`. */
function becomeFrameOf(parent: object): void {
  for (const [name, value] of [['top', {}], ['parent', parent], ['frameElement', document.createElement('iframe')]] as const) {
    const own = Object.getOwnPropertyDescriptor(window, name);
    Object.defineProperty(window, name, { configurable: true, get: () => value });
    restore.push(() => (own ? Object.defineProperty(window, name, own) : delete (window as unknown as Record<string, unknown>)[name]));
  }
}

/** A parent frame whose relay answers as the background does, over the same stored gate and settings as `fake`. */
function parentWithRelay(fake: ReturnType<typeof fakeApi>, answers: 'background' | 'failing' = 'background') {
  const asked: FrameGateQuestion[][] = [];
  const relay = new FrameRelay(async (questions) => {
    asked.push([...questions]);
    if (answers === 'failing') throw new Error('the background is gone');
    return questions.map((q) => fake.answerFor(q.text, q.host));
  }, parentStop.signal);
  const parent = {};
  offerRelay(parent as Window, relay);
  becomeFrameOf(parent);
  return { relay, asked };
}

function startFrame(body: string, answers: 'background' | 'failing' = 'background', stored: Record<string, unknown> = { [PAGE_GATE_STORAGE_KEY]: GATE }) {
  const fake = fakeApi(stored);
  const parent = parentWithRelay(fake, answers);
  document.body.innerHTML = body;
  const stage = new FirstStage(document, fake.api, controller.signal, injectFake);
  return { stage, fake, ...parent };
}

beforeEach(() => {
  controller = new AbortController();
  parentStop = new AbortController();
  freshStageWorld();
});

afterEach(() => {
  controller.abort();
  parentStop.abort();
  while (restore.length > 0) restore.pop()?.();
  vi.unstubAllGlobals();
});

describe('first stage in a frame under a parent it can reach', () => {
  it('asks through the parent and, without a mention, never looks at the extension API', async () => {
    const { stage, fake, asked } = startFrame('<p>Sponsored · save on flights today <button>Book</button></p>');
    await stage.ready;
    expect(stage.state).toBe('gated');
    // Its two blocks (a button is one of its own), as text only: the parent's relay injects nothing.
    expect(asked).toEqual([[{ text: 'Sponsored · save on flights today \nBook', host: location.hostname }]]);
    expect(fake.runtimeLooks).toBe(0);
    expect(fake.storageLooks).toBe(0);
    expect(fake.gateAsks).toEqual([]);
    expect(fake.messageListeners.size).toBe(0);
  });

  it('loads its own second stage where its text may hold a mention (the parent cannot have it injected)', async () => {
    const { stage, fake, asked } = startFrame('<p>An ad for Kazakhstan tours</p>');
    await stage.ready;
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(asked).toHaveLength(1);
    expect(stageCounts.requested).toBe(1);
    expect(fake.gateAsks).toEqual([]);
  });

  it('asks again through the parent when its text changes (watched by an observer the parent made), and loads once a mention is possible', async () => {
    const fake = fakeApi({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const { relay, asked } = parentWithRelay(fake);
    const made = vi.spyOn(relay, 'observer');
    document.body.innerHTML = '<p>Loading…</p>';
    const stage = new FirstStage(document, fake.api, controller.signal, injectFake);
    await stage.ready;
    expect(stage.state).toBe('gated');
    expect(made).toHaveBeenCalledTimes(1);
    document.body.insertAdjacentHTML('beforeend', '<p>Live: the S-300 batteries</p>');
    await vi.waitFor(() => expect(stage.state).toBe('loaded'), { timeout: 2000 });
    expect(asked.flat().map((q) => q.text)).toEqual(['Loading…', 'Live: the S-300 batteries']);
  });

  it('asks again when the parent says the gate changed (an entity switched back on)', async () => {
    const off = { ...DEFAULT_SETTINGS, entities: { csto: false } };
    const { stage, fake, relay } = startFrame('<p>The CSTO met in Astana.</p>', 'background', { [PAGE_GATE_STORAGE_KEY]: GATE, [SETTINGS_AREA_KEY]: off });
    await stage.ready;
    expect(stage.state).toBe('gated');
    fake.set(SETTINGS_AREA_KEY, DEFAULT_SETTINGS);
    // The frame does not listen for the background itself: its parent tells it.
    expect(stage.state).toBe('gated');
    relay.gateChanged();
    await vi.waitFor(() => expect(stage.state).toBe('loaded'), { timeout: 2000 });
    expect(fake.gateAsks).toEqual([]);
  });

  it("lets its own second stage decide where the parent's relay cannot answer", async () => {
    const { stage, asked } = startFrame('<p>Sponsored · flights</p>', 'failing');
    await stage.ready;
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(asked).toHaveLength(1);
    expect(stageCounts.requested).toBe(1);
  });

  it('is off where Backstory is off for the site, by the answer it got through the parent', async () => {
    const off = { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] };
    const { stage, fake } = startFrame('<p>Kazakhstan</p>', 'background', { [PAGE_GATE_STORAGE_KEY]: GATE, [SETTINGS_AREA_KEY]: off });
    await stage.ready;
    expect(stage.state).toBe('off');
    expect(fake.runtimeLooks).toBe(0);
  });
});

describe('first stage as a parent its frames ask through', () => {
  it('reads its srcdoc frames with the reader it is given, after its own ask, and has the one that may hold a mention adopted', async () => {
    document.body.innerHTML =
      '<p>The weather in Paris was fine.</p><iframe srcdoc="<p>Sponsored · flights</p>"></iframe><iframe id="live" srcdoc="<p>The CSTO summit</p>"></iframe>';
    const fake = fakeApi({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const stage = new FirstStage(document, fake.api, controller.signal, injectFake, { childFrames: (host, signal) => new ChildFrames(host, signal) });
    await stage.ready;
    // The page's own ask first, then its two frames' texts together in one message.
    expect(fake.gateAsks).toEqual(['The weather in Paris was fine.']);
    await vi.waitFor(() => expect(fake.adoptAsks).toBe(1));
    expect(fake.framesAsked).toEqual([[{ text: 'Sponsored · flights', host: location.hostname }, { text: 'The CSTO summit', host: location.hostname }]]);
    const live = document.getElementById('live') as HTMLIFrameElement;
    expect((live.contentWindow as unknown as Record<symbol, unknown>)[ADOPT_MARK]).toBe(true);
    expect(stage.diagnostics().childFrames).toEqual({ read: 2, adopted: 1, lastFailure: null });
  });

  it("answers the frames that ask together with one gateFrames message, and tells them when the gate changed", async () => {
    document.body.innerHTML = '<p>The weather in Paris was fine.</p>';
    const fake = fakeApi({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const stage = new FirstStage(document, fake.api, controller.signal, injectFake);
    await stage.ready;
    // The relay the stage offers its frames (a frame finds it through its `parent`).
    const frame = { top: window, parent: window, frameElement: document.createElement('iframe') } as unknown as Window;
    const relay = parentRelay(frame);
    if (!relay) throw new Error('the first stage offers no relay');
    const answers = await Promise.all([relay.ask({ text: 'Sponsored · flights', host: '' }), relay.ask({ text: 'The CSTO summit', host: '' })]);
    expect(answers).toEqual([{ active: true, possible: false }, { active: true, possible: true }]);
    expect(fake.framesAsked).toEqual([[{ text: 'Sponsored · flights', host: '' }, { text: 'The CSTO summit', host: '' }]]);
    // Nothing painted or injected for the frames: the background only answered.
    expect(stageCounts.injected).toBe(0);

    const frameStop = new AbortController();
    let told = 0;
    relay.onGateChanged(() => told++, frameStop.signal);
    fake.set(SETTINGS_AREA_KEY, { ...DEFAULT_SETTINGS });
    expect(told).toBe(1);
    frameStop.abort();
  });
});
