/**
 * Where a page gets its matcher: the background compiles the catalogue once per build and keeps
 * it, packed, in extension storage (lib/background/matcher-cache.ts); a page unpacks it in a
 * millisecond or two. Only the first pages after an install or update, before the background
 * has stored it, ask the background directly.
 */
import { browser } from 'wxt/browser';
import { unpackMatcher, type UnpackedMatcher } from '@/lib/entities/unpack';
import { PACKED_MATCHER_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { sendToBackground } from '@/lib/messages/send';
import type { Diagnostics } from './diagnostics';

export interface LoadedMatcher extends UnpackedMatcher {
  source: 'storage' | 'background';
  /** Time spent unpacking it (the rest of the wait is the storage read or the message). */
  unpackMs: number;
}

export async function loadMatcher(diagnostics?: Pick<Diagnostics, 'measure'>): Promise<LoadedMatcher> {
  let unpackMs = 0;
  const unpack = (value: unknown) => {
    const start = performance.now();
    const unpacked = diagnostics ? diagnostics.measure('matcher unpack', () => unpackMatcher(value)) : unpackMatcher(value);
    unpackMs += performance.now() - start;
    return unpacked;
  };
  const stored: unknown = (await browser.storage.local.get(PACKED_MATCHER_STORAGE_KEY))[PACKED_MATCHER_STORAGE_KEY];
  const fromStorage = unpack(stored);
  if (fromStorage) return { ...fromStorage, source: 'storage', unpackMs };
  const reply = await sendToBackground('packedMatcher', null);
  if (!reply.ok) throw new Error(`no matcher from the background: ${reply.error}`);
  const fresh = unpack(reply.value);
  if (!fresh) throw new Error('the background sent the matcher of another build');
  return { ...fresh, source: 'background', unpackMs };
}

/**
 * Calls `onChange` with every matcher the background stores from now on (the journalist's
 * watchlist changed; lib/background/matcher-cache.ts), until `signal` aborts.
 */
export function watchMatcher(onChange: (loaded: LoadedMatcher) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = area === 'local' ? changes[PACKED_MATCHER_STORAGE_KEY]?.newValue : undefined;
    if (value === undefined) return;
    const start = performance.now();
    const unpacked = unpackMatcher(value);
    if (unpacked) onChange({ ...unpacked, source: 'storage', unpackMs: performance.now() - start });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
