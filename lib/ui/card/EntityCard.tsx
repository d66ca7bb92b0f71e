/**
 * The context card: what the entity is, how this mention was recognised, the best corpus
 * passages about it, and the entities mentioned with it. Used on the page (in a shadow root)
 * and by the popup's full-card view.
 */
import type { CardData } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import { t, tPlural } from '@/lib/i18n';
import { Passage } from '../components/Passage';
import { kindLabel } from '../format';

export type CardState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; card: CardData };

export interface EntityCardProps {
  entity: EntityId;
  state: CardState;
  /** The mention as written on the page and how it was recognised ("Казахстана — Russian, genitive"). */
  recognised?: string;
  nameOf: (entity: EntityId) => string;
  onClose?: () => void;
  onSearch?: (query: string) => void;
}

/** Other entities in the card's passages, most frequent first. */
export function coMentioned(card: CardData): EntityId[] {
  const counts = new Map<EntityId, number>();
  for (const p of card.passages) {
    for (const e of p.entities) if (e !== card.entity.id) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
}

export function EntityCard({ entity, state, recognised, nameOf, onClose, onSearch }: EntityCardProps) {
  const card = state.status === 'ready' ? state.card : null;
  const name = card?.entity.name ?? nameOf(entity);
  const titleId = `backstory-card-title-${entity}`;
  const others = card ? coMentioned(card) : [];
  return (
    <section class="card" role="dialog" aria-labelledby={titleId} aria-describedby={`${titleId}-desc`} tabIndex={-1}>
      <header class="head">
        <h2 id={titleId}>{name}</h2>
        {card && <span class="kind">{kindLabel(card.entity.kind)}</span>}
        {onClose && (
          <button type="button" class="close" aria-label={t('closeCard')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <p id={`${titleId}-desc`} class="description">
        {card?.entity.description ?? ''}
      </p>
      {recognised && (
        <p class="recognised">
          {t('recognisedAs')} {recognised}
        </p>
      )}
      {/* Announced by screen readers as it changes: "Looking up…", then what was found. */}
      <p class={state.status === 'loading' ? 'status' : 'sr-only'} role="status">
        {state.status === 'loading' ? t('cardLoading') : card ? tPlural(card.passages.length, { one: 'cardFound_one', other: 'cardFound_other' }, [name]) : ''}
      </p>
      {state.status === 'error' && (
        <p class="status error" role="alert">
          {t('cardError', [state.message])}
        </p>
      )}
      {card && card.passages.length === 0 && <p class="status">{t('cardNoPassages', [name])}</p>}
      {card && card.passages.length > 0 && (
        <>
          <h3 class="passages-title">{t('cardPassages', [String(card.passages.length), String(card.totalPassages)])}</h3>
          <div class="passages">
            {card.passages.map((p) => (
              <Passage key={p.id} passage={p} focus={card.entity.id} nameOf={nameOf} />
            ))}
          </div>
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
