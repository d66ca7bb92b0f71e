/**
 * The result list: each hit is the shared Passage component with what matched emphasised.
 * Arrow keys move between results (focus moves, so screen readers read each one), Enter opens
 * the full card, Esc goes back to the search box.
 */
import type { SearchHit, SearchResponse } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import { t } from '@/lib/i18n';
import { Passage } from '../components/Passage';
import type { SearchState } from './use-search';

export interface SearchResultsProps {
  state: SearchState;
  nameOf: (entity: EntityId) => string;
  onOpen: (hit: SearchHit, response: SearchResponse) => void;
  onBack: () => void;
}

function moveFocus(from: HTMLElement, step: 1 | -1, onBack: () => void): void {
  const items = [...(from.closest('.results')?.querySelectorAll<HTMLElement>('.result') ?? [])];
  const next = items[items.indexOf(from) + step];
  if (next) next.focus();
  else if (step === -1) onBack();
}

export function SearchResults({ state, nameOf, onOpen, onBack }: SearchResultsProps) {
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return <p class="status error" role="alert">{t('searchError', [state.message])}</p>;
  }
  const response = state.status === 'done' ? state.response : state.previous;
  if (!response) return <p class="status" role="status">{t('searching')}</p>;
  const focus = response.resolved?.entity.id;
  return (
    <section class="results" aria-labelledby="results-heading" aria-busy={state.status === 'loading'}>
      <h2 id="results-heading" class="section-title" aria-live="polite">
        {response.total === 0
          ? t('searchNone', [response.query])
          : response.resolved
            ? t('searchEntityCount', [String(response.total), response.resolved.entity.name])
            : t('searchTextCount', [String(response.total), response.query])}
      </h2>
      {response.total === 0 && (
        <p class="status">{t('searchNoneHint')}</p>
      )}
      <ol class="result-list">
        {response.hits.map((hit) => (
          <li
            key={hit.passage.id}
            class="result"
            tabIndex={-1}
            aria-label={`${hit.passage.document.title.text}, ${t('paragraphNumber', [String(hit.passage.paragraph)])}`}
            onKeyDown={(e) => {
              if (e.target !== e.currentTarget) return;
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                moveFocus(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1, onBack);
              } else if (e.key === 'Enter') {
                e.preventDefault();
                onOpen(hit, response);
              }
            }}
            onDblClick={() => onOpen(hit, response)}
          >
            <Passage passage={hit.passage} focus={focus} matches={hit.marks} nameOf={nameOf} compact />
            <button type="button" class="open" data-control="open-result" onClick={() => onOpen(hit, response)}>
              {response.resolved ? t('openCard', [response.resolved.entity.name]) : t('openPassage')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
