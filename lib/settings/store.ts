/**
 * The settings in extension storage (`local`, never `sync`: which sites a journalist turns
 * Backstory off on is nobody else's business). Versioned with WXT's storage item migrations;
 * every read goes through the validator.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with validated settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = settingsItem.watch((value) => onChange(sanitizeSettings(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
