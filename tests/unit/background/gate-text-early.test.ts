/**
 * The background's gate with the rough text first (lib/background/gate-text.ts,
 * early-injections.ts): rough text that may hold a mention starts the second stage's injection
 * and is answered at once; the ask about the frame's blocks that follows (`early`) takes that
 * injection, with the chunk that may hold a mention or else the last, and is answered with it:
 * the blocks' mentions, none for blocks the gate turns away.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { blockMatching } from '@/lib/background/block-matching';
import { gateHandlers, type GateTextDeps, type GateTextRequest } from '@/lib/background/gate-text';
import type { ActiveCatalogue } from '@/lib/background/matcher-cache';
import { compiledCatalogue } from '@/lib/entities';
import { pageGateJson, pageGateOf } from '@/lib/entities/gate';
import { summaryOf } from '@/lib/entities/matcher-summary';
import { MATCHER_SUMMARY_STORAGE_KEY, PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { envelope } from '@/lib/messages/envelope';
import type { BackgroundProtocol } from '@/lib/messages/protocol';
import { createRouter, type Handlers } from '@/lib/messages/router';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

const ID = 'backstory@test';
const GATE = pageGateJson(pageGateOf(TEXT_BUILD_KEY, compiledCatalogue()));
const SUMMARY = summaryOf(TEXT_BUILD_KEY, compiledCatalogue(), { kazakhstan: 'Kazakhstan', csto: 'CSTO', s300: 'S-300' });
const TOP = { id: ID, tab: { id: 1 }, frameId: 0 };
const ENTITIES = ['kazakhstan', 'csto', 's300'];

function background(inject: GateTextDeps['inject'] = async () => undefined) {
  const injected: unknown[] = [];
  const painted: unknown[] = [];
  const matched: unknown[] = [];
  const blocks = blockMatching({ active: async () => ({ key: TEXT_BUILD_KEY, compiled: compiledCatalogue() }) as unknown as ActiveCatalogue });
  const deps: GateTextDeps = {
    inject: (sender) => (injected.push(sender), inject(sender)),
    paint: async (tabId, state) => void painted.push({ tabId, ...state }),
    broadcast: async () => undefined,
    match: async (request) => (matched.push(request), (await blocks.matchBlocks(request)).mentions),
  };
  const route = createRouter({ gateText: gateHandlers(deps).gateText } as unknown as Handlers<BackgroundProtocol>, { extensionId: ID });
  const ask = (request: Omit<GateTextRequest, 'host'>, sender: object = TOP) =>
    route(envelope<BackgroundProtocol, 'gateText'>('gateText', { host: 'example.org', ...request }), sender as never);
  /** The ask about a chunk of blocks, after rough text answered `injecting`. */
  const askBlocks = (texts: string[], last: boolean, sender: object = TOP) =>
    ask({ text: texts.join('\n'), last, early: true, blocks: { lengths: texts.map((t) => t.length), langs: texts.map(() => '') } }, sender);
  return { ask, askBlocks, injected, painted, matched };
}

describe('gateText after rough text that may hold a mention', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects once: the blocks that may hold a mention are answered with that injection and their mentions', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE, [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY });
    const { ask, askBlocks, injected } = background();
    expect(await ask({ text: 'Weather.Troops of the CSTO arrived.', last: true, rough: true })).toMatchObject({ value: { possible: true, injecting: true } });
    expect(await askBlocks(['Weather.', 'Troops of the CSTO arrived.'], true)).toMatchObject({
      value: { possible: true, injected: true, match: { key: TEXT_BUILD_KEY, entities: ENTITIES, mentions: [[], [{ entity: 'csto', start: 14, end: 18 }]] } },
    });
    expect(injected).toEqual([TOP]);
  });

  it('keeps it past chunks the gate turns away, and answers the last with it: its blocks hold no mention (nothing matched)', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE, [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY });
    const { ask, askBlocks, injected, painted, matched } = background();
    await ask({ text: 'Weather. var related = "Kazakhstan";', last: true, rough: true });
    expect(await askBlocks(['Weather.'], false)).toEqual({ ok: true, value: { active: true, possible: false, injected: false } });
    expect(await askBlocks(['Sport.', 'Markets.'], true)).toMatchObject({
      value: { possible: false, injected: true, start: { [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY }, match: { key: TEXT_BUILD_KEY, entities: ENTITIES, mentions: [[], []] } },
    });
    expect(matched).toEqual([]);
    expect(injected).toHaveLength(1);
    // The page's answer is no: the toolbar says so (the second stage will find nothing either).
    expect(painted).toEqual([{ tabId: 1, active: true, count: 0 }]);
  });

  it("is taken once, by the frame it was injected into; an early ask with nothing to take is answered as any other", async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE, [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY });
    const { ask, askBlocks, injected } = background();
    const frame = { ...TOP, frameId: 4 };
    await ask({ text: 'The CSTO met.', last: true, rough: true }, frame);
    // Another frame (or the same one after the worker restarted) has none to take.
    expect(await askBlocks(['Weather.'], true)).toEqual({ ok: true, value: { active: true, possible: false, injected: false } });
    expect(await askBlocks(['The CSTO met.'], true)).toMatchObject({ value: { possible: true, injected: true } });
    expect(injected).toEqual([frame, TOP]);
    expect(await askBlocks(['The CSTO met.'], true, frame)).toMatchObject({ value: { injected: true } });
    expect(await askBlocks(['Weather.'], true, frame)).toMatchObject({ value: { possible: false, injected: false } });
    expect(injected).toEqual([frame, TOP]);
  });

  it('says it did not inject when the injection failed, so that the frame asks for it itself', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const { ask, askBlocks } = background(() => Promise.reject(new Error('Frame with ID 0 was removed.')));
    expect(await ask({ text: 'The CSTO met.', last: true, rough: true })).toMatchObject({ value: { injecting: true } });
    expect(await askBlocks(['The CSTO met.'], true)).toEqual({ ok: true, value: { active: true, possible: true, injected: false } });
  });

  it('starts nothing for rough text without a mention, or on a site where Backstory is off', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: GATE });
    const { ask, injected } = background();
    expect(await ask({ text: 'The weather in Paris was fine.', last: true, rough: true })).toEqual({ ok: true, value: { active: true, possible: false, injected: false } });
    await fakeBrowser.storage.local.set({ [SETTINGS_AREA_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] } });
    expect(await ask({ text: 'The CSTO met.', last: true, rough: true })).toEqual({ ok: true, value: { active: false, possible: false, injected: false } });
    expect(injected).toEqual([]);
  });
});
