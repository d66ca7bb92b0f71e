/**
 * Paints mentions through the CSS Custom Highlight API: one `Highlight` per entity, registered in
 * `CSS.highlights`; the page's DOM is never touched. The colours live in `highlights.css` (a
 * stylesheet the browser injects from the manifest, outside the page's tree), keyed by a palette
 * slot per entity and the chosen style.
 */
import type { EntityId } from '@/lib/entities/types';
import type { HighlightStyle } from '@/lib/settings/schema';
import { slotOf } from '@/lib/ui/palette';

/** The slice of the Highlight API we use, so tests can pass a fake. */
export interface HighlightApi {
  registry: Map<string, unknown> & { set(name: string, h: Highlight): unknown };
  create(): Highlight;
}

export function browserHighlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (!css?.highlights || typeof win.Highlight !== 'function') return null;
  const Ctor = win.Highlight;
  return { registry: css.highlights as unknown as HighlightApi['registry'], create: () => new Ctor() };
}

export function highlightName(entity: EntityId, style: HighlightStyle): string {
  return `backstory-${slotOf(entity)}${style === 'underline' ? '-underline' : ''}`;
}

/** The focused mention (keyboard navigation, open card) is painted on top of its entity colour. */
export const CURRENT_HIGHLIGHT = 'backstory-current';

export class Highlighter {
  private readonly byEntity = new Map<EntityId, Highlight>();
  private current: Highlight | null = null;

  constructor(
    private readonly api: HighlightApi,
    private style: HighlightStyle,
  ) {}

  add(entity: EntityId, range: AbstractRange): void {
    let highlight = this.byEntity.get(entity);
    if (!highlight) {
      highlight = this.api.create();
      this.byEntity.set(entity, highlight);
      this.api.registry.set(highlightName(entity, this.style), highlight);
    }
    highlight.add(range);
  }

  delete(entity: EntityId, range: AbstractRange): void {
    this.byEntity.get(entity)?.delete(range);
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    for (const [entity, highlight] of this.byEntity) {
      this.api.registry.delete(highlightName(entity, this.style));
      this.api.registry.set(highlightName(entity, style), highlight);
    }
    this.style = style;
  }

  /** Marks one range as the current mention (or none). */
  setCurrent(range: AbstractRange | null): void {
    if (!this.current) {
      this.current = this.api.create();
      this.current.priority = 1;
      this.api.registry.set(CURRENT_HIGHLIGHT, this.current);
    }
    this.current.clear();
    if (range) this.current.add(range);
  }

  /** Ranges painted per entity (what the tests and the report can read back). */
  counts(): Map<EntityId, number> {
    return new Map([...this.byEntity].map(([entity, h]) => [entity, h.size]));
  }

  clear(): void {
    for (const [entity, highlight] of this.byEntity) {
      highlight.clear();
      this.api.registry.delete(highlightName(entity, this.style));
    }
    this.byEntity.clear();
    this.current?.clear();
  }
}
