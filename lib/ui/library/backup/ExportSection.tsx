/**
 * "Export everything": builds the backup file and offers it as a download link named after today's
 * date. The link stays, so the file can be saved again (or with "Save link as…").
 */
import { useEffect, useState } from 'preact/hooks';
import { exportBackup } from '@/lib/backup/export';
import { backupFileName } from '@/lib/backup/format';
import { t } from '@/lib/i18n';
import { backupProfile } from './profile';
import { info, type Status } from './status';

export function ExportSection({ onStatus }: { onStatus: (status: Status) => void }) {
  const [file, setFile] = useState<{ href: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => () => void (file && URL.revokeObjectURL(file.href)), [file]);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    onStatus(info(t('backupExporting')));
    try {
      const { db, storage, version } = backupProfile();
      const text = await exportBackup(db, storage, version);
      const name = backupFileName(new Date());
      setFile({ href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), name });
      onStatus(info(t('backupExported', name)));
    } catch (error) {
      onStatus({ text: t('backupExportFailed', error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-export-title">
      <h3 id="backup-export-title">{t('backupExportTitle')}</h3>
      <p class="hint">{t('backupExportHint')}</p>
      <div class="backup-actions">
        {/* aria-disabled, not disabled: a focused button that becomes disabled loses focus (Firefox
            ESR 140 then starts Tab from the panel again), and Enter is how a keyboard user got here. */}
        <button type="button" id="backup-export" aria-disabled={busy} onClick={() => void run()}>
          {t('backupExport')}
        </button>
        {file && (
          <a id="backup-download" href={file.href} download={file.name}>
            {t('backupSave', file.name)}
          </a>
        )}
      </div>
    </section>
  );
}
