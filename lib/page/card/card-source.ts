/**
 * Where the card controller gets what a card shows: the passages about an entity and the names
 * of the entities a card mentions. The first page of each entity's card is asked for once per
 * session (hovering the same name again opens at once); the cache goes with the session, so a
 * new matcher (the watchlist changed) or switching Backstory off and on asks afresh.
 */
import type { CardData } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import type { Result } from '@/lib/messages/protocol';
import { sendToBackground } from '@/lib/messages/send';

export interface CardSource {
  /** The card of `entity`: its first passages, or `limit` of them when the reader asks for more. */
  card(entity: EntityId, limit?: number): Promise<Result<CardData>>;
  /** An entity's display name (a card lists the entities mentioned with its own). */
  nameOf(entity: EntityId): string;
  /** Opens the corpus search for `query` (a card's links). */
  openSearch(query: string): void;
}

/** Cards from the background (`cardFor`), the first page of each cached. */
export class BackgroundCards implements CardSource {
  readonly #firstPages = new Map<EntityId, Promise<Result<CardData>>>();

  constructor(readonly nameOf: (entity: EntityId) => string) {}

  card(entity: EntityId, limit?: number): Promise<Result<CardData>> {
    // "More passages" asks afresh.
    if (limit !== undefined) return sendToBackground('cardFor', { entity, limit });
    let pending = this.#firstPages.get(entity);
    if (!pending) {
      pending = sendToBackground('cardFor', { entity });
      this.#firstPages.set(entity, pending);
      // A failure is not cached: the next hover asks again.
      void pending.then((reply) => !reply.ok && this.#firstPages.delete(entity));
    }
    return pending;
  }

  openSearch(query: string): void {
    void sendToBackground('openSearch', { query });
  }
}
