/** The options page: settings, the watchlist and the user's documents. */
import { t } from '@/lib/i18n';

export function Options() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
    </main>
  );
}
