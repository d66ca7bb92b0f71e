/**
 * Search as you type: every change of the query asks the background; replies that arrive after
 * a newer query was typed are dropped, and the previous results stay on screen meanwhile.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { SearchResponse } from '@/lib/corpus/types';
import { sendToBackground } from '@/lib/messages/send';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; previous: SearchResponse | null }
  | { status: 'done'; response: SearchResponse }
  | { status: 'error'; message: string };

export const RESULT_LIMIT = 20;

export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  // A layout effect: the request leaves as soon as the query is rendered, not a frame later.
  useLayoutEffect(() => {
    const q = query.trim();
    if (q === '') {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((s) => ({ status: 'loading', previous: s.status === 'done' ? s.response : s.status === 'loading' ? s.previous : null }));
    void sendToBackground('search', { query: q, limit: RESULT_LIMIT }).then((reply) => {
      if (!current) return;
      setState(reply.ok ? { status: 'done', response: reply.value } : { status: 'error', message: reply.error });
    });
    return () => {
      current = false;
    };
  }, [query]);
  return state;
}
