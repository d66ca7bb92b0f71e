/**
 * Why a backup could not be read or written, as a code the UI turns into a sentence (i18n) plus a
 * detail (a table name, a version, the browser's own message). Nothing is changed when one is thrown
 * before writing; a write that fails is rolled back (the database part runs in one transaction).
 */
import { isQuotaError } from '../corpus/db/quota';

export { isQuotaError };

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

/** Any failure while writing, as a BackupError (quota recognised, never swallowed). */
export function asBackupError(error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BackupError(isQuotaError(error) ? 'quota' : 'failed', message);
}
