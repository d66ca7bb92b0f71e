/**
 * When and where the card opens: hover (after a delay; hidden after a grace period unless the
 * pointer enters the card), click, or the keyboard. Esc or a click outside closes it and focus
 * returns where it was. The card follows scroll and resize and stays inside the viewport; when
 * the page re-renders its mention it follows the same mention in the new text, or closes. A card
 * opened by hovering closes when the pointer leaves the window or the tab is left.
 */
import { afterNextPaint } from '@/lib/ui/after-paint';
import { uiDirection } from '@/lib/ui/direction';
import { recognitionOf } from '@/lib/ui/recognition';
import type { MentionRef } from '../read/navigation';
import { anchorBox, isAttached, pagePoint, relocate, type PagePoint } from './anchor';
import { INTERACTIVE, sameRef, type CardOpener, type CardPage, type CardTriggerSettings, type CardUi, type OpenedBy } from './card-opener';
import type { CardSource } from './card-source';
import type { CardState } from './card-view';
import { placeCard } from './position';

export const HIDE_GRACE_MS = 300;

export class CardController implements CardOpener {
  #open: { ref: MentionRef; by: OpenedBy } | null = null;
  #hoverTimer: ReturnType<typeof setTimeout> | undefined;
  #hoverRef: MentionRef | null = null;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #returnFocus: HTMLElement | null = null;
  #token = 0;
  #framePending = false;
  #lastPointer: { x: number; y: number; inCard: boolean } | null = null;
  /** Where the open card's mention was last seen, to find it again after a re-render. */
  #lastAnchor: PagePoint | null = null;
  /** The card's shadow root, once listened to (keys pressed in the card stay in it: ui-shield.ts). */
  #listenedRoot: ShadowRoot | null = null;
  readonly #signal: AbortSignal;
  readonly #page: CardPage;
  readonly #source: CardSource;
  #trigger: CardTriggerSettings;

  // Private names (#) throughout: the minifier shortens them.
  constructor(page: CardPage, source: CardSource, trigger: CardTriggerSettings, signal: AbortSignal) {
    const { doc } = page;
    this.#page = page;
    this.#source = source;
    this.#trigger = trigger;
    this.#signal = signal;
    const win = doc.defaultView ?? window;
    const opts = { signal, passive: true } as const;
    doc.addEventListener('pointermove', (e) => this.#onPointerMove(e), opts);
    doc.addEventListener('click', (e) => this.#onClick(e), { signal });
    doc.addEventListener('keydown', (e) => this.#onKeyDown(e), { signal, capture: true });
    win.addEventListener('scroll', () => this.#reposition(), { ...opts, capture: true });
    win.addEventListener('resize', () => this.#reposition(), opts);
    // The pointer leaving the window sends no move over the page: only a pointerout to nowhere.
    doc.addEventListener('pointerout', (e) => e.relatedTarget === null && this.#onPointerLeft(false), opts);
    win.addEventListener('blur', () => this.#onPointerLeft(true), opts);
    doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && this.#onPointerLeft(true), opts);
    signal.addEventListener('abort', () => this.close(false), { once: true });
  }

  setTrigger(trigger: CardTriggerSettings): void {
    this.#trigger = trigger;
  }

  get isOpen(): boolean {
    return this.#open !== null;
  }

  show(ref: MentionRef, by: OpenedBy = 'keyboard', openedAt: number = performance.now()): void {
    void this.#openCard(ref, by, openedAt);
  }

  close(restoreFocus: boolean): void {
    clearTimeout(this.#hideTimer);
    clearTimeout(this.#hoverTimer);
    this.#hoverRef = null;
    if (!this.#open) return;
    this.#open = null;
    this.#token++;
    this.#page.host.hide();
    this.#page.highlighter.setCurrent(null);
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (!restoreFocus) return;
    if (target?.isConnected) target.focus({ preventScroll: true });
    // Nothing was focused before (the page itself): give focus back to it, not to a hidden card.
    else if (this.#page.doc.activeElement === this.#page.host.element) this.#page.host.element?.blur();
  }

  #onPointerMove(event: PointerEvent): void {
    this.#lastPointer = { x: event.clientX, y: event.clientY, inCard: this.#page.host.containsEvent(event) };
    if (this.#framePending) return;
    this.#framePending = true;
    requestAnimationFrame(() => {
      this.#framePending = false;
      if (this.#lastPointer) this.#onPointerAt(this.#lastPointer);
    });
  }

  /** The pointer left the page (out of the window, another window or tab): a hover card goes. */
  #onPointerLeft(now: boolean): void {
    this.#lastPointer = null;
    clearTimeout(this.#hoverTimer);
    this.#hoverRef = null;
    if (this.#open?.by !== 'hover') return;
    clearTimeout(this.#hideTimer);
    if (now) this.close(false);
    else this.#hideTimer = setTimeout(() => this.close(false), HIDE_GRACE_MS);
  }

  #onPointerAt({ x, y, inCard }: { x: number; y: number; inCard: boolean }): void {
    if (inCard) {
      clearTimeout(this.#hideTimer);
      return;
    }
    const hit = this.#page.mentionAt(x, y);
    if (hit) {
      clearTimeout(this.#hideTimer);
      if (this.#open && sameRef(this.#open.ref, hit)) return;
      const { mode, delayMs } = this.#trigger;
      if (mode !== 'hover' || (this.#hoverRef && sameRef(this.#hoverRef, hit))) return;
      clearTimeout(this.#hoverTimer);
      this.#hoverRef = hit;
      this.#hoverTimer = setTimeout(() => {
        this.#hoverRef = null;
        // Opened meanwhile by a click: it stays a clicked card (not closed when the pointer moves on).
        if (this.#open && sameRef(this.#open.ref, hit)) return;
        void this.#openCard(hit, 'hover', performance.now());
      }, delayMs);
      return;
    }
    clearTimeout(this.#hoverTimer);
    this.#hoverRef = null;
    if (this.#open?.by === 'hover') {
      clearTimeout(this.#hideTimer);
      this.#hideTimer = setTimeout(() => this.close(false), HIDE_GRACE_MS);
    }
  }

  #onClick(event: MouseEvent): void {
    if (this.#page.host.containsEvent(event)) return;
    const target = event.target instanceof Element ? event.target : null;
    const hit = target?.closest(INTERACTIVE) ? null : this.#page.mentionAt(event.clientX, event.clientY);
    if (hit) {
      void this.#openCard(hit, 'click', performance.now());
      return;
    }
    if (this.#open) this.close(false);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.#open) return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  }

  async #openCard(ref: MentionRef, by: OpenedBy, openedAt: number): Promise<void> {
    clearTimeout(this.#hideTimer);
    const page = this.#page;
    if (by !== 'hover') {
      clearTimeout(this.#hoverTimer);
      this.#hoverRef = null;
    }
    if (!this.#open && by !== 'hover') {
      const active = page.doc.activeElement;
      this.#returnFocus = active instanceof HTMLElement && active !== page.doc.body ? active : null;
    }
    this.#open = { ref, by };
    this.#lastAnchor = null;
    const token = ++this.#token;
    page.cursor.set(ref);
    page.highlighter.setCurrent(ref.range);
    // The passages are asked for while the interface loads (the first card of a page).
    const card = this.#source.card(ref.mention.entity);
    let ui: CardUi;
    try {
      ui = await page.loadUi();
    } catch (error) {
      // Kept for diagnostics: Backstory writes nothing to a page's console.
      page.events.emit('failure', 'card', String(error));
      if (token === this.#token) this.close(false);
      return;
    }
    if (token !== this.#token) return;
    this.#render(ui, { status: 'loading' }, by !== 'hover');
    const reply = await card;
    if (token !== this.#token) return;
    this.#render(ui, reply.ok ? { status: 'ready', card: reply.value } : { status: 'error', message: reply.error }, false);
    const entity = ref.mention.entity;
    afterNextPaint(() => page.events.emit('card', { entity, by, openedAt, paintedAt: performance.now() }));
  }

  #render(ui: CardUi, state: CardState, focus: boolean): void {
    this.#page.events.measure('card render', () => this.#renderNow(ui, state, focus));
  }

  #renderNow(ui: CardUi, state: CardState, focus: boolean): void {
    const page = this.#page;
    const source = this.#source;
    if (!this.#open) return;
    const { entity } = this.#open.ref.mention;
    const box = page.host.show(ui, {
      entity,
      state,
      recognised: recognitionOf(this.#open.ref.mention),
      nameOf: (id) => source.nameOf(id),
      onClose: () => this.close(true),
      onSearch: (query: string) => source.openSearch(query),
      loadMore: (limit: number) => source.card(entity, limit),
    });
    const root = page.host.root;
    if (root && root !== this.#listenedRoot) {
      this.#listenedRoot = root;
      root.addEventListener('keydown', (e) => this.#onKeyDown(e as KeyboardEvent), { signal: this.#signal });
    }
    // The box scrolls (its scrollbar side follows its direction): the UI's, not the page's.
    box.dir = uiDirection();
    if (!this.#place(box)) return;
    if (focus) box.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  followPage(): void {
    if (this.#open && !isAttached(this.#open.ref)) this.#reposition();
  }

  #reposition(): void {
    const box = this.#page.host.box;
    if (this.#open && box && !box.hidden) this.#place(box);
  }

  /**
   * The open mention's box, following it into the page's new text when the page replaced the
   * old (same entity and text, nearest to where it was); null when it is gone or not shown.
   */
  #anchor(): DOMRect | null {
    const { doc } = this.#page;
    const open = this.#open;
    if (!open) return null;
    if (isAttached(open.ref) || !this.#lastAnchor) return anchorBox(doc, open.ref);
    const found = relocate(doc, this.#page.visibleMentions(), open.ref, this.#lastAnchor);
    if (!found) return null;
    open.ref = found.ref;
    this.#page.cursor.set(found.ref);
    this.#page.highlighter.setCurrent(found.ref.range);
    return found.box;
  }

  /** Puts the card beside its mention; closes it (false) when the mention is gone. */
  #place(box: HTMLElement): boolean {
    const { doc } = this.#page;
    const anchor = this.#anchor();
    if (!anchor) {
      // Never a card floating apart from what it describes.
      this.close(false);
      return false;
    }
    this.#lastAnchor = pagePoint(doc, anchor);
    const win = doc.defaultView ?? window;
    // Measure at the natural size (the stylesheet caps it), then fit it into the room there is.
    box.style.maxHeight = '';
    const size = box.getBoundingClientRect();
    const at = placeCard(anchor, size, { width: win.innerWidth, height: win.innerHeight });
    box.style.left = `${at.left}px`;
    box.style.top = `${at.top}px`;
    box.style.maxHeight = `${at.maxHeight}px`;
    return true;
  }
}
