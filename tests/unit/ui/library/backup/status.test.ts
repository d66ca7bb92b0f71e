/** Each backup error reads as a sentence saying what is wrong and that nothing changed. */
import { describe, expect, it } from 'vitest';
import { BackupError, type BackupErrorCode } from '@/lib/backup/errors';
import { errorStatus } from '@/lib/ui/library/backup/status';

const CODES: BackupErrorCode[] = ['damaged', 'not-a-backup', 'newer', 'shape', 'bundled-id', 'quota', 'failed'];

describe('errorStatus', () => {
  it('gives every error code its own message, with the detail in it and nothing changed', () => {
    const texts = CODES.map((code) => errorStatus(new BackupError(code, 'DETAIL-X')));
    expect(new Set(texts.map((s) => s.text)).size).toBe(CODES.length);
    for (const status of texts) {
      expect(status.error).toBe(true);
      expect(status.text).toMatch(/Nothing was changed\.$/);
      expect(status.text).not.toMatch(/\$|backupErr/);
    }
    expect(errorStatus(new BackupError('newer', 'format version 2')).text).toBe(
      'This backup was made by a newer version of Backstory (format version 2). Update Backstory, then import it. Nothing was changed.',
    );
  });

  it('reports an unexpected throw as a failure with its text', () => {
    expect(errorStatus(new TypeError('boom')).text).toBe('The import failed (TypeError: boom). Nothing was changed.');
  });
});
