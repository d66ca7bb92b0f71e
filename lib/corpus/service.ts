/**
 * The corpus as the background uses it: one database, loaded (or repaired) once per worker
 * start before the first answer, then `cardFor` and `search`. Every method returns a native
 * Promise (Firefox drops replies that are Dexie promises).
 *
 * If the bundle cannot be loaded but an earlier corpus is in the database, that corpus keeps
 * answering and the problem is reported through `onLoadError`; with no corpus at all, every
 * call fails with the loader's message.
 */
import { cardFor } from './card/card';
import { bundledCatalogueView, type CatalogueView } from './catalogue-view';
import type { CorpusDb } from './db/db';
import { ensureBundledCorpus, type LoadReport } from './db/load';
import { corpusVersion } from './db/meta';
import { search, type SearchOptions } from './search/search';
import { refreshTextIndex, textIndexCurrent } from './search/text-index-cache';
import type { CardData, SearchResponse } from './types';

export interface CorpusServiceOptions {
  db: CorpusDb;
  readBundle: () => Promise<unknown>;
  onLoadError?: (error: unknown) => void;
  now?: () => number;
  /** The catalogue cards and search answer from (the watchlist's); default: the bundled one. */
  catalogue?: () => Promise<CatalogueView>;
}

export interface CorpusService {
  /** Loads or repairs the bundled corpus; later calls share the first call's work. */
  ready(): Promise<LoadReport | null>;
  cardFor(entity: string, limit?: number): Promise<CardData>;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  version(): Promise<string | null>;
  /** Brings the search index up to date with the database (after an import or a deletion). */
  refreshSearch(): Promise<void>;
  /**
   * Does now what the first search and the first refresh would (load the corpus, build the
   * catalogue's query index, read or build the text index): the library asks before an import,
   * so none of it falls in the import (in Firefox, on the library page's own thread).
   */
  prepareSearch(): Promise<void>;
  /** Settles once search finds everything stored so far (the end of an import). */
  searchCaughtUp(): Promise<void>;
}

export function createCorpusService(options: CorpusServiceOptions): CorpusService {
  const { db, readBundle, onLoadError = (e) => console.error(e), now = Date.now, catalogue } = options;
  let loading: Promise<LoadReport | null> | null = null;

  const load = async (): Promise<LoadReport | null> => {
    try {
      return await ensureBundledCorpus(db, readBundle, now);
    } catch (error) {
      if ((await corpusVersion(db)) === null) {
        loading = null; // nothing to answer from: try again on the next call
        throw error;
      }
      onLoadError(error); // keep answering from the earlier corpus until the next start
      return null;
    }
  };
  const ready = (): Promise<LoadReport | null> => (loading ??= load());

  return {
    ready,
    async cardFor(entity, limit) {
      const [view] = await Promise.all([catalogue?.(), ready()]);
      return cardFor(db, entity, limit, view);
    },
    async search(query, searchOptions) {
      const [view] = await Promise.all([catalogue?.(), ready()]);
      return search(db, query, view ? { ...searchOptions, catalogue: view } : searchOptions);
    },
    async version() {
      await ready().catch(() => null);
      return corpusVersion(db);
    },
    async refreshSearch() {
      await ready();
      await refreshTextIndex(db);
    },
    async prepareSearch() {
      const [view] = await Promise.all([catalogue?.(), ready()]);
      await (view ?? bundledCatalogueView()).prepareSearch();
      await refreshTextIndex(db);
    },
    async searchCaughtUp() {
      await ready();
      await textIndexCurrent(db);
    },
  };
}
