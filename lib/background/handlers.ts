/** The background's answer to each message of `BackgroundProtocol`. */
import { browser } from 'wxt/browser';
import type { CorpusService } from '@/lib/corpus/service';
import { sanitizeAlias } from '@/lib/watchlist/schema';
import type { Handlers } from '@/lib/messages/router';
import type { BackgroundProtocol } from '@/lib/messages/protocol';
import type { MatcherCache } from './matcher-cache';
import { blockMatching } from './block-matching';
import { adoptMarkedFrames, browserAdoptScripting } from './adopt-frames';
import { frameReports } from './frame-reports';
import { defaultGateDeps, gateHandlers } from './gate-text';
import { pageInjector } from './page-injection';
import { paintToolbar } from './toolbar';
import type { WatchlistFollower } from './watchlist';

export function createHandlers(corpus: CorpusService, matchers: MatcherCache, watchlist: WatchlistFollower): Handlers<BackgroundProtocol> {
  // One warm prefilter for frames' texts, one warm matcher for a second stage's blocks.
  const blocks = blockMatching(matchers);
  // A chunk of the page that may hold a mention is matched with its answer (gate-text.ts).
  const gate = gateHandlers({ ...defaultGateDeps, match: async (request) => (await blocks.matchBlocks(request)).mentions });
  return {
    ping: async () => ({
      version: browser.runtime.getManifest().version,
      corpusVersion: await corpus.version(),
    }),
    cardFor: ({ entity, limit }) => corpus.cardFor(entity, limit),
    search: async ({ query, limit }) => {
      // A query may name an entity, and resolving it needs the compiled catalogue: read it from
      // storage while the corpus gets ready, rather than one after the other.
      await Promise.all([matchers.prime(), corpus.ready()]);
      return corpus.search(query, limit === undefined ? {} : { limit });
    },
    openSearch: async ({ query }, sender) => {
      // The popup, in a tab, keeps "On this page" about the page the request came from.
      const params = new URLSearchParams({ q: query });
      if (sender.tab?.id !== undefined) params.set('tab', String(sender.tab.id));
      const url = `${browser.runtime.getURL('/popup.html')}?${params}`;
      await browser.tabs.create({ url });
      return null;
    },
    // The catalogue with the watchlist applied: no need to pack the matcher to name the entities.
    entityNames: async () => (await matchers.active()).names,
    loadCardUi: async (_data, sender) => {
      await pageInjector().cardUi(sender);
      return null;
    },
    loadPageStage: async (_data, sender) => {
      await pageInjector().stage(sender);
      return null;
    },
    adoptFrames: async (_data, sender) => ({ adopted: await adoptMarkedFrames(browserAdoptScripting, sender) }),
    loadPageExtras: async (_data, sender) => {
      await pageInjector().extras(sender);
      return null;
    },
    loadPageMatcher: async (_data, sender) => {
      await pageInjector().matcher(sender);
      return null;
    },
    ...gate,
    ...blocks,
    frameMentions: async (_data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) throw new Error('only a top frame gathers its frames\' mentions');
      return frameReports(tabId);
    },
    packedMatcher: () => {
      void matchers.store().catch((error: unknown) => console.error('Backstory: could not store the matcher.', error));
      return matchers.packed();
    },
    pageCount: async (count, sender) => {
      // Only a tab's top document speaks for its toolbar button.
      if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) await paintToolbar(sender.tab.id, count);
      return null;
    },
    corpusChanged: async () => {
      await corpus.refreshSearch();
      return null;
    },
    prepareForImport: async () => {
      await corpus.prepareSearch();
      return null;
    },
    searchCaughtUp: async () => {
      await corpus.searchCaughtUp();
      return null;
    },
    aliasHits: ({ alias }) => {
      const valid = sanitizeAlias(alias);
      if (!valid) throw new Error('Not an alias: it needs a text, a language and a tier.');
      return watchlist.aliasHits(valid);
    },
  };
}
