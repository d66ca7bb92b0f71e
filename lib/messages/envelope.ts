/**
 * Wraps a typed request in the wire format (`Envelope`). Kept apart from `send.ts`, which needs
 * the extension's `browser`, so that the development driver (`lib/dev/`) builds the very same
 * envelope in Node before handing it to an extension page.
 */
import type { Envelope, RequestOf } from './protocol';

export function envelope<P, K extends keyof P>(type: K, data: RequestOf<P, K>): Envelope<P, K> {
  return { backstory: 1, type, data };
}
