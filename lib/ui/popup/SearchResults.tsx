/**
 * The result list: each hit is the shared Passage component with what matched emphasised.
 * Arrow keys move between results (focus moves, so screen readers read each one), Enter opens
 * the full card, Esc goes back to the search box. The heading shows the query as typed (no case
 * change) and isolates it and entity names in their own direction; counts follow plural rules.
 */
import type { SearchHit, SearchResponse } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import type { ComponentChildren } from 'preact';
import { t, tPlural } from '@/lib/i18n';
import { withIsolates } from '../isolate';
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

/** "16 passages about Kazakhstan", "1 passage matching ‘ж’", "No passages mention ‘إس-300’ yet." */
function heading(response: SearchResponse): ComponentChildren {
  const { total, resolved, together, query } = response;
  if (total === 0) return withIsolates((m) => t('searchNone', m), [query]);
  if (together && together.length > 1) {
    const names = together.map((e) => e.name);
    const list = (marks: string[]) => new Intl.ListFormat(t('uiLocale'), { type: 'conjunction' }).format(marks);
    return withIsolates((m) => tPlural('searchTogetherCount', total, [list(m)]), names);
  }
  if (resolved) {
    return withIsolates((m) => tPlural('searchEntityCount', total, m), [resolved.entity.name]);
  }
  return withIsolates((m) => tPlural('searchTextCount', total, m), [query]);
}

export function SearchResults({ state, nameOf, onOpen, onBack }: SearchResultsProps) {
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return <p class="status error" role="alert">{withIsolates((m) => t('searchError', m), [state.message])}</p>;
  }
  const response = state.status === 'done' ? state.response : state.previous;
  if (!response) return <p class="status" role="status">{t('searching')}</p>;
  const focus = response.resolved?.entity.id;
  return (
    <section class="results" aria-labelledby="results-heading" aria-busy={state.status === 'loading'}>
      <h2 id="results-heading" class="section-title as-typed" aria-live="polite">
        {heading(response)}
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
              {response.resolved ? withIsolates((m) => t('openCard', m), [response.resolved.entity.name]) : t('openPassage')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
