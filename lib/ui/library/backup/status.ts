/** What the Backup tab announces in its status region, and the sentence for each backup error. */
import { BackupError } from '@/lib/backup/errors';
import { t, type MessageKey } from '@/lib/i18n';

export interface Status {
  text: string;
  /** Errors are announced assertively (role="alert") and shown as such. */
  error: boolean;
  /** A second line with the figures, when there are some. */
  detail?: string;
}

const ERROR_KEYS: Record<BackupError['code'], MessageKey> = {
  damaged: 'backupErrDamaged',
  'not-a-backup': 'backupErrNotBackup',
  newer: 'backupErrNewer',
  shape: 'backupErrShape',
  'bundled-id': 'backupErrBundledId',
  quota: 'backupErrQuota',
  failed: 'backupErrFailed',
};

/** A backup error as the sentence a person reads: what is wrong, and that nothing changed. */
export function errorStatus(error: unknown): Status {
  const backupError = error instanceof BackupError ? error : new BackupError('failed', String(error));
  return { text: t(ERROR_KEYS[backupError.code], backupError.detail || backupError.code), error: true };
}

export const info = (text: string, detail?: string): Status => ({ text, error: false, ...(detail ? { detail } : {}) });
