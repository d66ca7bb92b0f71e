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

/** The stored watchlist and the catalogue it makes (what a page that only lists entities needs). */
export function useWatchlistCatalogue(): { watchlist: Watchlist; catalogue: Catalogue; setWatchlist(w: Watchlist): void } | null {
  const [watchlist, setWatchlist] = useState<Watchlist | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadWatchlist().then((w) => !controller.signal.aborted && setWatchlist(w));
    watchWatchlist(setWatchlist, controller.signal);
    return () => controller.abort();
  }, []);
  const catalogue = useMemo(() => (watchlist ? applyWatchlist(getCatalogue(), watchlist) : null), [watchlist]);
  return watchlist && catalogue ? { watchlist, catalogue, setWatchlist } : null;
}

/** The above, with every alias's word forms indexed, and saving (the Watchlist tab). */
export function useWatchlist(): WatchlistState | null {
  const state = useWatchlistCatalogue();
  const catalogue = state?.catalogue ?? null;
  const forms = useMemo(() => (catalogue ? buildFormIndex(catalogue) : null), [catalogue]);
  if (!state || !forms) return null;
  const { watchlist, setWatchlist } = state;
  return { watchlist, catalogue: state.catalogue, forms, save: async (change) => setWatchlist(await updateWatchlist(change)) };
}
