/**
 * The content script's first stage (lib/page/stage/first-stage.ts) in happy-dom, with an
 * in-memory stand-in for the browser's storage and messages and the real page gate, answered as
 * the background answers it (lib/entities/gate-answer.ts over the stored gate): it loads the
 * second stage exactly where a mention is possible (now, after the page's text changes, after
 * the settings change), not on pages without one or where Backstory is off, and answers or
 * forwards messages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MATCHER_SUMMARY_STORAGE_KEY, PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import { FirstStage } from '@/lib/page/stage/first-stage';
import type { NativeApi } from '@/lib/page/stage/native-api';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { fakeApi, freshStageWorld, GATE, ID, injectFake, stageCounts, startFirstStage } from './fake-stage';

let controller: AbortController;

const start = (body: string, stored: Record<string, unknown> = { [PAGE_GATE_STORAGE_KEY]: GATE }) => startFirstStage(body, stored, controller.signal);

beforeEach(() => {
  controller = new AbortController();
  freshStageWorld();
});

afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

describe('content script first stage', () => {
  it('does not load the second stage on a page without a mention, and says so', async () => {
    const { stage, fake } = start('<p>The weather in Paris was fine.</p>');
    await stage.ready;
    expect(stage.state).toBe('gated');
    expect(stageCounts.injected).toBe(0);
    // The page's text went to the background once, whole, as the page's last chunk, with its
    // blocks (one, in no declared language); the background painted the toolbar (no mentions),
    // and nothing else was sent or read.
    expect(fake.gateRequests).toEqual([
      { text: 'The weather in Paris was fine.', host: location.hostname, last: true, blocks: { lengths: [30], langs: [''] } },
    ]);
    expect(fake.painted).toEqual([{ active: true, count: 0 }]);
    expect(fake.sent).toEqual([]);
    expect(fake.reads).toEqual([]);
    expect(fake.storageLooks).toBe(0);
    const reply = (await fake.ask('diagnostics')) as { ok: true; value: PageDiagnostics };
    expect(reply.value.gate).toMatchObject({ possible: false, read: 'blocks', asked: 1 });
    expect(reply.value.lastFullScan).toBeNull();
  });

  it('loads it at once on a page that may mention an entity, then forwards messages to it', async () => {
    const { stage, fake } = start('<p>Troops of the CSTO arrived.</p>');
    await stage.ready;
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(stageCounts.injected).toBe(1);
    // One round trip: the background injected the second stage with its answer.
    expect(fake.gateAsks).toEqual(['Troops of the CSTO arrived.']);
    expect(stageCounts.requested).toBe(0);
    expect(fake.sent).toEqual([]);
    expect(fake.reads).toEqual([]);
    expect(await fake.ask('pageMentions')).toEqual({ ok: true, value: { fromStageTwo: 'pageMentions' } });
    // The gate's figures are added to the second stage's diagnostics.
    const diagnostics = (await fake.ask('diagnostics')) as { value: { gate: { possible: boolean } } };
    expect(diagnostics.value.gate.possible).toBe(true);
  });

  it('asks again when the page gains text, and loads the second stage once a mention is possible', async () => {
    const { stage } = start('<p>Loading…</p>');
    await stage.ready;
    expect(stage.state).toBe('gated');
    const p = document.createElement('p');
    p.append('Live: the S-', document.createElement('b'));
    document.body.append(p);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(stage.state).toBe('gated'); // "S-" alone is no mention
    (p.lastChild as Element).textContent = '300 batteries';
    await vi.waitFor(() => expect(stage.state).toBe('loaded'), { timeout: 2000 });
    expect(stageCounts.injected).toBe(1);
  });

  it('on a page it turned away, sends only the blocks that changed, not the whole text again', async () => {
    const filler = '<p>The weather in Paris was fine, and the market was quiet.</p>'.repeat(50);
    const { stage, fake } = start(`${filler}<p id="score">Score: <i>1-0</i></p><div id="feed"></div>`);
    await stage.ready;
    expect(stage.state).toBe('gated');
    expect(fake.gateRequests).toHaveLength(1);
    (document.querySelector('#score i')!.firstChild as Text).data = '2-0';
    await vi.waitFor(() => expect(fake.gateRequests).toHaveLength(2), { timeout: 2000 });
    expect(fake.gateRequests[1]).toEqual({ text: 'Score: 2-0', host: location.hostname, last: false });
    const post = document.createElement('p');
    post.textContent = 'Breaking: CSTO troops arrive';
    document.querySelector('#feed')!.append(post);
    await vi.waitFor(() => expect(stage.state).toBe('loaded'), { timeout: 2000 });
    expect(fake.gateRequests.slice(2).map((r) => r.text)).toEqual(['Breaking: CSTO troops arrive']);
    expect(stageCounts.injected).toBe(1);
  });

  it('when a newer change overtakes an ask about changed blocks, the newer ask reads the older blocks too', async () => {
    const { stage, fake } = start('<p>Nothing here yet</p><div id="feed"></div>');
    await stage.ready;
    const send = fake.api.runtime.sendMessage;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldOnce = false;
    fake.api.runtime.sendMessage = async (message) => {
      const { type, data } = message as { type: string; data: { text: string } };
      // The ask about the first change waits at its first block until the second change's ask has begun.
      if (type === 'gateText' && data.text === 'Quiet' && !heldOnce) {
        heldOnce = true;
        await held;
      }
      if (type === 'gateText' && data.text === 'Weather') release();
      return send(message);
    };
    const feed = document.querySelector('#feed')!;
    const block = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
    feed.append(block('Quiet'), block('Astana, Kazakhstan'));
    await vi.waitFor(() => expect(heldOnce).toBe(true), { timeout: 2000 });
    feed.append(block('Weather'));
    await vi.waitFor(() => expect(stage.state).toBe('loaded'), { timeout: 2000 });
    expect(stageCounts.injected).toBe(1);
  });

  it('stays off where Backstory is off for the site, and follows a change of the settings', async () => {
    const off = { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] };
    const { stage, fake } = start('<p>Kazakhstan</p>', { [PAGE_GATE_STORAGE_KEY]: GATE, [SETTINGS_AREA_KEY]: off });
    await stage.ready;
    expect(stage.state).toBe('off');
    expect(stageCounts.injected).toBe(0);
    // The background, which reads the settings, said so and painted the toolbar "off".
    expect(fake.painted).toEqual([{ active: false, count: 0 }]);
    expect(fake.sent).toEqual([]);
    fake.set(SETTINGS_AREA_KEY, DEFAULT_SETTINGS);
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(stageCounts.injected).toBe(1);
    // Asked again because the background said the settings changed; storage was never looked at here.
    expect(fake.gateAsks).toEqual(['Kazakhstan', 'Kazakhstan']);
    expect(fake.storageLooks).toBe(0);
  });

  it('asks again when the gate changes while its first ask is on its way', async () => {
    document.body.innerHTML = '<p>Prime Minister Bektenov spoke.</p>';
    const fake = fakeApi({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const send = fake.api.runtime.sendMessage;
    let asks = 0;
    fake.api.runtime.sendMessage = async (message) => {
      // The background answers the first ask from the old gate, and the change arrives meanwhile.
      if ((message as { type: string }).type === 'gateText' && asks++ === 0) {
        const reply = await send(message);
        for (const l of fake.messageListeners) l({ backstory: 1, type: 'gateChanged', data: null }, { id: ID }, () => undefined);
        return reply;
      }
      return send(message);
    };
    const stage = new FirstStage(document, fake.api, controller.signal, injectFake);
    await stage.ready;
    expect(stage.state).toBe('gated');
    await vi.waitFor(() => expect(asks).toBe(2), { timeout: 2000 });
  });

  it('asks only about the entities the settings highlight', async () => {
    const noKazakhstan = { ...DEFAULT_SETTINGS, entities: { kazakhstan: false } };
    const { stage } = start('<p>Kazakhstan</p>', { [PAGE_GATE_STORAGE_KEY]: GATE, [SETTINGS_AREA_KEY]: noKazakhstan });
    await stage.ready;
    expect(stage.state).toBe('gated');
  });

  it('loads the second stage when no gate is stored yet (it asks the background for the matcher)', async () => {
    const { stage } = start('<p>Nothing to see</p>', {});
    await stage.ready;
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
  });

  it('when the second stage cannot be loaded, writes nothing to the page console and says so in diagnostics', async () => {
    const consoleCalls = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) => vi.spyOn(console, name).mockImplementation(() => undefined));
    document.body.innerHTML = '<p>Troops of the CSTO arrived.</p>';
    const fake = fakeApi({ [PAGE_GATE_STORAGE_KEY]: GATE });
    // The background's injection with its answer fails, and so does the frame's own request.
    fake.background.injects = false;
    let attempts = 0;
    const stage = new FirstStage(document, fake.api, controller.signal, async () => {
      attempts++;
      throw new Error('the tab was closed');
    });
    await stage.ready;
    await vi.waitFor(() => expect(attempts).toBe(1));
    await vi.waitFor(() => expect(stage.state).toBe('gated'));
    const reply = (await fake.ask('diagnostics')) as { ok: true; value: PageDiagnostics };
    expect(reply.value.lastFailure).toEqual({ what: 'page stage', message: 'Error: the tab was closed' });
    // The popup's question tries again, and gets the failure as its answer.
    expect(await fake.ask('pageMentions')).toEqual({ ok: false, error: 'the tab was closed' });
    expect(attempts).toBe(2);
    for (const spy of consoleCalls) expect(spy).not.toHaveBeenCalled();
  });

  it('when the background cannot answer the gate, lets the second stage decide', async () => {
    document.body.innerHTML = '<p>Nothing to see</p>';
    const fake = fakeApi({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const send = fake.api.runtime.sendMessage;
    fake.api.runtime.sendMessage = async (message) => {
      if ((message as { type: string }).type === 'gateText') throw new Error('Could not establish connection');
      return send(message);
    };
    const stage = new FirstStage(document, fake.api, controller.signal, injectFake);
    await stage.ready;
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(stageCounts.injected).toBe(1);
  });

  it('loads the second stage to answer the popup on a page without a mention', async () => {
    const { stage, fake } = start('<p>Nothing to see</p>');
    await stage.ready;
    expect(stageCounts.injected).toBe(0);
    expect(await fake.ask('stepMention', { direction: 'next' })).toEqual({ ok: true, value: { fromStageTwo: 'stepMention' } });
    expect(stageCounts.injected).toBe(1);
    // The matcher's summary and the settings in one read, overlapping the injection (the second stage takes it).
    expect(fake.reads).toEqual([[MATCHER_SUMMARY_STORAGE_KEY, SETTINGS_AREA_KEY]]);
  });

  it('in an empty frame, reads nothing until the frame gains text, and answers nothing for the tab', async () => {
    const top = Object.getOwnPropertyDescriptor(window, 'top');
    Object.defineProperty(window, 'top', { configurable: true, get: () => ({}) });
    try {
      const { stage, fake } = start('');
      await stage.ready;
      expect(stage.state).toBe('gated');
      expect(fake.reads).toEqual([]);
      // Nothing to read, nothing sent: not even the background is asked.
      expect(fake.gateAsks).toEqual([]);
      // Nor is the extension API looked at, not even to listen: nothing would ask this frame.
      expect(fake.runtimeLooks).toBe(0);
      expect(fake.messageListeners.size).toBe(0);
      document.body.innerHTML = '<p>An ad for Kazakhstan tours</p>';
      await vi.waitFor(() => expect(stage.state).toBe('loaded'), { timeout: 2000 });
      // Listening once it spoke; the tab's messages are still the top frame's to answer.
      expect(fake.messageListeners.size).toBe(1);
      let answered = false;
      for (const l of fake.messageListeners) answered = l({ backstory: 1, type: 'pageMentions', data: null }, { id: ID }, () => {}) === true;
      expect(answered).toBe(false);
      // The background read the settings and the gate and injected the second stage: nothing read here.
      expect(fake.reads).toEqual([]);
      expect(fake.gateAsks).toEqual(['An ad for Kazakhstan tours']);
      expect(fake.sent).toEqual([]); // a frame does not speak for the toolbar
      expect(fake.painted).toEqual([]);
    } finally {
      if (top) Object.defineProperty(window, 'top', top);
    }
  });

  it('in a frame whose extension API is gone when it gains text (an orphaned copy), fails quietly and says so', async () => {
    const top = Object.getOwnPropertyDescriptor(window, 'top');
    Object.defineProperty(window, 'top', { configurable: true, get: () => ({}) });
    const consoleCalls = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) => vi.spyOn(console, name).mockImplementation(() => undefined));
    try {
      document.body.innerHTML = '';
      const gone = (): never => {
        throw new Error('Extension context invalidated.');
      };
      const api = { get runtime() { return gone(); }, get storage() { return gone(); } } as NativeApi;
      const inject = () => Promise.reject(new Error('Extension context invalidated.'));
      const stage = new FirstStage(document, api, controller.signal, inject);
      await stage.ready;
      expect(stage.state).toBe('gated');
      document.body.innerHTML = '<p>An ad for Kazakhstan tours</p>';
      await vi.waitFor(() => expect(stage.diagnostics().lastFailure?.message).toContain('Extension context invalidated'), { timeout: 2000 });
      expect(stage.state).toBe('gated');
      for (const spy of consoleCalls) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of consoleCalls) spy.mockRestore();
      if (top) Object.defineProperty(window, 'top', top);
    }
  });

  it('lets go of everything when its lifetime ends', async () => {
    const { stage, fake } = start('<p>Nothing to see</p>');
    await stage.ready;
    controller.abort();
    expect(fake.messageListeners.size).toBe(0);
    document.body.append('Kazakhstan');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(stageCounts.injected).toBe(0);
  });
});
