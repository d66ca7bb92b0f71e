/**
 * A short, stable fingerprint of a watchlist (53-bit cyrb53 of its JSON): part of the packed
 * matcher's key, so pages and the background tell one watchlist's matcher from another's.
 * Not a security measure: the watchlist is the journalist's own data.
 */
import type { Watchlist } from './schema';

export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** '' for a watchlist that changes nothing: its matcher is the build's own. */
export function watchlistHash(watchlist: Watchlist): string {
  if (watchlist.entities.length === 0 && Object.keys(watchlist.builtIn).length === 0) return '';
  return hashText(JSON.stringify(watchlist));
}
