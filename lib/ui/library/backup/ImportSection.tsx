/**
 * "Import a backup": a file, merge or replace (replace asks first), then one call to the backup
 * module, which validates the whole file before writing anything.
 */
import { useRef, useState } from 'preact/hooks';
import { importBackup, type ImportMode, type ImportReport } from '@/lib/backup/import';
import { t } from '@/lib/i18n';
import { Confirm } from './Confirm';
import { backupProfile } from './profile';
import { errorStatus, info, type Status } from './status';

function reportStatus(name: string, report: ImportReport): Status {
  const { added, replaced, removed } = report.rows;
  return info(t('backupImported', name), t('backupImportedRows', [added, replaced, removed, report.storage.written].map(String)));
}

export function ImportSection({ onStatus, onImported }: { onStatus: (status: Status) => void; onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setConfirming(false);
    const file = input.current?.files?.[0];
    if (!file) return onStatus({ text: t('backupChooseFile'), error: true });
    setBusy(true);
    onStatus(info(t('backupImporting')));
    try {
      const { db, storage } = backupProfile();
      onStatus(reportStatus(file.name, await importBackup(db, storage, await file.text(), mode)));
      onImported();
    } catch (error) {
      onStatus(errorStatus(error));
    } finally {
      setBusy(false);
    }
  };
  const start = () => {
    if (busy) return;
    if (mode === 'replace' && input.current?.files?.[0]) setConfirming(true);
    else void run();
  };

  return (
    <section aria-labelledby="backup-import-title">
      <h3 id="backup-import-title">{t('backupImportTitle')}</h3>
      <label class="backup-file">
        {t('backupFileLabel')}
        <input type="file" id="backup-file" ref={input} accept=".json,application/json" onChange={() => setConfirming(false)} />
      </label>
      <fieldset>
        <legend>{t('backupModeLegend')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="backup-mode" id={`backup-mode-${m}`} value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {m === 'merge' ? t('backupModeMerge') : t('backupModeReplace')}
          </label>
        ))}
      </fieldset>
      <div class="backup-actions">
        {/* aria-disabled, not disabled: pressed with Enter, it keeps the focus while it works. */}
        <button type="button" id="backup-import" aria-disabled={busy} onClick={start}>
          {t('backupImport')}
        </button>
      </div>
      {confirming && (
        <Confirm
          id="backup-confirm-replace"
          question={t('backupConfirmReplace')}
          action={t('backupConfirmReplaceButton')}
          onConfirm={() => void run()}
          onCancel={() => {
            setConfirming(false);
            onStatus(info(t('backupCancelled')));
          }}
        />
      )}
    </section>
  );
}
