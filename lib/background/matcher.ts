/**
 * The packed matcher content scripts run on (lib/entities/packed.ts): compiled and packed once
 * per worker, and kept in extension storage so that pages find it there without asking (with
 * the entities' names, all the popup needs of the catalogue).
 */
import { browser } from 'wxt/browser';
import { provideCompiledCatalogue } from '@/lib/entities/index';
import { packMatcher } from '@/lib/entities/pack';
import { MATCHER_BUILD_KEY, readPacked, type PackedMatcher } from '@/lib/entities/packed';
import { ENTITY_NAMES_STORAGE_KEY, PACKED_MATCHER_KEY_STORAGE_KEY, PACKED_MATCHER_STORAGE_KEY } from '@/lib/entities/storage-keys';

export interface MatcherStore {
  /** This build's packed matcher (compiled on first use, tens of milliseconds). */
  packed(): PackedMatcher;
  /** Puts it in storage unless storage already holds this build's. */
  store(): Promise<void>;
  /**
   * Before the first search of a worker: takes the compiled catalogue from storage when this
   * build stored it (a few milliseconds), so a restarted background does not compile it again
   * (70–150 ms). Never rejects; without it, the catalogue is compiled as before.
   */
  prime(): Promise<void>;
}

export function createMatcherStore(key: string = MATCHER_BUILD_KEY): MatcherStore {
  let packed: PackedMatcher | undefined;
  let storing: Promise<void> | undefined;
  const get = () => (packed ??= packMatcher(key));
  const write = async () => {
    const stored = (await browser.storage.local.get(PACKED_MATCHER_KEY_STORAGE_KEY))[PACKED_MATCHER_KEY_STORAGE_KEY];
    // Every write reaches every tab's storage listener with the whole value: write only when needed.
    if (stored === key) return;
    const packed = get();
    await browser.storage.local.set({
      [PACKED_MATCHER_STORAGE_KEY]: JSON.stringify(packed),
      [PACKED_MATCHER_KEY_STORAGE_KEY]: key,
      [ENTITY_NAMES_STORAGE_KEY]: packed.names,
    });
  };
  let priming: Promise<void> | undefined;
  const readStored = async () => {
    const stored = await browser.storage.local.get([PACKED_MATCHER_KEY_STORAGE_KEY, PACKED_MATCHER_STORAGE_KEY]);
    if (stored[PACKED_MATCHER_KEY_STORAGE_KEY] !== key || packed) return;
    const read = readPacked(stored[PACKED_MATCHER_STORAGE_KEY], key);
    if (read) provideCompiledCatalogue(read.compiled);
  };
  return {
    packed: get,
    prime() {
      priming ??= readStored().catch(() => undefined);
      return priming;
    },
    store() {
      storing ??= write().finally(() => {
        storing = undefined;
      });
      return storing;
    },
  };
}
