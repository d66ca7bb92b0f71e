/**
 * What a backup holds, decided in one place, generically: every database row that is not part of
 * the bundled corpus (whatever table it is in, so tables added later — imported documents, an
 * import journal — are carried without this file knowing them), and every `storage.local` key
 * except caches the extension rebuilds by itself.
 */
import {
  ENTITY_NAMES_STORAGE_KEY,
  MATCHER_SUMMARY_STORAGE_KEY,
  PACKED_MATCHER_KEY_STORAGE_KEY,
  PACKED_MATCHER_STORAGE_KEY,
  PAGE_GATE_STORAGE_KEY,
} from '../entities/storage-keys';

/**
 * Tables whose rows are derived from the others and rebuilt on demand: `meta` (the loaded bundle's
 * state, the corpus revision, entity counts) and `textIndex` with `textRows` (the full-text index). Never backed
 * up, never overwritten by an import; an import bumps the revision so they rebuild.
 */
export const DERIVED_TABLES: readonly string[] = ['meta', 'textIndex', 'textRows'];

/** `storage.local` keys that are caches of the matcher build, rewritten by the background at start. */
export const DERIVED_STORAGE_KEYS: readonly string[] = [
  PACKED_MATCHER_STORAGE_KEY,
  PACKED_MATCHER_KEY_STORAGE_KEY,
  ENTITY_NAMES_STORAGE_KEY,
  PAGE_GATE_STORAGE_KEY,
  MATCHER_SUMMARY_STORAGE_KEY,
];

export const isDerivedTable = (name: string): boolean => DERIVED_TABLES.includes(name);
export const isDerivedStorageKey = (key: string): boolean => DERIVED_STORAGE_KEYS.includes(key);

/** A row is the journalist's unless it says it came with the extension (`origin: 'bundled'`). */
export function isUserRow(value: unknown): boolean {
  return !(typeof value === 'object' && value !== null && (value as { origin?: unknown }).origin === 'bundled');
}

/** The part of `storage.local` the journalist owns: everything but the derived caches. */
export function userStorage(all: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(all).filter(([key]) => !isDerivedStorageKey(key)));
}

/** The slice of `browser.storage.local` a backup needs (a parameter, so tests can fake failures). */
export interface KeyValueArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
