/**
 * "More passages": asks for the card again with room for the next page of passages and adds
 * those not shown yet, after the ones shown (the diversified ranking of a longer list may order
 * the first ones differently: what the reader has seen stays where it is).
 */
import { useState } from 'preact/hooks';
import type { CardData, RankedPassage } from '@/lib/corpus/types';
import type { Result } from '@/lib/messages/protocol';

export const MORE_PAGE = 5;

/** Asks for the card with `limit` passages. */
export type LoadMore = (limit: number) => Promise<Result<CardData>>;

/** `shown` followed by the passages of `next` it does not hold yet, in `next`'s order. */
export function appendNew(shown: readonly RankedPassage[], next: readonly RankedPassage[]): RankedPassage[] {
  const ids = new Set(shown.map((p) => p.id));
  return [...shown, ...next.filter((p) => !ids.has(p.id))];
}

export interface MorePassages {
  passages: RankedPassage[];
  total: number;
  loading: boolean;
  error: string | null;
  /** Whether there are passages not shown yet (and a way to load them). */
  canLoad: boolean;
  load(): void;
}

interface Loaded {
  /** The card these passages extend: a new card starts again from its own. */
  base: CardData;
  passages: RankedPassage[];
  total: number;
}

export function useMorePassages(card: CardData | null, loadMore: LoadMore | undefined): MorePassages {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = loaded && loaded.base === card ? loaded : null;
  const passages = current?.passages ?? card?.passages ?? [];
  const total = current?.total ?? card?.totalPassages ?? 0;
  const load = () => {
    if (!card || !loadMore || loading) return;
    setLoading(true);
    setError(null);
    void loadMore(passages.length + MORE_PAGE).then((reply) => {
      setLoading(false);
      if (reply.ok) setLoaded({ base: card, passages: appendNew(passages, reply.value.passages), total: reply.value.totalPassages });
      else setError(reply.error);
    });
  };
  return { passages, total, loading, error, canLoad: !!card && !!loadMore && passages.length < total, load };
}
