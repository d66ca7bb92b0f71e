/** "Delete everything I added": back to the bundled corpus, settings kept unless the box is ticked. */
import { useState } from 'preact/hooks';
import { deleteUserData } from '@/lib/backup/reset';
import { t } from '@/lib/i18n';
import { Confirm } from './Confirm';
import { backupProfile } from './profile';
import { info, type Status } from './status';

export function ResetSection({ onStatus, onReset }: { onStatus: (status: Status) => void; onReset: () => void }) {
  const [alsoSettings, setAlsoSettings] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      const { db, storage } = backupProfile();
      const report = await deleteUserData(db, storage, { alsoSettings });
      onStatus(info(t('backupResetDone', [String(report.rows), String(report.storageKeys)])));
      onReset();
    } catch (error) {
      onStatus({ text: t('backupResetFailed', error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-reset-title">
      <h3 id="backup-reset-title">{t('backupResetTitle')}</h3>
      <p class="hint">{t('backupResetHint')}</p>
      <label>
        <input type="checkbox" id="backup-reset-settings" checked={alsoSettings} onChange={(e) => setAlsoSettings(e.currentTarget.checked)} />{' '}
        {t('backupResetSettings')}
      </label>
      <div class="backup-actions">
        {/* aria-disabled while busy: the confirmation hands the focus back here when it closes. */}
        <button type="button" id="backup-reset" class="danger" aria-disabled={busy} onClick={() => !busy && setConfirming(true)}>
          {t('backupReset')}
        </button>
      </div>
      {confirming && (
        <Confirm
          id="backup-confirm-reset"
          question={t('backupConfirmReset')}
          action={t('backupConfirmResetButton')}
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
