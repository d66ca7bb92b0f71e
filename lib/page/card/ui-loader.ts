/**
 * Gets the card's second stage once per page: at once when it is already in this world (another
 * frame's load does not count: each frame has its own), otherwise by asking the background to
 * inject it. Concurrent requests share one injection; a failure is not remembered, so the next
 * card tries again.
 */
import type { Result } from '@/lib/messages/protocol';
import type { CardUi } from './card-opener';
import { installedCardUi } from './card-ui';

export type InjectCardUi = () => Promise<Result<null>>;

export class CardUiLoader {
  #pending: Promise<CardUi> | null = null;

  readonly #inject: InjectCardUi;

  constructor(inject: InjectCardUi) {
    this.#inject = inject;
  }

  load(): Promise<CardUi> {
    const ready = installedCardUi();
    if (ready) return Promise.resolve(ready);
    this.#pending ??= this.#inject().then((reply) => {
      const ui = installedCardUi();
      if (ui) return ui;
      this.#pending = null;
      throw new Error(reply.ok ? 'the card interface did not start' : reply.error);
    });
    return this.#pending;
  }
}
