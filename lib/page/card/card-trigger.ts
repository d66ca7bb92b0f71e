/**
 * A page's cards until the first one opens: what every page's second stage keeps of them. It
 * only watches for a card being asked for — a hover held on a mention (in hover mode), a click
 * on one, the keyboard or the popup (`show`) — and then loads the card's interface (card-ui.js,
 * injected by the background on a page's first card: ui-loader.ts), which brings the controller
 * (controller.ts: placement, following the mention, Escape, focus, closing). The controller
 * takes the page's cards over from there, this one's listeners go, and what is asked of this one
 * goes to it. Most pages never open a card, so they never parse or hold that code.
 */
import type { MentionRef } from '../read/navigation';
import { INTERACTIVE, sameRef, type CardOpener, type CardPage, type CardTriggerSettings, type OpenedBy } from './card-opener';
import type { CardSource } from './card-source';

export class CardTrigger implements CardOpener {
  #opener: CardOpener | null = null;
  #hoverTimer: ReturnType<typeof setTimeout> | undefined;
  #hoverRef: MentionRef | null = null;
  #framePending = false;
  #lastPointer: { x: number; y: number } | null = null;
  #trigger: CardTriggerSettings;
  /** This trigger's own listeners: they go when the controller takes over. */
  readonly #watching = new AbortController();
  readonly #page: CardPage;
  readonly #source: CardSource;
  readonly #signal: AbortSignal;

  constructor(page: CardPage, source: CardSource, trigger: CardTriggerSettings, signal: AbortSignal) {
    this.#page = page;
    this.#source = source;
    this.#trigger = trigger;
    this.#signal = signal;
    const { doc } = page;
    const win = doc.defaultView ?? window;
    const watching = AbortSignal.any([signal, this.#watching.signal]);
    const opts = { signal: watching, passive: true } as const;
    doc.addEventListener('pointermove', (e) => this.#onPointerMove(e), opts);
    doc.addEventListener('click', (e) => this.#onClick(e), { signal: watching });
    // The pointer left the page: a hover under way is not one any more.
    doc.addEventListener('pointerout', (e) => e.relatedTarget === null && this.#cancelHover(), opts);
    win.addEventListener('blur', () => this.#cancelHover(), opts);
    watching.addEventListener('abort', () => this.#cancelHover(), { once: true });
  }

  get isOpen(): boolean {
    return this.#opener?.isOpen ?? false;
  }

  show(ref: MentionRef, by: OpenedBy = 'keyboard', openedAt: number = performance.now()): void {
    void this.#open(ref, by, openedAt);
  }

  close(restoreFocus: boolean): void {
    this.#cancelHover();
    this.#opener?.close(restoreFocus);
  }

  followPage(): void {
    this.#opener?.followPage();
  }

  setTrigger(trigger: CardTriggerSettings): void {
    this.#trigger = trigger;
    this.#opener?.setTrigger(trigger);
  }

  async #open(ref: MentionRef, by: OpenedBy, openedAt: number): Promise<void> {
    if (this.#opener) {
      this.#opener.show(ref, by, openedAt);
      return;
    }
    this.#cancelHover();
    const page = this.#page;
    // Marked at once, and the passages asked for while the interface loads (cached for the controller).
    page.highlighter.setCurrent(ref.range);
    void this.#source.card(ref.mention.entity);
    let opener: CardOpener;
    try {
      const ui = await page.loadUi();
      if (this.#signal.aborted) return;
      // Two cards asked for during the load: the first to arrive builds the controller.
      opener = this.#opener ??= ui.openCards(page, this.#source, this.#trigger, this.#signal);
    } catch (error) {
      // Kept for diagnostics: Backstory writes nothing to a page's console. The next card tries again.
      page.events.emit('failure', 'card', String(error));
      page.highlighter.setCurrent(null);
      return;
    }
    this.#watching.abort();
    opener.show(ref, by, openedAt);
  }

  #onPointerMove(event: PointerEvent): void {
    this.#lastPointer = { x: event.clientX, y: event.clientY };
    if (this.#framePending) return;
    this.#framePending = true;
    requestAnimationFrame(() => {
      this.#framePending = false;
      if (this.#lastPointer && !this.#watching.signal.aborted && !this.#signal.aborted) this.#onPointerAt(this.#lastPointer);
    });
  }

  #onPointerAt({ x, y }: { x: number; y: number }): void {
    const hit = this.#trigger.mode === 'hover' ? this.#page.mentionAt(x, y) : null;
    if (!hit) {
      this.#cancelHover();
      return;
    }
    if (this.#hoverRef && sameRef(this.#hoverRef, hit)) return;
    clearTimeout(this.#hoverTimer);
    this.#hoverRef = hit;
    this.#hoverTimer = setTimeout(() => {
      this.#hoverRef = null;
      void this.#open(hit, 'hover', performance.now());
    }, this.#trigger.delayMs);
  }

  #onClick(event: MouseEvent): void {
    if (this.#page.host.containsEvent(event)) return;
    const target = event.target instanceof Element ? event.target : null;
    const hit = target?.closest(INTERACTIVE) ? null : this.#page.mentionAt(event.clientX, event.clientY);
    if (hit) void this.#open(hit, 'click', performance.now());
  }

  #cancelHover(): void {
    clearTimeout(this.#hoverTimer);
    this.#hoverRef = null;
  }
}
