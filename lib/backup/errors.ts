/**
 * Why a backup could not be read or written, as a code the UI turns into a sentence (i18n) plus a
 * detail (a table name, a version, the browser's own message). Nothing is changed when one is thrown
 * before writing; a write that fails is rolled back (the database part runs in one transaction).
 */
export type BackupErrorCode =
  /** The file is not JSON (truncated, edited by hand, not text at all). */
  | 'damaged'
  /** JSON, but not a Backstory backup. */
  | 'not-a-backup'
  /** Made by a newer Backstory (file format or database version). */
  | 'newer'
  /** A Backstory backup whose content is not what the format says. */
  | 'shape'
  /** A row would overwrite one of the bundled corpus (same id). */
  | 'bundled-id'
  /** The browser refused to store more (disk or quota full). */
  | 'quota'
  /** Anything else the database or storage threw; the detail says what. */
  | 'failed';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'BackupError';
  }
}

/**
 * Whether `error` is a storage quota error, from IndexedDB (a DOMException, or Dexie's wrapper,
 * possibly as the inner cause of an aborted transaction) or from `storage.local` (Chrome reports
 * "QUOTA_BYTES quota exceeded", Firefox a QuotaExceededError).
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

/** Any failure while writing, as a BackupError (quota recognised, never swallowed). */
export function asBackupError(error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BackupError(isQuotaError(error) ? 'quota' : 'failed', message);
}
