/**
 * The watchlist in extension storage (`local`: a journalist's beat is nobody else's business),
 * versioned with WXT's storage item; every read goes through the sanitiser. The background
 * watches it and recompiles the matcher (lib/background/watchlist.ts).
 */
import { storage } from 'wxt/utils/storage';
import { EMPTY_WATCHLIST, sanitizeWatchlist, type Watchlist } from './schema';

export const watchlistItem = storage.defineItem<Watchlist>('local:watchlist', {
  fallback: EMPTY_WATCHLIST,
  version: 1,
});

export async function loadWatchlist(): Promise<Watchlist> {
  return sanitizeWatchlist(await watchlistItem.getValue());
}

export async function updateWatchlist(change: (current: Watchlist) => Watchlist): Promise<Watchlist> {
  const next = sanitizeWatchlist(change(await loadWatchlist()));
  await watchlistItem.setValue(next);
  return next;
}

/** Calls `onChange` with the validated watchlist whenever it changes, until `signal` aborts. */
export function watchWatchlist(onChange: (watchlist: Watchlist) => void, signal: AbortSignal): void {
  const unwatch = watchlistItem.watch((value) => onChange(sanitizeWatchlist(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
