/**
 * When and where the card opens: hover (after a delay; hidden after a grace period unless the
 * pointer enters the card), click, or the keyboard. Esc or a click outside closes it and focus
 * returns where it was. The card follows scroll and resize and stays inside the viewport.
 */
import { h } from 'preact';
import type { CardData } from '@/lib/corpus/types';
import type { EntityId, Mention } from '@/lib/entities/types';
import type { Result } from '@/lib/messages/protocol';
import { EntityCard, type CardState } from '@/lib/ui/card/EntityCard';
import type { CardTrigger } from '@/lib/settings/schema';
import { afterNextPaint } from '@/lib/ui/after-paint';
import type { Diagnostics } from '../diagnostics';
import type { Highlighter } from '../highlighter';
import { mentionAt } from '../hit-test';
import type { MentionCursor, MentionRef } from '../navigation';
import type { PageIndex } from '../page-index';
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
  loadCard(entity: EntityId): Promise<Result<CardData>>;
  describe(mention: Mention): string;
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
    if (!this.open && by !== 'hover') {
      const active = deps.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== deps.doc.body ? active : null;
    }
    this.open = { ref, by };
    const token = ++this.token;
    const openedAt = performance.now();
    deps.cursor.set(ref);
    deps.highlighter.setCurrent(ref.range);
    this.render(ref, { status: 'loading' }, by !== 'hover');
    const reply = await deps.loadCard(ref.mention.entity);
    if (token !== this.token) return;
    this.render(ref, reply.ok ? { status: 'ready', card: reply.value } : { status: 'error', message: reply.error }, false);
    const entity = ref.mention.entity;
    afterNextPaint(() => deps.diagnostics.card({ entity, by, openedAt, paintedAt: performance.now() }));
  }

  private render(ref: MentionRef, state: CardState, focus: boolean): void {
    this.deps.diagnostics.measure('card render', () => this.renderNow(ref, state, focus));
  }

  private renderNow(ref: MentionRef, state: CardState, focus: boolean): void {
    const { deps } = this;
    const card = h(EntityCard, {
      entity: ref.mention.entity,
      state,
      recognised: deps.describe(ref.mention),
      nameOf: deps.nameOf,
      onClose: () => this.close(true),
      onSearch: (query: string) => deps.openSearch(query),
    });
    const box = deps.host.show(card);
    const root = deps.host.root;
    if (root && root !== this.listenedRoot) {
      this.listenedRoot = root;
      root.addEventListener('keydown', (e) => this.onKeyDown(e as KeyboardEvent), { signal: this.signal });
    }
    this.place(ref, box);
    if (focus) box.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  private reposition(): void {
    const box = this.deps.host.box;
    if (this.open && box && !box.hidden) this.place(this.open.ref, box);
  }

  private place(ref: MentionRef, box: HTMLElement): void {
    const { doc } = this.deps;
    const live = doc.createRange();
    live.setStart(ref.range.startContainer, ref.range.startOffset);
    live.setEnd(ref.range.endContainer, ref.range.endOffset);
    const anchor = live.getClientRects()[0] ?? live.getBoundingClientRect();
    const win = doc.defaultView ?? window;
    // Measure at the natural size (the stylesheet caps it), then fit it into the room there is.
    box.style.maxHeight = '';
    const size = box.getBoundingClientRect();
    const at = placeCard(anchor, size, { width: win.innerWidth, height: win.innerHeight });
    box.style.left = `${at.left}px`;
    box.style.top = `${at.top}px`;
    box.style.maxHeight = `${at.maxHeight}px`;
  }
}

function sameRef(a: MentionRef, b: MentionRef): boolean {
  return a.record === b.record && a.index === b.index;
}
