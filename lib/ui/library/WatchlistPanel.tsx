/** Watchlist: the entities Backstory looks for on pages, built-in and the journalist's own. */
import { t } from '@/lib/i18n';

export function WatchlistPanel() {
  return (
    <>
      <h2>{t('libTabWatchlist')}</h2>
      <p class="hint">{t('libWatchlistIntro')}</p>
    </>
  );
}
