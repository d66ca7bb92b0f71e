/**
 * Follows the journalist's watchlist: when it changes, the background compiles the new
 * catalogue, stores its packed matcher (open tabs see the new key and rescan) and re-tags the
 * stored passages with it, so cards, counts and search include the new entities. A change that
 * arrives while passages are re-tagged stops that run and starts the next.
 */
import type { CorpusDb } from '@/lib/corpus/db/db';
import { needsRetag, retagPassages, type RetagReport } from '@/lib/corpus/db/retag';
import { getCatalogue } from '@/lib/entities/index';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { countAliasHits, type AliasHits } from '@/lib/watchlist/alias-hits';
import type { UserAlias, Watchlist } from '@/lib/watchlist/schema';
import type { MatcherCache } from './matcher-cache';

export interface WatchlistFollower {
  /** Recompile, store and re-tag for this watchlist; settles when the passages are re-tagged. */
  apply(watchlist: Watchlist): Promise<RetagReport | null>;
  /** At start: re-tags if the passages are not tagged with the current matcher. */
  catchUp(): Promise<RetagReport | null>;
  aliasHits(alias: UserAlias): Promise<AliasHits>;
}

export interface WatchlistFollowerOptions {
  matchers: MatcherCache;
  db: CorpusDb;
  /** Settles once the bundled corpus is loaded (re-tagging waits for it). */
  corpusReady: () => Promise<unknown>;
  build?: string;
}

export function createWatchlistFollower(options: WatchlistFollowerOptions): WatchlistFollower {
  const { matchers, db, corpusReady, build = TEXT_BUILD_KEY } = options;
  let running: AbortController | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const retag = (): Promise<RetagReport | null> => {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    // One run at a time: the next waits for the aborted one to stop at its next batch.
    const run = queue.catch(() => undefined).then(async () => {
      if (controller.signal.aborted) return null;
      const active = await matchers.active();
      if (!(await needsRetag(db, active.key, build))) return null;
      await corpusReady();
      if (controller.signal.aborted) return null;
      return retagPassages(db, active.view.indexerOptions(), { key: active.key, signal: controller.signal });
    });
    queue = run;
    return run;
  };

  return {
    async apply(watchlist) {
      matchers.use(watchlist);
      await matchers.store();
      return retag();
    },
    catchUp: () => retag(),
    aliasHits: async (alias) => {
      await corpusReady();
      return countAliasHits(db, alias, getCatalogue());
    },
  };
}
