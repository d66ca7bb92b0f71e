/**
 * The background's answers, through the real router and envelope as a page's message arrives:
 * each handler asks the collaborator it is given (the corpus, the matcher cache, the watchlist),
 * answers as a `Result`, refuses what it must with a readable reason, and leaves messages from
 * elsewhere to other listeners. WXT's fake browser stands in for the extension APIs.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import type { MatcherCache } from '@/lib/background/matcher-cache';
import type { WatchlistFollower } from '@/lib/background/watchlist';
import type { CorpusService } from '@/lib/corpus/service';
import { envelope } from '@/lib/messages/envelope';
import type { BackgroundProtocol, RequestOf } from '@/lib/messages/protocol';
import { createRouter } from '@/lib/messages/router';

const ID = 'backstory@test';

function collaborators() {
  const corpus = {
    ready: vi.fn(async () => null),
    cardFor: vi.fn(async (entity: string, limit?: number) => ({ entity, limit })),
    search: vi.fn(async (query: string, options?: { limit?: number }) => ({ query, options })),
    version: vi.fn(async () => 'corpus-v1'),
    refreshSearch: vi.fn(async () => undefined),
    prepareSearch: vi.fn(async () => undefined),
    searchCaughtUp: vi.fn(async () => undefined),
  };
  const matchers = {
    active: vi.fn(async () => ({ names: { kazakhstan: 'Kazakhstan' } })),
    use: vi.fn(),
    packed: vi.fn(async () => ({ key: 'packed-1' })),
    store: vi.fn(async () => undefined),
    prime: vi.fn(async () => undefined),
  };
  const watchlist = { apply: vi.fn(), catchUp: vi.fn(), aliasHits: vi.fn(async () => ({ passages: 3, sample: [] })) };
  const route = createRouter(
    createHandlers(corpus as unknown as CorpusService, matchers as unknown as MatcherCache, watchlist as unknown as WatchlistFollower),
    { extensionId: ID },
  );
  const ask = <K extends keyof BackgroundProtocol>(type: K, data: RequestOf<BackgroundProtocol, K>, sender: object = { id: ID }) =>
    route(envelope<BackgroundProtocol, K>(type, data), sender as never);
  return { corpus, matchers, watchlist, ask, route };
}

describe('background handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers ping with the extension and corpus versions', async () => {
    const { ask } = collaborators();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Backstory', version: '0.1.0' });
    expect(await ask('ping', null)).toEqual({ ok: true, value: { version: '0.1.0', corpusVersion: 'corpus-v1' } });
  });

  it('hands a card request and a search to the corpus, the search once the catalogue is primed', async () => {
    const { ask, corpus, matchers } = collaborators();
    expect(await ask('cardFor', { entity: 'csto', limit: 8 })).toEqual({ ok: true, value: { entity: 'csto', limit: 8 } });
    expect(await ask('search', { query: 'Токаев' })).toEqual({ ok: true, value: { query: 'Токаев', options: {} } });
    expect(await ask('search', { query: 'x', limit: 3 })).toEqual({ ok: true, value: { query: 'x', options: { limit: 3 } } });
    expect(matchers.prime).toHaveBeenCalledTimes(2);
    expect(corpus.ready).toHaveBeenCalledTimes(2);
  });

  it('names entities from the active catalogue, and serves and stores the packed matcher', async () => {
    const { ask, matchers } = collaborators();
    expect(await ask('entityNames', null)).toEqual({ ok: true, value: { kazakhstan: 'Kazakhstan' } });
    expect(await ask('packedMatcher', null)).toEqual({ ok: true, value: { key: 'packed-1' } });
    expect(matchers.store).toHaveBeenCalledOnce();
  });

  it('loads the card interface into the asking frame only, and refuses a request from no tab', async () => {
    const { ask } = collaborators();
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    expect(await ask('loadCardUi', null, { id: ID, tab: { id: 7 }, frameId: 2 })).toEqual({ ok: true, value: null });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [2] }, files: ['/card-ui.js'] });
    expect(await ask('loadCardUi', null, { id: ID })).toEqual({ ok: false, error: 'only a page can load the card interface' });
  });

  it('loads the page extras into the asking frame only, and refuses a request from no tab', async () => {
    const { ask } = collaborators();
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    expect(await ask('loadPageExtras', null, { id: ID, tab: { id: 7 }, frameId: 2 })).toEqual({ ok: true, value: null });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [2] }, files: ['/page-extras.js'] });
    expect(await ask('loadPageExtras', null, { id: ID })).toEqual({ ok: false, error: 'only a page can load the page extras' });
  });

  it('loads the page matcher into the asking frame only, and refuses a request from no tab', async () => {
    const { ask } = collaborators();
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    expect(await ask('loadPageMatcher', null, { id: ID, tab: { id: 7 }, frameId: 2 })).toEqual({ ok: true, value: null });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [2] }, files: ['/page-matcher.js'] });
    expect(await ask('loadPageMatcher', null, { id: ID })).toEqual({ ok: false, error: 'only a page can load the page matcher' });
  });

  it('counts alias hits for a valid alias and names what is wrong with an invalid one', async () => {
    const { ask, watchlist } = collaborators();
    expect(await ask('aliasHits', { alias: { text: 'Bektenov', lang: 'en', tier: 'name' } })).toEqual({ ok: true, value: { passages: 3, sample: [] } });
    expect(watchlist.aliasHits).toHaveBeenCalledWith({ text: 'Bektenov', lang: 'en', tier: 'name' });
    expect(await ask('aliasHits', { alias: { text: '', lang: 'en', tier: 'name' } })).toEqual({
      ok: false, error: 'Not an alias: it needs a text, a language and a tier.',
    });
  });

  it('brings the search index up to date when the library says the corpus changed', async () => {
    const { ask, corpus } = collaborators();
    expect(await ask('corpusChanged', null)).toEqual({ ok: true, value: null });
    expect(corpus.refreshSearch).toHaveBeenCalledOnce();
  });

  it('gets the search ready before an import, and answers once it has caught up after one', async () => {
    const { ask, corpus } = collaborators();
    expect(await ask('prepareForImport', null)).toEqual({ ok: true, value: null });
    expect(corpus.prepareSearch).toHaveBeenCalledOnce();
    expect(await ask('searchCaughtUp', null)).toEqual({ ok: true, value: null });
    expect(corpus.searchCaughtUp).toHaveBeenCalledOnce();
  });

  it('opens the search in a tab that keeps the page it came from', async () => {
    const { ask } = collaborators();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await ask('openSearch', { query: 'ОДКБ' }, { id: ID, tab: { id: 12 } })).toEqual({ ok: true, value: null });
    const url = new URL(create.mock.calls[0]?.[0].url ?? '');
    expect(url.pathname).toBe('/popup.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'ОДКБ', tab: '12' });
  });

  it('leaves messages from another extension, and messages not of Backstory, to other listeners', () => {
    const { ask, route } = collaborators();
    expect(ask('ping', null, { id: 'someone-else' })).toBeUndefined();
    expect(route({ type: 'ping', data: null }, { id: ID } as never)).toBeUndefined();
    expect(route(envelope<Record<string, { request: null; response: null }>, 'unknown'>('unknown', null), { id: ID } as never)).toBeUndefined();
  });
});
