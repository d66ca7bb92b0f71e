/**
 * When and where the card opens: hover (after a delay; hidden after a grace period unless the
 * pointer enters the card), click, or the keyboard. Esc or a click outside closes it and focus
 * returns where it was. The card follows scroll and resize and stays inside the viewport; when
 * the page re-renders its mention it follows the same mention in the new text, or closes. A card
 * opened by hovering closes when the pointer leaves the window or the tab is left.
 */
import type { CardData } from '@/lib/corpus/types';
import type { EntityId, Mention } from '@/lib/entities/types';
import type { Recognition } from '@/lib/ui/recognition';
import type { Result } from '@/lib/messages/protocol';
import type { CardTrigger } from '@/lib/settings/schema';
import { afterNextPaint } from '@/lib/ui/after-paint';
import { uiDirection } from '@/lib/ui/direction';
import type { Diagnostics } from '../diagnostics';
import type { Highlighter } from '../paint/highlighter';
import { mentionAt } from './hit-test';
import type { MentionCursor, MentionRef } from '../read/navigation';
import type { PageIndex } from '../read/page-index';
import { anchorBox, isAttached, pagePoint, relocate, type PagePoint } from './anchor';
import type { CardState, CardUi } from './card-ui';
import type { CardHost } from './host';
import { placeCard } from './position';

export const HIDE_GRACE_MS = 300;

export interface CardControllerDeps {
  doc: Document;
  index: PageIndex;
  highlighter: Highlighter;
  cursor: MentionCursor;
  host: CardHost;
  trigger(): { mode: CardTrigger; delayMs: number };
  /** The card of `entity`, with `limit` passages when asked for more than the first few. */
  loadCard(entity: EntityId, limit?: number): Promise<Result<CardData>>;
  /** The card's interface (loaded with the first card: see card-ui.ts). */
  loadUi(): Promise<CardUi>;
  describe(mention: Mention): Recognition;
  nameOf(entity: EntityId): string;
  openSearch(query: string): void;
  diagnostics: Diagnostics;
  /** Open shadow roots holding scanned text: the caret APIs look inside only those given. */
  shadowRoots(): ShadowRoot[];
}

type OpenedBy = 'hover' | 'click' | 'keyboard';

const INTERACTIVE = 'a[href], button, label, summary, [role="button"], [role="link"]';

export class CardController {
  private open: { ref: MentionRef; by: OpenedBy } | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverRef: MentionRef | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: HTMLElement | null = null;
  private token = 0;
  private framePending = false;
  private lastPointer: { x: number; y: number; inCard: boolean } | null = null;
  /** Where the open card's mention was last seen, to find it again after a re-render. */
  private lastAnchor: PagePoint | null = null;
  /** The card's shadow root, once listened to (keys pressed in the card stay in it: ui-shield.ts). */
  private listenedRoot: ShadowRoot | null = null;
  private readonly signal: AbortSignal;

  constructor(
    private readonly deps: CardControllerDeps,
    signal: AbortSignal,
  ) {
    const { doc } = deps;
    this.signal = signal;
    const win = doc.defaultView ?? window;
    const opts = { signal, passive: true } as const;
    doc.addEventListener('pointermove', (e) => this.onPointerMove(e), opts);
    doc.addEventListener('click', (e) => this.onClick(e), { signal });
    doc.addEventListener('keydown', (e) => this.onKeyDown(e), { signal, capture: true });
    win.addEventListener('scroll', () => this.reposition(), { ...opts, capture: true });
    win.addEventListener('resize', () => this.reposition(), opts);
    // The pointer leaving the window sends no move over the page: only a pointerout to nowhere.
    doc.addEventListener('pointerout', (e) => e.relatedTarget === null && this.onPointerLeft(false), opts);
    win.addEventListener('blur', () => this.onPointerLeft(true), opts);
    doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && this.onPointerLeft(true), opts);
    signal.addEventListener('abort', () => this.close(false), { once: true });
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** Opens the card of `ref` (from the keyboard or the popup: focus moves into the card). */
  show(ref: MentionRef, by: OpenedBy = 'keyboard'): void {
    void this.openCard(ref, by);
  }

  close(restoreFocus: boolean): void {
    clearTimeout(this.hideTimer);
    clearTimeout(this.hoverTimer);
    this.hoverRef = null;
    if (!this.open) return;
    this.open = null;
    this.token++;
    this.deps.host.hide();
    this.deps.highlighter.setCurrent(null);
    const target = this.returnFocus;
    this.returnFocus = null;
    if (!restoreFocus) return;
    if (target?.isConnected) target.focus({ preventScroll: true });
    // Nothing was focused before (the page itself): give focus back to it, not to a hidden card.
    else if (this.deps.doc.activeElement === this.deps.host.element) this.deps.host.element?.blur();
  }

  private onPointerMove(event: PointerEvent): void {
    this.lastPointer = { x: event.clientX, y: event.clientY, inCard: this.deps.host.containsEvent(event) };
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      if (this.lastPointer) this.onPointerAt(this.lastPointer);
    });
  }

  /** The pointer left the page (out of the window, another window or tab): a hover card goes. */
  private onPointerLeft(now: boolean): void {
    this.lastPointer = null;
    clearTimeout(this.hoverTimer);
    this.hoverRef = null;
    if (this.open?.by !== 'hover') return;
    clearTimeout(this.hideTimer);
    if (now) this.close(false);
    else this.hideTimer = setTimeout(() => this.close(false), HIDE_GRACE_MS);
  }

  private onPointerAt({ x, y, inCard }: { x: number; y: number; inCard: boolean }): void {
    if (inCard) {
      clearTimeout(this.hideTimer);
      return;
    }
    const hit = mentionAt(this.deps.doc, this.deps.index, x, y, this.deps.shadowRoots());
    if (hit) {
      clearTimeout(this.hideTimer);
      if (this.open && sameRef(this.open.ref, hit)) return;
      const { mode, delayMs } = this.deps.trigger();
      if (mode !== 'hover' || (this.hoverRef && sameRef(this.hoverRef, hit))) return;
      clearTimeout(this.hoverTimer);
      this.hoverRef = hit;
      this.hoverTimer = setTimeout(() => {
        this.hoverRef = null;
        // Opened meanwhile by a click: it stays a clicked card (not closed when the pointer moves on).
        if (this.open && sameRef(this.open.ref, hit)) return;
        void this.openCard(hit, 'hover');
      }, delayMs);
      return;
    }
    clearTimeout(this.hoverTimer);
    this.hoverRef = null;
    if (this.open?.by === 'hover') {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.close(false), HIDE_GRACE_MS);
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.deps.host.containsEvent(event)) return;
    const target = event.target instanceof Element ? event.target : null;
    const hit = target?.closest(INTERACTIVE) ? null : mentionAt(this.deps.doc, this.deps.index, event.clientX, event.clientY, this.deps.shadowRoots());
    if (hit) {
      void this.openCard(hit, 'click');
      return;
    }
    if (this.open) this.close(false);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  }

  private async openCard(ref: MentionRef, by: OpenedBy): Promise<void> {
    clearTimeout(this.hideTimer);
    const { deps } = this;
    if (by !== 'hover') {
      clearTimeout(this.hoverTimer);
      this.hoverRef = null;
    }
    if (!this.open && by !== 'hover') {
      const active = deps.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== deps.doc.body ? active : null;
    }
    this.open = { ref, by };
    this.lastAnchor = null;
    const token = ++this.token;
    const openedAt = performance.now();
    deps.cursor.set(ref);
    deps.highlighter.setCurrent(ref.range);
    // The passages are asked for while the interface loads (the first card of a page).
    const card = deps.loadCard(ref.mention.entity);
    let ui: CardUi;
    try {
      ui = await deps.loadUi();
    } catch (error) {
      console.warn('Backstory: the card could not be shown.', error);
      if (token === this.token) this.close(false);
      return;
    }
    if (token !== this.token) return;
    this.render(ui, { status: 'loading' }, by !== 'hover');
    const reply = await card;
    if (token !== this.token) return;
    this.render(ui, reply.ok ? { status: 'ready', card: reply.value } : { status: 'error', message: reply.error }, false);
    const entity = ref.mention.entity;
    afterNextPaint(() => deps.diagnostics.card({ entity, by, openedAt, paintedAt: performance.now() }));
  }

  private render(ui: CardUi, state: CardState, focus: boolean): void {
    this.deps.diagnostics.measure('card render', () => this.renderNow(ui, state, focus));
  }

  private renderNow(ui: CardUi, state: CardState, focus: boolean): void {
    const { deps } = this;
    if (!this.open) return;
    const { entity } = this.open.ref.mention;
    const box = deps.host.show(ui, {
      entity,
      state,
      recognised: deps.describe(this.open.ref.mention),
      nameOf: deps.nameOf,
      onClose: () => this.close(true),
      onSearch: (query: string) => deps.openSearch(query),
      loadMore: (limit: number) => deps.loadCard(entity, limit),
    });
    const root = deps.host.root;
    if (root && root !== this.listenedRoot) {
      this.listenedRoot = root;
      root.addEventListener('keydown', (e) => this.onKeyDown(e as KeyboardEvent), { signal: this.signal });
    }
    // The box scrolls (its scrollbar side follows its direction): the UI's, not the page's.
    box.dir = uiDirection();
    if (!this.place(box)) return;
    if (focus) box.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  /** After the page changed (a re-scan): re-anchors the open card if its mention was replaced. */
  followPage(): void {
    if (this.open && !isAttached(this.open.ref)) this.reposition();
  }

  private reposition(): void {
    const box = this.deps.host.box;
    if (this.open && box && !box.hidden) this.place(box);
  }

  /**
   * The open mention's box, following it into the page's new text when the page replaced the
   * old (same entity and text, nearest to where it was); null when it is gone or not shown.
   */
  private anchor(): DOMRect | null {
    const { doc } = this.deps;
    const open = this.open;
    if (!open) return null;
    if (isAttached(open.ref) || !this.lastAnchor) return anchorBox(doc, open.ref);
    const found = relocate(doc, this.deps.index, open.ref, this.lastAnchor);
    if (!found) return null;
    open.ref = found.ref;
    this.deps.cursor.set(found.ref);
    this.deps.highlighter.setCurrent(found.ref.range);
    return found.box;
  }

  /** Puts the card beside its mention; closes it (false) when the mention is gone. */
  private place(box: HTMLElement): boolean {
    const { doc } = this.deps;
    const anchor = this.anchor();
    if (!anchor) {
      // Never a card floating apart from what it describes.
      this.close(false);
      return false;
    }
    this.lastAnchor = pagePoint(doc, anchor);
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

function sameRef(a: MentionRef, b: MentionRef): boolean {
  return a.record === b.record && a.index === b.index;
}
