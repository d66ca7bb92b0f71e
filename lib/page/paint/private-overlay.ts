/**
 * Private paint: mentions drawn as boxes in a layer inside Backstory's closed shadow root instead
 * of `CSS.highlights` (which any page script can enumerate, ranges and text included). Used for
 * the reader's own entities and on sites marked sensitive.
 *
 * The layer covers the viewport with `pointer-events: none` (so `elementsFromPoint` never returns
 * it) and only the mentions in or near the viewport are drawn: an IntersectionObserver on the
 * elements holding mentions says which ones are near; a draw (at most one per frame) measures
 * those ranges and places one box per line box, reusing its elements. Draws follow scroll,
 * resize, layout changes and our own rescans. Nothing of it enters the page's DOM.
 */
import type { EntityId } from '@/lib/entities/types';
import type { HighlightStyle } from '@/lib/settings/schema';
import { slotOf } from '@/lib/ui/palette';
import type { PrivatePaint } from './highlighter';

export interface OverlayOptions {
  doc: Document;
  /** The layer to draw in (creating it creates the host: see card/host.ts). */
  layer(): HTMLElement;
  isPrivate(entity: EntityId): boolean;
  style: HighlightStyle;
  /** Told how long each draw took and how many boxes it placed. */
  onDraw?(ms: number, boxes: number): void;
}

/** How far outside the viewport a mention is still drawn (pixels): scrolling shows it at once. */
const MARGIN_PX = 200;

export class PrivateOverlay implements PrivatePaint {
  readonly #entityOf = new Map<AbstractRange, EntityId>();
  readonly #byElement = new Map<Element, Set<AbstractRange>>();
  readonly #near = new Set<Element>();
  readonly #boxes: HTMLElement[] = [];
  #current: AbstractRange | null = null;
  #style: HighlightStyle;
  #pending = false;
  readonly #intersections: IntersectionObserver;
  readonly #layout: ResizeObserver | null;
  readonly #layer: HTMLElement;

  readonly #options: OverlayOptions;
  readonly #signal: AbortSignal;

  constructor(
    options: OverlayOptions,
    signal: AbortSignal,
  ) {
    this.#options = options;
    this.#signal = signal;
    const { doc } = options;
    const win = doc.defaultView ?? window;
    this.#style = options.style;
    this.#layer = options.layer();
    this.#intersections = new win.IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) this.#near.add(entry.target);
        else this.#near.delete(entry.target);
      }
      this.#schedule();
    }, { rootMargin: `${MARGIN_PX}px` });
    this.#layout = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(() => this.#schedule()) : null;
    this.#layout?.observe(doc.documentElement);
    const opts = { capture: true, passive: true, signal } as const;
    win.addEventListener('scroll', () => this.#schedule(), opts);
    win.addEventListener('resize', () => this.#schedule(), opts);
    signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  isPrivate(entity: EntityId): boolean {
    return this.#options.isPrivate(entity);
  }

  add(entity: EntityId, range: AbstractRange): void {
    const element = elementOf(range);
    if (!element) return;
    this.#entityOf.set(range, entity);
    let ranges = this.#byElement.get(element);
    if (!ranges) {
      ranges = new Set();
      this.#byElement.set(element, ranges);
      this.#intersections.observe(element);
    }
    ranges.add(range);
    if (this.#near.has(element)) this.#schedule();
  }

  delete(_entity: EntityId, range: AbstractRange): void {
    if (!this.#entityOf.delete(range)) return;
    const element = elementOf(range);
    const ranges = element ? this.#byElement.get(element) : undefined;
    if (!element || !ranges) return;
    ranges.delete(range);
    if (ranges.size === 0) {
      this.#byElement.delete(element);
      this.#near.delete(element);
      this.#intersections.unobserve(element);
    }
    if (this.#current === range) this.#current = null;
    this.#schedule();
  }

  has(range: AbstractRange): boolean {
    return this.#entityOf.has(range);
  }

  setCurrent(range: AbstractRange | null): void {
    if (range === this.#current) return;
    this.#current = range;
    this.#schedule();
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.#style) return;
    this.#style = style;
    this.#schedule();
  }

  counts(): Map<EntityId, number> {
    const counts = new Map<EntityId, number>();
    for (const entity of this.#entityOf.values()) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    return counts;
  }

  clear(): void {
    this.#intersections.disconnect();
    if (this.#signal.aborted) this.#layout?.disconnect();
    this.#entityOf.clear();
    this.#byElement.clear();
    this.#near.clear();
    this.#current = null;
    for (const box of this.#boxes) box.remove();
    this.#boxes.length = 0;
  }

  #schedule(): void {
    if (this.#pending || this.#signal.aborted) return;
    this.#pending = true;
    requestAnimationFrame(() => {
      this.#pending = false;
      if (!this.#signal.aborted) this.draw();
    });
  }

  /** Places one box per line box of every mention near the viewport; hides the boxes left over. */
  draw(): void {
    const started = performance.now();
    const { doc } = this.#options;
    const win = doc.defaultView ?? window;
    const live = doc.createRange();
    const height = win.innerHeight;
    const width = win.innerWidth;
    let used = 0;
    for (const element of this.#near) {
      for (const range of this.#byElement.get(element) ?? []) {
        const entity = this.#entityOf.get(range);
        if (entity === undefined) continue;
        try {
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
        } catch {
          continue; // a range a mutation left invalid: the rescan that follows removes it
        }
        const kind = `bs-mark s${slotOf(entity)}${this.#style === 'underline' ? ' u' : ''}${range === this.#current ? ' cur' : ''}`;
        for (const rect of live.getClientRects()) {
          if (rect.width === 0 || rect.bottom < 0 || rect.top > height || rect.right < 0 || rect.left > width) continue;
          const box = this.#boxes[used] ?? this.#newBox();
          used++;
          if (box.className !== kind) box.className = kind;
          box.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`;
          box.hidden = false;
        }
      }
    }
    for (let i = used; i < this.#boxes.length; i++) {
      const box = this.#boxes[i];
      if (box && !box.hidden) box.hidden = true;
    }
    this.#options.onDraw?.(performance.now() - started, used);
  }

  #newBox(): HTMLElement {
    const box = this.#options.doc.createElement('div');
    this.#layer.append(box);
    this.#boxes.push(box);
    return box;
  }
}

function elementOf(range: AbstractRange): Element | null {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}
