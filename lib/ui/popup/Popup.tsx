/**
 * The toolbar popup: search first (the box has focus when the popup opens; results follow each
 * keystroke), "On this page" while the box is empty, and a result's full card on Enter.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SearchHit, SearchResponse } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import { t } from '@/lib/i18n';
import { markPaintedOnce } from '@/lib/ui/after-paint';
import { DetailView, type Detail } from './DetailView';
import { PagePanel } from './PagePanel';
import { SaveArticle } from './save/SaveArticle';
import { SearchResults } from './SearchResults';
import { useSearch } from './use-search';

export interface PopupProps {
  initialQuery: string;
  /** The tab "On this page" is about (the active tab when the popup opens from the toolbar). */
  tabId: number | null;
  nameOf: (entity: EntityId) => string;
}

export function Popup({ initialQuery, tabId, nameOf }: PopupProps) {
  const [query, setQuery] = useState(initialQuery);
  const [detail, setDetail] = useState<Detail | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const search = useSearch(query);
  useEffect(() => {
    if (search.status === 'done') markPaintedOnce('backstory:first-results');
  }, [search.status]);
  // The library opens on its Settings tab: that is what "Options" in the popup is for.
  const openOptions = () => void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#settings` });
  const backToSearch = () => {
    setDetail(null);
    input.current?.focus();
  };
  const openHit = (hit: SearchHit, response: SearchResponse) =>
    setDetail(response.resolved ? { kind: 'entity', entity: response.resolved.entity.id } : { kind: 'passage', passage: hit.passage });

  return (
    <div
      class="bs-root popup"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Esc steps back: from a card to the results, from the results to an empty box.
        if (detail) backToSearch();
        else if (query !== '') {
          setQuery('');
          input.current?.focus();
        } else return;
        e.preventDefault();
      }}
    >
      <header class="search-bar">
        <label for="q" class="sr-only">
          {t('searchLabel')}
        </label>
        <input
          id="q"
          data-control="search"
          ref={input}
          type="search"
          autoFocus
          autoComplete="off"
          spellcheck={false}
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => {
            setDetail(null);
            setQuery(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.querySelector<HTMLElement>('.result')?.focus();
            } else if (e.key === 'Enter') {
              const first = search.status === 'done' ? search.response.hits[0] : undefined;
              if (first && search.status === 'done') openHit(first, search.response);
            }
          }}
        />
      </header>
      <main class="popup-body">
        {detail ? (
          <DetailView detail={detail} nameOf={nameOf} onOpen={setDetail} onBack={backToSearch} />
        ) : query.trim() !== '' ? (
          <SearchResults state={search} nameOf={nameOf} onOpen={openHit} onBack={backToSearch} />
        ) : (
          <section aria-labelledby="page-heading">
            <h2 id="page-heading" class="section-title">
              {t('onThisPage')}
            </h2>
            <PagePanel tabId={tabId} nameOf={nameOf} />
          </section>
        )}
      </main>
      <footer class="popup-footer">
        <SaveArticle tabId={tabId} />
        <button type="button" class="link" data-control="open-options" onClick={openOptions}>
          {t('openOptions')}
        </button>
      </footer>
    </div>
  );
}
