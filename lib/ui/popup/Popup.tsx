/** The toolbar popup: quick look-ups across the corpus and this page's mentions. */
import { t } from '@/lib/i18n';

export function Popup() {
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
    </main>
  );
}
