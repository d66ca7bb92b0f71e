/**
 * Backstory's settings: their shape, defaults, and a validator that repairs whatever storage
 * hands back (older versions, hand edits, another extension's bug) instead of throwing.
 */
import type { EntityId } from '@/lib/entities/types';

export type HighlightStyle = 'fill' | 'underline';
export type CardTrigger = 'hover' | 'click';

export interface Settings {
  /** Highlighting everywhere; per-site exceptions in `disabledSites`. */
  enabled: boolean;
  /** Hostnames (e.g. "www.example.com") where Backstory stays off. */
  disabledSites: string[];
  /** Per-entity overrides of the catalogue's default (watched entities on, related ones off). */
  entities: Record<EntityId, boolean>;
  /** Open cards on hover (after `hoverDelayMs`) or only on click. */
  trigger: CardTrigger;
  hoverDelayMs: number;
  /** Tinted background, or an underline for high contrast. */
  style: HighlightStyle;
  /**
   * Hostnames the reader marked sensitive: there mentions are painted by Backstory's private
   * overlay, never through `CSS.highlights`, which the page's scripts can read.
   */
  sensitiveSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  entities: {},
  trigger: 'hover',
  hoverDelayMs: 300,
  style: 'fill',
  sensitiveSites: [],
});

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns valid settings from anything: unknown fields dropped, bad ones replaced by defaults. */
export function sanitizeSettings(value: unknown): Settings {
  const raw = isRecord(value) ? value : {};
  const hostnames = (list: unknown) =>
    Array.isArray(list) ? [...new Set(list.filter((s): s is string => typeof s === 'string' && s.length > 0))] : [];
  const sites = hostnames(raw.disabledSites);
  const entities: Record<EntityId, boolean> = {};
  if (isRecord(raw.entities)) {
    for (const [id, on] of Object.entries(raw.entities)) if (typeof on === 'boolean') entities[id] = on;
  }
  const delay = typeof raw.hoverDelayMs === 'number' && Number.isFinite(raw.hoverDelayMs)
    ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, raw.hoverDelayMs)))
    : DEFAULT_SETTINGS.hoverDelayMs;
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: sites,
    entities,
    trigger: raw.trigger === 'click' || raw.trigger === 'hover' ? raw.trigger : DEFAULT_SETTINGS.trigger,
    hoverDelayMs: delay,
    style: raw.style === 'underline' || raw.style === 'fill' ? raw.style : DEFAULT_SETTINGS.style,
    sensitiveSites: hostnames(raw.sensitiveSites),
  };
}

/** Whether Backstory highlights on a page with this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

/** Whether an entity is highlighted, given the catalogue's default for it. */
export function isEntityOn(settings: Settings, entity: EntityId, catalogueDefault: boolean): boolean {
  return settings.entities[entity] ?? catalogueDefault;
}

/** Whether the reader marked this site sensitive (mentions painted privately there). */
export function isSensitiveOn(settings: Settings, hostname: string): boolean {
  return settings.sensitiveSites.includes(hostname);
}
