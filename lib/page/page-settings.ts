/**
 * The settings as a page reads them: straight from `storage.local`, validated — what
 * lib/settings/store.ts gives, without WXT's storage module (about a tenth of the second stage
 * it would be, parsed on every page the gate lets through). Pages only read and follow the
 * settings; the popup and options write them through the store, with its versioning.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';

/** The settings, from `read` when given (a read of several keys, the settings' among them: handoff.ts), else read now. */
export async function loadPageSettings(read?: Promise<Record<string, unknown>>): Promise<Settings> {
  const shared: Record<string, unknown> | null = (await read?.catch(() => null)) ?? null;
  const stored: Record<string, unknown> = shared ?? (await browser.storage.local.get(SETTINGS_AREA_KEY));
  return sanitizeSettings(stored[SETTINGS_AREA_KEY] ?? DEFAULT_SETTINGS);
}

/** Calls `onChange` with validated settings whenever they change, until `signal` aborts. */
export function watchPageSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[SETTINGS_AREA_KEY] : undefined;
    if (change) onChange(sanitizeSettings(change.newValue ?? DEFAULT_SETTINGS));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
