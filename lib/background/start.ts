/**
 * The background's wiring: one typed router for every message and the keyboard commands, both
 * registered synchronously at start-up (an MV3 worker or event page must add listeners in its
 * first turn). The corpus loads on install and update, and lazily before any first answer.
 */
import { browser } from 'wxt/browser';
import { fetchBundledCorpus } from '@/lib/corpus/db/fetch-bundle';
import { openCorpusDb } from '@/lib/corpus/db/db';
import { createCorpusService } from '@/lib/corpus/service';
import { createRouter } from '@/lib/messages/router';
import type { BackgroundProtocol } from '@/lib/messages/protocol';
import { runCommand } from './commands';
import { paintToolbarDefaults } from './toolbar';
import { openWelcomeOnInstall } from './first-run';
import { createHandlers } from './handlers';
import { createMatcherCache } from './matcher-cache';
import { createWatchlistFollower } from './watchlist';
import { loadWatchlist, watchWatchlist } from '@/lib/watchlist/store';

export function startBackground(): void {
  const db = openCorpusDb();
  const matchers = createMatcherCache(loadWatchlist);
  const corpus = createCorpusService({ db, readBundle: () => fetchBundledCorpus(), catalogue: async () => (await matchers.active()).view });
  const watchlist = createWatchlistFollower({ matchers, db, corpusReady: () => corpus.ready() });
  const router = createRouter<BackgroundProtocol>(createHandlers(corpus, matchers, watchlist), {
    extensionId: browser.runtime.id,
  });
  browser.runtime.onMessage.addListener(router);
  browser.commands.onCommand.addListener((command) => void runCommand(command));
  // The toolbar's colours hold for every tab: set at install or update and at each browser start.
  const paintDefaults = () => void paintToolbarDefaults().catch((error: unknown) => console.error('Backstory: could not paint the toolbar.', error));
  browser.runtime.onStartup.addListener(paintDefaults);
  browser.runtime.onInstalled.addListener((details) => {
    paintDefaults();
    openWelcomeOnInstall(details).catch((error: unknown) => console.error('Backstory: could not open the first-run page.', error));
    corpus.ready().catch((error: unknown) => console.error('Backstory: the corpus did not load.', error));
    // So that pages opened from now on find the compiled matcher in storage.
    matchers.store().catch((error: unknown) => console.error('Backstory: could not store the matcher.', error));
  });
  // The background lives as long as the extension: this watch is never released.
  const reportRetag = (error: unknown) => console.error('Backstory: could not re-tag the library for the watchlist.', error);
  watchWatchlist((next) => void watchlist.apply(next).catch(reportRetag), new AbortController().signal);
  // A worker stopped mid-way through re-tagging (or a bundle reloaded since) finishes the job.
  void watchlist.catchUp().catch(reportRetag);
}
