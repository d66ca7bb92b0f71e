/**
 * The content script's surroundings in happy-dom (lib/page/content-script.ts tests), set up
 * before each test and torn down after it: WXT's fake browser (storage, messages), a
 * `ContentScriptContext` standing for its lifetime, the real settings store, the real matcher
 * summary and packed matcher in storage, a background that matches blocks with the real answerer,
 * and a fake highlight registry (happy-dom has no CSS Custom Highlight API).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BlockAnswerer, type AnsweringCatalogue, type MatchBlocksRequest } from '@/lib/entities/block-answer';
import { compileCatalogue, type CompiledCatalogue } from '@/lib/entities/compile/compile';
import { compiledCatalogue, getCatalogue } from '@/lib/entities/index';
import { summaryOf } from '@/lib/entities/matcher-summary';
import { packedJson, packMatcher } from '@/lib/entities/pack';
import { MATCHER_SUMMARY_STORAGE_KEY, PACKED_MATCHER_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { ContentScript, ContentScriptOptions } from '@/lib/page/content-script';
import { runContentScript } from '@/lib/page/main';
import { highlightName, type HighlightApi } from '@/lib/page/paint/highlighter';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { FakeStaticRange } from './fake-static-range';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export const host = () => location.hostname;

/** The catalogue without the CSTO, as a watchlist that leaves it out would compile it. */
export function withoutCsto(): CompiledCatalogue {
  const catalogue = getCatalogue();
  return compileCatalogue({ ...catalogue, entities: catalogue.entities.filter((e) => e.id !== 'csto') });
}

/** A message as another part of the extension sends it; the content script's answer. */
export async function ask(type: string, data: unknown, senderId = fakeBrowser.runtime.id): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ backstory: 1, type, data }, { id: senderId }, () => {});
  return replies.find((reply) => reply !== undefined);
}

/** The world of each test: read its fields inside the test (they are made anew before each). */
export function contentScriptWorld() {
  const packed = packMatcher();
  let releaseMatcher: () => void = () => undefined;
  const world = {
    registry: new Map<string, FakeHighlight>(),
    ctx: new ContentScriptContext('content'),
    /** Every message the page sent the background. */
    sent: [] as { type: string; data: unknown }[],
    /** The catalogue the background matches with; null: it cannot answer `matchBlocks`. */
    answering: null as AnsweringCatalogue | null,
    /** Replies to `packedMatcher` wait for this (the background is slow to answer). */
    releaseMatcher: () => releaseMatcher(),
    /** What the background stores for a catalogue: the packed matcher and its summary; it then matches with it. */
    async storeMatcher(key: string = TEXT_BUILD_KEY, compiled: CompiledCatalogue = compiledCatalogue()) {
      const pack = packMatcher(key, compiled);
      world.answering = { key, compiled };
      await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packedJson(pack), [MATCHER_SUMMARY_STORAGE_KEY]: summaryOf(key, compiled, pack.names) });
    },
    /** The content script on the page, painting into the fake registry. */
    start(options: Omit<ContentScriptOptions, 'adoptShield' | 'unpacker' | 'highlightApi'> = {}): ContentScript {
      const highlightApi = { registry: world.registry, create: () => new FakeHighlight() } as unknown as HighlightApi;
      return runContentScript(document, world.ctx.signal, { ...options, highlightApi });
    },
    /** How many ranges an entity's highlight holds. */
    painted: (entity: string, style: 'fill' | 'underline' = 'fill') => world.registry.get(highlightName(entity, style))?.size ?? 0,
    /** Ends the content script (its context), and clears what it sent and painted for one started next. */
    renew(): void {
      world.ctx.abort();
      world.ctx = new ContentScriptContext('content');
      world.registry.clear();
      world.sent.length = 0;
    },
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.stubGlobal('StaticRange', FakeStaticRange);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = '<p>Kazakhstan joined the CSTO in 1992.</p><p>The CSTO met in Astana.</p>';
    world.registry = new Map();
    world.ctx = new ContentScriptContext('content');
    world.sent = [];
    const matcherReleased = new Promise<void>((resolve) => (releaseMatcher = resolve));
    world.answering = null;
    const answerer = new BlockAnswerer();
    // The background: the page count is noted, blocks are matched, the matcher comes when released, the rest fails.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, data } = message as { type: string; data: unknown };
      world.sent.push({ type, data });
      if (type === 'packedMatcher') {
        await matcherReleased;
        world.answering = { key: packed.key, compiled: compiledCatalogue() };
        return { ok: true, value: packed };
      }
      if (type === 'matchBlocks' && world.answering) return { ok: true, value: { mentions: answerer.answer(world.answering, data as MatchBlocksRequest) } };
      return { ok: type === 'pageCount', value: null, error: 'not in this test' };
    });
  });

  afterEach(() => {
    world.ctx.abort();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  return world;
}
