/**
 * A result opened in full: the entity's card (for a query that named an entity, or a chip),
 * or one passage with the entities it mentions.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PassageView } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messages/send';
import { EntityCard, type CardState } from '../card/EntityCard';
import { Passage } from '../components/Passage';

export type Detail = { kind: 'entity'; entity: EntityId } | { kind: 'passage'; passage: PassageView };

export interface DetailViewProps {
  detail: Detail;
  nameOf: (entity: EntityId) => string;
  onOpen: (detail: Detail) => void;
  onBack: () => void;
}

function EntityDetail({ entity, nameOf }: { entity: EntityId; nameOf: (e: EntityId) => string }) {
  const [state, setState] = useState<CardState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void sendToBackground('cardFor', { entity }).then((reply) => {
      if (current) setState(reply.ok ? { status: 'ready', card: reply.value } : { status: 'error', message: reply.error });
    });
    return () => {
      current = false;
    };
  }, [entity]);
  return <EntityCard entity={entity} state={state} nameOf={nameOf} loadMore={(limit) => sendToBackground('cardFor', { entity, limit })} />;
}

export function DetailView({ detail, nameOf, onOpen, onBack }: DetailViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="dialog"], .detail-passage')?.focus();
  }, [detail]);
  return (
    <div class="detail" ref={ref}>
      <button type="button" class="back" data-control="back" onClick={onBack}>
        {t('back')}
      </button>
      {detail.kind === 'entity' ? (
        <EntityDetail entity={detail.entity} nameOf={nameOf} />
      ) : (
        <section class="detail-passage card" tabIndex={-1} aria-label={detail.passage.document.title.text}>
          <Passage passage={detail.passage} nameOf={nameOf} />
          {detail.passage.entities.length > 0 && (
            <p class="chips">
              {t('passageEntities')}{' '}
              {detail.passage.entities.map((e) => (
                <button key={e} type="button" class="chip" data-control="chip" onClick={() => onOpen({ kind: 'entity', entity: e })}>
                  <bdi>{nameOf(e)}</bdi>
                </button>
              ))}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
