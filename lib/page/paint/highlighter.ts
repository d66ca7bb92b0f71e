/**
 * Paints mentions through the CSS Custom Highlight API: one `Highlight` per entity, registered in
 * `CSS.highlights`; the page's DOM is never touched. The colours live in `highlights.css` (a
 * stylesheet the background inserts with the second stage, outside the page's tree:
 * highlight-rules.ts), keyed by a palette slot per entity and the chosen style.
 *
 * The registry is shared with the page's own scripts, which may clear it (sites use the API for
 * their own find-in-page) or empty our highlights. So the highlighter keeps its own copy of what
 * it registered and can tell, cheaply, whether the registry still holds it (`intact`) and put it
 * back (`repair`); `HighlightGuard` decides when.
 *
 * Mentions of private entities (see `PrivatePaint`) are never registered: they are drawn by a
 * closed overlay instead, so a page reading `CSS.highlights` cannot see them.
 */
import type { EntityId } from '@/lib/entities/types';
import type { HighlightStyle } from '@/lib/settings/schema';
import { slotOf } from '@/lib/ui/palette';

/** The slice of the Highlight API we use, so tests can pass a fake. */
export interface HighlightApi {
  registry: Map<string, unknown> & { set(name: string, h: Highlight): unknown };
  create(): Highlight;
}

/** Where mentions that must stay private are drawn instead (lib/page/paint/private-overlay.ts). */
export interface PrivatePaint {
  isPrivate(entity: EntityId): boolean;
  add(entity: EntityId, range: AbstractRange): void;
  delete(entity: EntityId, range: AbstractRange): void;
  /** Whether `range` is one of the private ones (the focused mention is drawn by whoever owns it). */
  has(range: AbstractRange): boolean;
  setCurrent(range: AbstractRange | null): void;
  setStyle(style: HighlightStyle): void;
  counts(): Map<EntityId, number>;
  clear(): void;
}

export function browserHighlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (!css?.highlights || typeof win.Highlight !== 'function') return null;
  const Ctor = win.Highlight;
  return { registry: css.highlights as unknown as HighlightApi['registry'], create: () => new Ctor() };
}

/**
 * The registered name of an entity's highlight. `plain`: the tint alone, with no text decoration
 * (highlights.css), for mentions inside a huge text node: there a decorated highlight is the
 * browser's own cost at every frame — 1.2–3 s a frame in Chromium 156 over a 50 MB node, while
 * a tint costs nothing measurable; Firefox ESR 153 stops painting altogether (README: Hostile and
 * huge pages). So there both styles are a tint.
 */
export function highlightName(entity: EntityId, style: HighlightStyle, plain = false): string {
  if (plain) return `backstory-${slotOf(entity)}-plain`;
  return `backstory-${slotOf(entity)}${style === 'underline' ? '-underline' : ''}`;
}

/**
 * At most this many mentions are painted on a page; past it they are still found and counted
 * (the popup's totals are true, and it says how many are painted), only not painted. Why 5,000:
 * both browsers walk every range of a registered highlight at each paint, so the cost of a
 * frame grows with the number of ranges, not with what is on screen; a real article has tens
 * of mentions and the 10 MB generated article about 3,000, while a page with 100,000 would
 * make every scroll frame pay for all of them (README: Reliability and security).
 */
export const HIGHLIGHT_CAP = 5_000;

/** The focused mention (keyboard navigation, open card) is painted on top of its entity colour. */
export const CURRENT_HIGHLIGHT = 'backstory-current';

interface Painted {
  highlight: Highlight;
  /** What we put in it: the page may empty the highlight itself. */
  ranges: Set<AbstractRange>;
}

export class Highlighter {
  readonly #byEntity = new Map<EntityId, Painted>();
  /** The tint-only highlights of mentions inside huge text nodes (highlightName's `plain`). */
  readonly #plainByEntity = new Map<EntityId, Painted>();
  #current: Painted | null = null;
  /** Mentions painted now (registered or drawn by the overlay), held to `#cap`. */
  #painted = 0;
  readonly #cap: number;

  readonly #api: HighlightApi;
  #style: HighlightStyle;
  readonly #privatePaint: PrivatePaint | null;

  constructor(
    api: HighlightApi,
    style: HighlightStyle,
    privatePaint: PrivatePaint | null = null,
    cap: number = HIGHLIGHT_CAP,
  ) {
    this.#api = api;
    this.#style = style;
    this.#privatePaint = privatePaint;
    this.#cap = cap;
  }

  /** How many mentions are painted now (at most the cap). */
  get paintedCount(): number {
    return this.#painted;
  }

  /** Whether another mention may be painted (the cap is not reached). */
  get hasRoom(): boolean {
    return this.#painted < this.#cap;
  }

  /**
   * Paints a mention, unless the page already has `cap` painted: returns whether it did. The
   * caller keeps the mention either way (it is counted), and knows not to ask to delete it.
   * `plain`: the mention is inside a huge text node, and is tinted, not decorated (highlightName).
   */
  add(entity: EntityId, range: AbstractRange, plain = false): boolean {
    if (this.#painted >= this.#cap) return false;
    this.#painted++;
    if (this.#privatePaint?.isPrivate(entity)) {
      this.#privatePaint.add(entity, range);
      return true;
    }
    const byEntity = plain ? this.#plainByEntity : this.#byEntity;
    let painted = byEntity.get(entity);
    if (!painted) {
      painted = { highlight: this.#api.create(), ranges: new Set() };
      byEntity.set(entity, painted);
      this.#api.registry.set(highlightName(entity, this.#style, plain), painted.highlight);
    }
    painted.ranges.add(range);
    painted.highlight.add(range);
    return true;
  }

  /** Unpaints a mention that `add` painted (and frees its place under the cap). */
  delete(entity: EntityId, range: AbstractRange): void {
    if (this.#privatePaint?.isPrivate(entity)) {
      this.#privatePaint.delete(entity, range);
      this.#painted = Math.max(0, this.#painted - 1);
      return;
    }
    for (const painted of [this.#byEntity.get(entity), this.#plainByEntity.get(entity)]) {
      if (!painted?.ranges.delete(range)) continue;
      this.#painted--;
      painted.highlight.delete(range);
      return;
    }
  }

  setStyle(style: HighlightStyle): void {
    this.#privatePaint?.setStyle(style);
    if (style === this.#style) return;
    // The plain highlights are a tint in either style: their names do not change.
    for (const [entity, { highlight }] of this.#byEntity) {
      this.#api.registry.delete(highlightName(entity, this.#style));
      this.#api.registry.set(highlightName(entity, style), highlight);
    }
    this.#style = style;
  }

  /** Marks one range as the current mention (or none). */
  setCurrent(range: AbstractRange | null): void {
    const isPrivate = !!range && !!this.#privatePaint?.has(range);
    this.#privatePaint?.setCurrent(isPrivate ? range : null);
    if (!this.#current) {
      if (!range || isPrivate) return; // nothing to register yet
      this.#current = { highlight: this.#api.create(), ranges: new Set() };
      this.#current.highlight.priority = 1;
      this.#api.registry.set(CURRENT_HIGHLIGHT, this.#current.highlight);
    }
    this.#current.highlight.clear();
    this.#current.ranges.clear();
    if (range && !isPrivate) {
      this.#current.ranges.add(range);
      this.#current.highlight.add(range);
    }
  }

  /** Ranges painted per entity (what the tests and the report can read back). */
  counts(): Map<EntityId, number> {
    const counts = new Map([...this.#byEntity].map(([entity, p]) => [entity, p.ranges.size]));
    for (const [entity, p] of this.#plainByEntity) counts.set(entity, (counts.get(entity) ?? 0) + p.ranges.size);
    for (const [entity, n] of this.#privatePaint?.counts() ?? []) counts.set(entity, n);
    return counts;
  }

  *#registrations(): Generator<[string, Painted]> {
    for (const [entity, painted] of this.#byEntity) yield [highlightName(entity, this.#style), painted];
    for (const [entity, painted] of this.#plainByEntity) yield [highlightName(entity, this.#style, true), painted];
    if (this.#current) yield [CURRENT_HIGHLIGHT, this.#current];
  }

  /** Whether the registry still holds every highlight we registered, with all its ranges. */
  intact(): boolean {
    for (const [name, { highlight, ranges }] of this.#registrations()) {
      if (this.#api.registry.get(name) !== highlight || highlight.size !== ranges.size) return false;
    }
    return true;
  }

  /** Puts back what the page removed: our registrations and the ranges in them. */
  repair(): void {
    for (const [name, { highlight, ranges }] of this.#registrations()) {
      if (highlight.size !== ranges.size) {
        highlight.clear();
        for (const range of ranges) highlight.add(range);
      }
      if (this.#api.registry.get(name) !== highlight) this.#api.registry.set(name, highlight);
    }
  }

  clear(): void {
    for (const [name, painted] of this.#registrations()) {
      painted.highlight.clear();
      painted.ranges.clear();
      if (this.#api.registry.get(name) === painted.highlight) this.#api.registry.delete(name);
    }
    this.#byEntity.clear();
    this.#plainByEntity.clear();
    this.#current = null;
    this.#painted = 0;
    this.#privatePaint?.clear();
  }
}
