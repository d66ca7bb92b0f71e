/**
 * Wraps a typed request in the wire format (`Envelope`). Kept apart from `send.ts`, which needs
 * the extension's `browser`, so that the development driver (`lib/dev/`) builds the very same
 * envelope in Node before handing it to an extension page.
 */
import type { Envelope, RequestOf } from './protocol';

export function envelope<P, K extends keyof P>(type: K, data: RequestOf<P, K>): Envelope<P, K> {
  return { backstory: 1, type, data };
}

/**
 * The type of a message in the wire format, or null when it is not one (another extension's, a
 * page's). Only a shape check: the router and the content script's stages also check the sender.
 */
export function envelopeType(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const { backstory, type } = message as { backstory?: unknown; type?: unknown };
  return backstory === 1 && typeof type === 'string' ? type : null;
}
