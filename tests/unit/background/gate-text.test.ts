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
import { MATCHER_SUMMARY_STORAGE_KEY, PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { blockMatching } from '@/lib/background/block-matching';
import type { ActiveCatalogue } from '@/lib/background/matcher-cache';
import type { MatchBlocksRequest } from '@/lib/entities/block-answer';
import { summaryOf } from '@/lib/entities/matcher-summary';
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
    // The values a second stage starts from come with the injection (none stored here but the gate).
    expect(await ask('Troops of the CSTO arrived.')).toEqual({ ok: true, value: { active: true, possible: true, injected: true, start: {}, match: null } });
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

  it("answers a page's rough text at once: a no paints the toolbar, a yes starts injecting the second stage (gate-text-early.test.ts)", async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const { ask, injected, painted } = asker();
    expect(await ask('Troops of the CSTO arrived.', { last: true, rough: true })).toEqual({ ok: true, value: { active: true, possible: true, injected: false, injecting: true } });
    expect(injected).toEqual([TOP]);
    expect(painted).toEqual([]);
    expect(await ask('The weather in Paris was fine.', { last: true, rough: true })).toEqual({ ok: true, value: { active: true, possible: false, injected: false } });
    expect(painted).toEqual([{ tabId: 1, active: true, count: 0 }]);
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

describe('gateText about whole blocks', () => {
  beforeEach(() => fakeBrowser.reset());

  const SUMMARY = summaryOf(TEXT_BUILD_KEY, compiledCatalogue(), { kazakhstan: 'Kazakhstan', csto: 'CSTO', s300: 'S-300' });
  const active = async () => ({ key: TEXT_BUILD_KEY, compiled: compiledCatalogue() }) as unknown as ActiveCatalogue;

  function blocksAsker(inject: GateTextDeps['inject'] = async () => undefined) {
    const matched: MatchBlocksRequest[] = [];
    const blocks = blockMatching({ active });
    const deps: GateTextDeps = {
      inject,
      paint: async () => undefined,
      broadcast: async () => undefined,
      match: async (request) => {
        matched.push(request);
        return (await blocks.matchBlocks(request)).mentions;
      },
    };
    const route = createRouter({ gateText: gateHandlers(deps).gateText } as unknown as Handlers<BackgroundProtocol>, { extensionId: ID });
    const ask = (texts: string[], langs: string[] = texts.map(() => ''), sender: object = TOP) =>
      route(envelope<BackgroundProtocol, 'gateText'>('gateText', { text: texts.join('\n'), host: 'example.org', last: true, blocks: { lengths: texts.map((t) => t.length), langs } }), sender as never);
    return { ask, matched };
  }

  it('matches the blocks of a chunk that may hold a mention as it injects, and sends what the second stage starts from', async () => {
    const settings = { ...DEFAULT_SETTINGS, entities: { s300: false } };
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE, [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY, [SETTINGS_AREA_KEY]: settings });
    const { ask, matched } = blocksAsker();
    const reply = await ask(['Weather.', 'The CSTO met in Kazakhstan and bought S-300 systems.'], ['', 'en']);
    expect(reply).toMatchObject({
      ok: true,
      value: {
        possible: true,
        injected: true,
        start: { [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY, [SETTINGS_AREA_KEY]: settings },
        // For the summary's matcher, the entities the settings highlight, block by block.
        match: {
          key: TEXT_BUILD_KEY,
          entities: ['kazakhstan', 'csto'],
          mentions: [[], [{ entity: 'csto', start: 4, end: 8 }, { entity: 'kazakhstan', start: 16, end: 26 }]],
        },
      },
    });
    expect(matched[0]?.blocks).toEqual([{ text: 'Weather.' }, { text: 'The CSTO met in Kazakhstan and bought S-300 systems.', lang: 'en' }]);
    // Nothing is matched for a chunk the gate turns away.
    expect(await ask(['The weather in Paris was fine.'])).toMatchObject({ value: { possible: false, injected: false } });
    expect(matched).toHaveLength(1);
  });

  it('sends no mentions when nothing can say which matcher the page uses, the blocks do not fit the text, or nothing was injected', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const { ask, matched } = blocksAsker();
    // No summary stored: the page will ask for the matcher itself.
    expect(await ask(['The CSTO met.'])).toMatchObject({ value: { injected: true, match: null } });
    await fakeBrowser.storage.local.set({ [MATCHER_SUMMARY_STORAGE_KEY]: { ...SUMMARY, key: `${TEXT_BUILD_KEY}+old-watchlist` } });
    expect(await ask(['The CSTO met.'])).toMatchObject({ value: { injected: true, match: null } });
    expect(matched).toHaveLength(1); // asked, and the warm matcher (another key) did not answer
    await fakeBrowser.storage.local.set({ [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY });
    const route = createRouter({ gateText: gateHandlers({ ...blocksDeps(), match: async () => [[]] }).gateText } as unknown as Handlers<BackgroundProtocol>, { extensionId: ID });
    for (const blocks of [{ lengths: [3, 3], langs: ['', ''] }, { lengths: [8], langs: [] }, { lengths: [-1], langs: [''] }]) {
      const reply = await route(envelope<BackgroundProtocol, 'gateText'>('gateText', { text: 'the CSTO', host: 'example.org', blocks }), TOP as never);
      expect(reply).toMatchObject({ ok: true, value: { possible: true, injected: true, match: null } });
    }
    const failing = blocksAsker(async () => Promise.reject(new Error('Frame with ID 0 was removed.')));
    expect(await failing.ask(['The CSTO met.'])).toEqual({ ok: true, value: { active: true, possible: true, injected: false } });
  });
});

const blocksDeps = (): GateTextDeps => ({ inject: async () => undefined, paint: async () => undefined, broadcast: async () => undefined });

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
