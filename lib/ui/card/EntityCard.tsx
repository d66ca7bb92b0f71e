/**
 * The context card: what the entity is, how this mention was recognised, the best corpus
 * passages about it, and the entities mentioned with it. Used on the page (in a shadow root)
 * and by the popup's full-card view.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CardData } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import { t, tPlural } from '@/lib/i18n';
import { Passage } from '../components/Passage';
import { uiDirection } from '../direction';
import { kindLabel } from '../format';
import { recognitionAround, type Recognition } from '../recognition';
import { useMorePassages, type LoadMore } from './more-passages';

export type CardState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; card: CardData };

export interface EntityCardProps {
  entity: EntityId;
  state: CardState;
  /** The mention as written on the page and how it was recognised ("Казахстана — Russian, genitive"). */
  recognised?: Recognition;
  nameOf: (entity: EntityId) => string;
  onClose?: () => void;
  onSearch?: (query: string) => void;
  /** Asks for the card with more passages: without it, no "more" button. */
  loadMore?: LoadMore;
}

/** Other entities in the card's passages, most frequent first. */
export function coMentioned(card: CardData): EntityId[] {
  const counts = new Map<EntityId, number>();
  for (const p of card.passages) {
    for (const e of p.entities) if (e !== card.entity.id) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
}

/** "Recognised here as: Казахстана — Russian, genitive", the page's text isolated in its own direction. */
function RecognitionLine({ surface, how }: Recognition) {
  const [before, after] = recognitionAround(how);
  return (
    <p class="recognised">
      {t('recognisedAs')} {before}
      <bdi>{surface}</bdi>
      {after}
    </p>
  );
}

export function EntityCard({ entity, state, recognised, nameOf, onClose, onSearch, loadMore }: EntityCardProps) {
  const card = state.status === 'ready' ? state.card : null;
  const more = useMorePassages(card, loadMore);
  const name = card?.entity.name ?? nameOf(entity);
  const titleId = `backstory-card-title-${entity}`;
  const others = card ? coMentioned(card) : [];
  const passagesList = useRef<HTMLDivElement>(null);
  /** Where "more" was pressed with the focus on it: the first new passage's index, focused once it is here. */
  const focusFrom = useRef<number | null>(null);
  const loadMorePassages = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    focusFrom.current = (button.getRootNode() as Document | ShadowRoot).activeElement === button ? more.passages.length : null;
    more.load();
  };
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || more.loading) return;
    focusFrom.current = null;
    // Nothing new (the load failed): the focus stays on the button, beside the message.
    const first = passagesList.current?.children[from] as HTMLElement | undefined;
    if (!first) return;
    first.tabIndex = -1;
    first.focus();
  }, [more.loading, more.passages.length]);
  return (
    // The UI's own direction: a right-to-left page must not turn the card around.
    <section class="card" dir={uiDirection()} role="dialog" aria-labelledby={titleId} aria-describedby={`${titleId}-desc`} tabIndex={-1}>
      <header class="head">
        {/* A watched entity's name may be the user's own, in any script. */}
        <h2 id={titleId}>
          <bdi>{name}</bdi>
        </h2>
        {card && <span class="kind">{kindLabel(card.entity.kind)}</span>}
        {onClose && (
          <button type="button" class="close" aria-label={t('closeCard')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {/* Data, not UI: the description keeps its own direction in a right-to-left card. */}
      <p id={`${titleId}-desc`} class="description" dir="auto">
        {card?.entity.description ?? ''}
      </p>
      {recognised && <RecognitionLine {...recognised} />}
      {/* Announced by screen readers as it changes: "Looking up…", then what was found. */}
      <p class={state.status === 'loading' ? 'status' : 'sr-only'} role="status">
        {state.status === 'loading' ? t('cardLoading') : card ? tPlural('cardFound', more.passages.length, [name]) : ''}
      </p>
      {state.status === 'error' && (
        <p class="status error" role="alert">
          {t('cardError', [state.message])}
        </p>
      )}
      {card && card.passages.length === 0 && <p class="status">{t('cardNoPassages', [name])}</p>}
      {card && more.passages.length > 0 && (
        <>
          <h3 class="passages-title">{t('cardPassages', [String(more.passages.length), String(more.total)])}</h3>
          <div class="passages" ref={passagesList}>
            {more.passages.map((p) => (
              <Passage key={p.id} passage={p} focus={card.entity.id} nameOf={nameOf} />
            ))}
          </div>
          {more.error && (
            <p class="status error" role="alert">
              {t('cardError', [more.error])}
            </p>
          )}
          {more.canLoad && (
            // aria-disabled, not disabled: a focused button that becomes disabled loses focus (and
            // the card's keyboard reader their place); once loaded, the first new passage takes it,
            // as the button goes when nothing is left to load.
            <button type="button" class="more-passages" aria-disabled={more.loading} onClick={loadMorePassages}>
              {more.loading ? t('morePassagesLoading') : t('morePassages')}
            </button>
          )}
        </>
      )}
      {others.length > 0 && (
        <p class="also">
          {t('alsoMentioned')} {others.map((e) => nameOf(e)).join(', ')}
        </p>
      )}
      {onSearch && (
        <button type="button" class="search-link" onClick={() => onSearch(name)}>
          {t('searchInPopup', [name])}
        </button>
      )}
    </section>
  );
}
