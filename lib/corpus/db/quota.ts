/**
 * Storage quota errors, recognised wherever they come from, so they are reported as what they are
 * ("the browser's storage is full") rather than as an unexplained failure.
 */

/**
 * Whether `error` is a quota error: from IndexedDB (a DOMException, or Dexie's wrapper, possibly as
 * the inner cause of an aborted transaction) or from `storage.local` (Chrome: "QUOTA_BYTES quota
 * exceeded"; Firefox: QuotaExceededError).
 */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, message, inner, cause } = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    e = inner ?? cause;
  }
  return false;
}

/** The browser refused to store `what`: its storage for Backstory is full. */
export class StorageFullError extends Error {
  constructor(what: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`The browser has no room left to store ${what} (${detail}). Free some disk space; nothing was half-written.`, { cause });
    this.name = 'StorageFullError';
  }
}
