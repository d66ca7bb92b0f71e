/**
 * The settings in extension storage (`local`, never `sync`: which sites a journalist turns
 * Backstory off on is nobody else's business). Versioned with WXT's storage item migrations;
 * every read goes through the validator.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './schema';
import { SETTINGS_ITEM_KEY, SETTINGS_VERSION } from './storage-key';

export const settingsItem = storage.defineItem<Settings>(SETTINGS_ITEM_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** The last update of this page: the next one starts after it (see updateSettings). */
let pending: Promise<unknown> = Promise.resolve();

/**
 * Reads, changes and writes the settings. Updates from one page run one after another, so two
 * quick changes (a delay typed, then a radio clicked) both land: each reads what the last wrote.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = pending.then(async () => {
    const next = sanitizeSettings(change(await loadSettings()));
    await settingsItem.setValue(next);
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** Calls `onChange` with validated settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = settingsItem.watch((value) => onChange(sanitizeSettings(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
