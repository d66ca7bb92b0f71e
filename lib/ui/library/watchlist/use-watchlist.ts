/** The stored watchlist as Preact state: read once, followed as it changes (another tab, an import). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getCatalogue } from '@/lib/entities/index';
import type { Catalogue } from '@/lib/entities/types';
import { applyWatchlist } from '@/lib/watchlist/catalogue';
import type { Watchlist } from '@/lib/watchlist/schema';
import { loadWatchlist, updateWatchlist, watchWatchlist } from '@/lib/watchlist/store';
import { buildFormIndex, type FormIndex } from '@/lib/watchlist/validate';

export interface WatchlistState {
  watchlist: Watchlist;
  /** The bundled catalogue with the watchlist applied. */
  catalogue: Catalogue;
  forms: FormIndex;
  save(change: (current: Watchlist) => Watchlist): Promise<void>;
}

export function useWatchlist(): WatchlistState | null {
  const [watchlist, setWatchlist] = useState<Watchlist | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadWatchlist().then((w) => !controller.signal.aborted && setWatchlist(w));
    watchWatchlist(setWatchlist, controller.signal);
    return () => controller.abort();
  }, []);
  const catalogue = useMemo(() => (watchlist ? applyWatchlist(getCatalogue(), watchlist) : null), [watchlist]);
  const forms = useMemo(() => (catalogue ? buildFormIndex(catalogue) : null), [catalogue]);
  if (!watchlist || !catalogue || !forms) return null;
  return { watchlist, catalogue, forms, save: async (change) => setWatchlist(await updateWatchlist(change)) };
}
