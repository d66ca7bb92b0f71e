/**
 * The background's side of the page gate (lib/background/gate-text.ts), through the real router
 * as a frame's message arrives: answered from the gate in storage, for the settings the frame
 * sends, following a gate stored later; with no gate stored, everything may mention an entity.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import type { MatcherCache } from '@/lib/background/matcher-cache';
import type { WatchlistFollower } from '@/lib/background/watchlist';
import type { CorpusService } from '@/lib/corpus/service';
import { compiledCatalogue } from '@/lib/entities';
import { compileCatalogue } from '@/lib/entities/compile/compile';
import { pageGateJson, pageGateOf } from '@/lib/entities/gate';
import { getCatalogue } from '@/lib/entities/index';
import { PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { envelope } from '@/lib/messages/envelope';
import type { BackgroundProtocol } from '@/lib/messages/protocol';
import { createRouter } from '@/lib/messages/router';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

const ID = 'backstory@test';

function asker() {
  const route = createRouter(createHandlers({} as CorpusService, {} as MatcherCache, {} as WatchlistFollower), { extensionId: ID });
  return (text: string, settings: unknown = DEFAULT_SETTINGS) =>
    route(envelope<BackgroundProtocol, 'gateText'>('gateText', { text, settings }), { id: ID, tab: { id: 1 }, frameId: 0 } as never);
}

describe('gateText', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers from the stored gate, for the entities the frame\'s settings highlight', async () => {
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: pageGateJson(pageGateOf(TEXT_BUILD_KEY, compiledCatalogue())) });
    const ask = asker();
    expect(await ask('Troops of the CSTO arrived.')).toEqual({ ok: true, value: { possible: true } });
    expect(await ask('The weather in Paris was fine.')).toEqual({ ok: true, value: { possible: false } });
    expect(await ask('Kazakhstan', { ...DEFAULT_SETTINGS, entities: { kazakhstan: false } })).toEqual({ ok: true, value: { possible: false } });
  });

  it('lets everything through until a gate is stored, then follows the one stored', async () => {
    const ask = asker();
    expect(await ask('The CSTO met.')).toEqual({ ok: true, value: { possible: true } });
    expect(await ask('The weather in Paris was fine.')).toEqual({ ok: true, value: { possible: true } });
    const catalogue = getCatalogue();
    const withoutCsto = compileCatalogue({ ...catalogue, entities: catalogue.entities.filter((e) => e.id !== 'csto') });
    await fakeBrowser.storage.local.set({ [PAGE_GATE_STORAGE_KEY]: pageGateJson(pageGateOf(TEXT_BUILD_KEY, withoutCsto)) });
    expect(await ask('The CSTO met.')).toEqual({ ok: true, value: { possible: false } });
  });

  it('refuses a request without text, with a reason', async () => {
    const ask = asker();
    const reply = (await ask(undefined as unknown as string)) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/text/);
  });
});
