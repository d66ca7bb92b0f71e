/**
 * The background's side of the page gate (lib/background/gate-text.ts): answered from the gate
 * and the settings in storage, through the real router as a frame's message arrives; with no
 * gate stored, everything may mention an entity. One round trip: where a chunk may hold a
 * mention the second stage is injected into the sending frame before the answer; a top frame's
 * last no paints the toolbar. The settings and the gate are read once and kept until storage
 * says they changed, and read afresh when the frame asks because they did.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { gateHandlers, type GateTextDeps, type GateTextRequest } from '@/lib/background/gate-text';
import { compiledCatalogue } from '@/lib/entities';
import { compileCatalogue } from '@/lib/entities/compile/compile';
import { pageGateJson, pageGateOf } from '@/lib/entities/gate';
import { getCatalogue } from '@/lib/entities/index';
import { PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { envelope } from '@/lib/messages/envelope';
import type { BackgroundProtocol } from '@/lib/messages/protocol';
import { createRouter } from '@/lib/messages/router';
import type { Handlers } from '@/lib/messages/router';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

const ID = 'backstory@test';
const GATE = pageGateJson(pageGateOf(TEXT_BUILD_KEY, compiledCatalogue()));
const TOP = { id: ID, tab: { id: 1 }, frameId: 0 };
const FRAME = { id: ID, tab: { id: 1 }, frameId: 7 };

function asker() {
  const injected: unknown[] = [];
  const painted: unknown[] = [];
  const broadcasts: number[] = [];
  const deps: GateTextDeps = {
    inject: async (sender) => void injected.push(sender),
    paint: async (tabId, state) => void painted.push({ tabId, ...state }),
    broadcast: async () => void broadcasts.push(Date.now()),
  };
  const handlers = { gateText: gateHandlers(deps).gateText } as unknown as Handlers<BackgroundProtocol>;
  const route = createRouter(handlers, { extensionId: ID });
  const ask = (text: string, more: Partial<GateTextRequest> = {}, sender: object = TOP) =>
    route(envelope<BackgroundProtocol, 'gateText'>('gateText', { text, host: 'example.org', ...more }), sender as never);
  return { ask, injected, painted, broadcasts };
}

describe('gateText', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers from the stored gate, for the entities the stored settings highlight', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const { ask } = asker();
    expect(await ask('Troops of the CSTO arrived.')).toEqual({ ok: true, value: { active: true, possible: true, injected: true } });
    expect(await ask('The weather in Paris was fine.')).toEqual({ ok: true, value: { active: true, possible: false, injected: false } });
    await fakeBrowser.storage.local.set({ [SETTINGS_AREA_KEY]: { ...DEFAULT_SETTINGS, entities: { kazakhstan: false } } });
    expect(await ask('Kazakhstan')).toEqual({ ok: true, value: { active: true, possible: false, injected: false } });
  });

  it('injects the second stage into the frame whose text may hold a mention, in the same round trip', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const { ask, injected } = asker();
    await ask('An ad for Kazakhstan tours', {}, FRAME);
    await ask('Sponsored: save on flights', {}, FRAME);
    expect(injected).toEqual([expect.objectContaining({ tab: { id: 1 }, frameId: 7 })]);
  });

  it('says so when the injection fails, so that the frame asks for it itself', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const handlers = { gateText: gateHandlers({ inject: async () => Promise.reject(new Error('no tab')), paint: async () => undefined, broadcast: async () => undefined }).gateText } as unknown as Handlers<BackgroundProtocol>;
    const route = createRouter(handlers, { extensionId: ID });
    const reply = await route(envelope<BackgroundProtocol, 'gateText'>('gateText', { text: 'the CSTO', host: 'example.org' }), TOP as never);
    expect(reply).toEqual({ ok: true, value: { active: true, possible: true, injected: false } });
  });

  it('paints the toolbar for a top frame whose last chunk holds no mention, or whose site is off; never for a frame', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const { ask, painted } = asker();
    await ask('The weather in Paris was fine.', { last: false });
    expect(painted).toEqual([]);
    await ask('The weather in Paris was fine.', { last: true }, FRAME);
    expect(painted).toEqual([]);
    await ask('The weather in Paris was fine.', { last: true });
    expect(painted).toEqual([{ tabId: 1, active: true, count: 0 }]);
    await fakeBrowser.storage.local.set({ [SETTINGS_AREA_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] } });
    expect(await ask('Kazakhstan', { last: true })).toEqual({ ok: true, value: { active: false, possible: false, injected: false } });
    expect(painted.at(-1)).toEqual({ tabId: 1, active: false, count: 0 });
    // Another site is still on.
    expect(await ask('Kazakhstan', { host: 'example.com' })).toMatchObject({ ok: true, value: { active: true, possible: true } });
  });

  it('reads storage once, follows a new gate as soon as it is stored and tells the frames, and reads afresh when asked to', async () => {
    const { ask, broadcasts } = asker();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await ask('The CSTO met.')).toMatchObject({ value: { possible: true } });
    expect(await ask('The weather in Paris was fine.')).toMatchObject({ value: { possible: true } }); // no gate yet
    expect(get).toHaveBeenCalledTimes(1);
    const catalogue = getCatalogue();
    const withoutCsto = compileCatalogue({ ...catalogue, entities: catalogue.entities.filter((e) => e.id !== 'csto') });
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: pageGateJson(pageGateOf(TEXT_BUILD_KEY, withoutCsto)) });
    expect(await ask('The CSTO met.')).toMatchObject({ value: { possible: false } });
    expect(await ask('The weather in Paris was fine.')).toMatchObject({ value: { possible: false } });
    expect(get).toHaveBeenCalledTimes(2);
    // Every frame was told (and asks again), after the cache was dropped; other keys tell nobody.
    expect(broadcasts).toHaveLength(1);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(broadcasts).toHaveLength(1);
    await fakeBrowser.storage.local.set({ [SETTINGS_AREA_KEY]: DEFAULT_SETTINGS });
    expect(broadcasts).toHaveLength(2);
    await ask('The weather in Paris was fine.');
    expect(get).toHaveBeenCalledTimes(3);
    // A frame may ask for a fresh read, whatever the cache holds.
    await ask('The weather in Paris was fine.', { fresh: true });
    expect(get).toHaveBeenCalledTimes(4);
  });

  it('refuses a request without text, with a reason', async () => {
    const { ask } = asker();
    const reply = (await ask(undefined as unknown as string)) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/text/);
  });
});

describe('gateFrames', () => {
  beforeEach(() => fakeBrowser.reset());

  const framesRoute = () => {
    const injected: unknown[] = [];
    const painted: unknown[] = [];
    const gate = gateHandlers({ inject: async (sender) => void injected.push(sender), paint: async (_tab, state) => void painted.push(state), broadcast: async () => undefined });
    const route = createRouter({ gateFrames: gate.gateFrames } as unknown as Handlers<BackgroundProtocol>, { extensionId: ID });
    const ask = (frames: unknown) => route(envelope<BackgroundProtocol, 'gateFrames'>('gateFrames', { frames } as never), TOP as never);
    return { ask, injected, painted };
  };

  it("answers each frame a parent asks about, by its own site, and neither paints nor injects (the sender is not the frame)", async () => {
    await fakeBrowser.storage.local.set({
      [PAGE_GATE_STORAGE_KEY]: GATE,
      [SETTINGS_AREA_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['ads.example'] },
    });
    const { ask, injected, painted } = framesRoute();
    const reply = await ask([
      { text: 'Sponsored · flights', host: '' },
      { text: 'The CSTO summit', host: 'example.org' },
      { text: 'Kazakhstan tours', host: 'ads.example' },
    ]);
    expect(reply).toEqual({
      ok: true,
      value: { answers: [{ active: true, possible: false }, { active: true, possible: true }, { active: false, possible: false }] },
    });
    expect(injected).toEqual([]);
    expect(painted).toEqual([]);
  });

  it('says what is wrong with a request that is not a list of texts', async () => {
    const { ask } = framesRoute();
    expect(await ask('Kazakhstan')).toMatchObject({ ok: false, error: expect.stringMatching(/list of frames/) });
    expect(await ask([{ text: 5, host: '' }])).toMatchObject({ ok: false, error: expect.stringMatching(/text/) });
  });
});
