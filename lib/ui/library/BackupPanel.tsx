/** Backup: everything the journalist added, to one file and back; reset to the bundled corpus. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ExportSection } from './backup/ExportSection';
import { ImportSection } from './backup/ImportSection';
import { ResetSection } from './backup/ResetSection';
import { StatusRegion } from './backup/StatusRegion';
import type { Status } from './backup/status';
import './backup/backup.css';

export function BackupPanel() {
  const [status, setStatus] = useState<Status | null>(null);
  // An import or reset changes what the export would hold: drop the old download link.
  const [generation, setGeneration] = useState(0);
  const changed = () => setGeneration((g) => g + 1);
  return (
    <div class="backup">
      <h2>{t('libTabBackup')}</h2>
      <p class="hint">{t('libBackupIntro')}</p>
      <StatusRegion status={status} />
      <ExportSection key={generation} onStatus={setStatus} />
      <ImportSection onStatus={setStatus} onImported={changed} />
      <ResetSection onStatus={setStatus} onReset={changed} />
    </div>
  );
}
