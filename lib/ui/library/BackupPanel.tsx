/** Backup: everything the journalist added, to one file and back. */
import { t } from '@/lib/i18n';

export function BackupPanel() {
  return (
    <>
      <h2>{t('libTabBackup')}</h2>
      <p class="hint">{t('libBackupIntro')}</p>
    </>
  );
}
