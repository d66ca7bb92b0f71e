/** Documents: what the journalist keeps in Backstory beside the bundled corpus. */
import { t } from '@/lib/i18n';
import { DocumentsTab } from './documents/DocumentsTab';

export function DocumentsPanel() {
  return (
    <>
      <h2>{t('libTabDocuments')}</h2>
      <p class="hint">{t('libDocumentsIntro')}</p>
      <DocumentsTab />
    </>
  );
}
