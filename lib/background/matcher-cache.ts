/**
 * The matcher's cache stage: the packed matcher (lib/entities/pack.ts) content scripts run on,
 * for the bundled catalogue with the journalist's watchlist applied — compiled and packed once
 * per worker and watchlist, and kept in extension storage so that pages find it there without
 * asking (with the entities' names, all the popup needs of the catalogue). A new watchlist gives
 * the stored matcher a new key; pages watch that key, unpack it (lib/entities/unpack.ts) and
 * rescan (lib/page/matcher-loader.ts).
 */
import { browser } from 'wxt/browser';
import { bundledCatalogueView, createCatalogueView, type CatalogueView } from '@/lib/corpus/catalogue-view';
import { compileCatalogue, type CompiledCatalogue } from '@/lib/entities/compile/compile';
import { compiledCatalogue, getCatalogue } from '@/lib/entities/index';
import { entityNames } from '@/lib/entities/names';
import { packedJson, packMatcher, watchlistMatcherKey, type PackedMatcher } from '@/lib/entities/pack';
import { readPacked } from '@/lib/entities/unpack';
import {
  ENTITY_NAMES_STORAGE_KEY,
  MATCHER_SUMMARY_STORAGE_KEY,
  PACKED_MATCHER_KEY_STORAGE_KEY,
  PACKED_MATCHER_STORAGE_KEY,
  PAGE_GATE_STORAGE_KEY,
} from '@/lib/entities/storage-keys';
import { storedSummaryKey, summaryOf } from '@/lib/entities/matcher-summary';
import { pageGateJson, pageGateOf, storedGateKey } from '@/lib/entities/gate';
import type { Catalogue, EntityId } from '@/lib/entities/types';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { applyWatchlist } from '@/lib/watchlist/catalogue';
import { watchlistHash } from '@/lib/watchlist/hash';
import { EMPTY_WATCHLIST, type Watchlist } from '@/lib/watchlist/schema';

/** The catalogue in force: the bundled one with the watchlist applied, compiled. */
export interface ActiveCatalogue {
  /** The packed matcher's key: the build's, plus the watchlist's hash when there is one. */
  key: string;
  catalogue: Catalogue;
  compiled: CompiledCatalogue;
  names: Record<EntityId, string>;
  view: CatalogueView;
}

export interface MatcherCache {
  /** The catalogue of the current watchlist (read from storage on first use). */
  active(): Promise<ActiveCatalogue>;
  /** Compiles the catalogue for this watchlist (the stored matcher is not touched: see store). */
  use(watchlist: Watchlist): ActiveCatalogue;
  /** The current matcher, packed. */
  packed(): Promise<PackedMatcher>;
  /** Puts it in storage unless storage already holds this one (same key). */
  store(): Promise<void>;
  /**
   * Before the first search of a worker: takes the compiled catalogue from storage when it is
   * the current one (a few milliseconds), so a restarted background does not compile it again
   * (70–150 ms). Never rejects; without it, the catalogue is compiled as before.
   */
  prime(): Promise<void>;
}

async function storedMatcher(): Promise<{ key: unknown; value: unknown }> {
  const stored = await browser.storage.local.get([PACKED_MATCHER_KEY_STORAGE_KEY, PACKED_MATCHER_STORAGE_KEY]);
  return { key: stored[PACKED_MATCHER_KEY_STORAGE_KEY], value: stored[PACKED_MATCHER_STORAGE_KEY] };
}

/** The bundled catalogue: as read from storage when it was there, else the process's (compiled on first use). */
function bundledActive(build: string, compiled?: CompiledCatalogue): ActiveCatalogue {
  const catalogue = getCatalogue();
  const names = entityNames(catalogue);
  if (compiled) return { key: build, catalogue, compiled, names, view: createCatalogueView(catalogue, compiled) };
  return { key: build, catalogue, get compiled() { return compiledCatalogue(); }, names, view: bundledCatalogueView() };
}

function watchlistActive(build: string, watchlist: Watchlist, hash: string, compiled?: CompiledCatalogue): ActiveCatalogue {
  const catalogue = applyWatchlist(getCatalogue(), watchlist);
  const ready = compiled ?? compileCatalogue(catalogue);
  return { key: watchlistMatcherKey(hash, build), catalogue, compiled: ready, names: entityNames(catalogue), view: createCatalogueView(catalogue, ready) };
}

export function createMatcherCache(loadWatchlist: () => Promise<Watchlist> = async () => EMPTY_WATCHLIST, build: string = TEXT_BUILD_KEY): MatcherCache {
  let current: ActiveCatalogue | undefined;
  let loading: Promise<ActiveCatalogue> | undefined;
  const packs = new WeakMap<ActiveCatalogue, PackedMatcher>();
  /** The bundled catalogue as this worker read it from storage, kept for a return to no watchlist. */
  let storedBundled: CompiledCatalogue | undefined;

  const use = (watchlist: Watchlist, compiled?: CompiledCatalogue): ActiveCatalogue => {
    const hash = watchlistHash(watchlist);
    const key = watchlistMatcherKey(hash, build);
    if (current?.key === key) return current;
    current = hash === '' ? bundledActive(build, compiled ?? storedBundled) : watchlistActive(build, watchlist, hash, compiled);
    return current;
  };
  /** First use in this worker: the watchlist from storage, the compiled catalogue from storage when it is its. */
  const load = async (): Promise<ActiveCatalogue> => {
    const [watchlist, stored] = await Promise.all([loadWatchlist(), storedMatcher().catch(() => ({ key: undefined, value: undefined }))]);
    if (current) return current; // a change arrived meanwhile
    const key = watchlistMatcherKey(watchlistHash(watchlist), build);
    const read = stored.key === key ? readPacked(stored.value, build) : null;
    if (read && key === build) storedBundled = read.compiled;
    return use(watchlist, read?.compiled);
  };
  const active = () => (current ? Promise.resolve(current) : (loading ??= load().finally(() => (loading = undefined))));
  const packed = async () => {
    const now = await active();
    let pack = packs.get(now);
    if (!pack) {
      pack = packMatcher(now.key, now.compiled, now.names);
      packs.set(now, pack);
    }
    return pack;
  };

  let storing: Promise<void> | undefined;
  const write = async () => {
    const now = await active();
    const stored = await browser.storage.local.get([PACKED_MATCHER_KEY_STORAGE_KEY, PAGE_GATE_STORAGE_KEY, MATCHER_SUMMARY_STORAGE_KEY]);
    const keys = [stored[PACKED_MATCHER_KEY_STORAGE_KEY], storedGateKey(stored[PAGE_GATE_STORAGE_KEY]), storedSummaryKey(stored[MATCHER_SUMMARY_STORAGE_KEY])];
    // Every write reaches every tab's storage listener with the whole value: write only when needed.
    if (keys.every((key) => key === now.key)) return;
    const pack = await packed();
    await browser.storage.local.set({
      [PACKED_MATCHER_STORAGE_KEY]: packedJson(pack),
      [PACKED_MATCHER_KEY_STORAGE_KEY]: pack.key,
      [ENTITY_NAMES_STORAGE_KEY]: pack.names,
      // What the background tests every page's text with (lib/page/stage/): the second stage only where it passes.
      [PAGE_GATE_STORAGE_KEY]: pageGateJson(pageGateOf(pack.key, now.compiled)),
      // What a page the gate lets through reads to start: its text is matched in the background.
      [MATCHER_SUMMARY_STORAGE_KEY]: summaryOf(pack.key, now.compiled, pack.names),
    });
  };
  return {
    active,
    use: (watchlist) => use(watchlist),
    packed,
    prime: () => active().then(() => undefined, () => undefined),
    store() {
      // A store asked for while one runs follows it (the watchlist may have changed meanwhile).
      const next: Promise<void> = (storing ?? Promise.resolve()).catch(() => undefined).then(write).finally(() => {
        if (storing === next) storing = undefined;
      });
      storing = next;
      return next;
    },
  };
}
