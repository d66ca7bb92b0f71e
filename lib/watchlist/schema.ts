/**
 * The journalist's watchlist: entities of their own, and changes to the built-in ones (aliases
 * added, aliases switched off). Versioned in storage (store.ts); every read goes through the
 * sanitiser below, which keeps what is well-formed and drops what is not, never throwing.
 * Whether an alias is a good idea (too short, a common word, taken) is validate.ts's job.
 */
import type { EntityId } from '@/lib/entities/types';

export const USER_KINDS = ['person', 'organisation', 'place', 'weapon-system', 'other'] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** Tiers a journalist may choose: a name; an abbreviation (case-sensitive); an adjective. */
export const USER_TIERS = ['name', 'abbreviation', 'adjective'] as const;
export type UserTier = (typeof USER_TIERS)[number];

export interface UserAlias {
  /** As the journalist wrote it (normalised when compiled). */
  text: string;
  /** BCP 47 language ('ru', 'en'), or 'und' for a designation written the same everywhere. */
  lang: string;
  tier: UserTier;
}

export interface UserEntity {
  /** `user:<slug>`, fixed when the entity is created (renaming keeps it). */
  id: EntityId;
  name: string;
  kind: UserKind;
  description: string;
  aliases: UserAlias[];
}

/** What the journalist changed of one built-in entity. */
export interface BuiltInChanges {
  added: UserAlias[];
  /** Built-in aliases switched off, by `builtInAliasKey` (see catalogue.ts). */
  off: string[];
}

export interface Watchlist {
  entities: UserEntity[];
  builtIn: Record<EntityId, BuiltInChanges>;
}

export const EMPTY_WATCHLIST: Readonly<Watchlist> = Object.freeze({ entities: [], builtIn: {} });

export const USER_ID_PREFIX = 'user:';
export const MAX_NAME_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 300;
export const MAX_ALIAS_LENGTH = 120;
export const MAX_ALIASES = 200;
export const MAX_ENTITIES = 2000;

const LANG_TAG = /^(?:und|[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isLanguageTag(value: string): boolean {
  return LANG_TAG.test(value);
}

/** `user:` and a lower-case slug of the name ("Olzhas Bektenov" → "user:olzhas-bektenov"). */
export function userEntityId(name: string, taken: ReadonlySet<EntityId> = new Set()): EntityId {
  const slug = name.normalize('NFKC').toLowerCase().trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'entity';
  let id = `${USER_ID_PREFIX}${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${USER_ID_PREFIX}${slug}-${n}`;
  return id;
}

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' ? value.trim().slice(0, max) : null;
}

export function sanitizeAlias(value: unknown): UserAlias | null {
  if (!isRecord(value)) return null;
  const aliasText = text(value.text, MAX_ALIAS_LENGTH);
  const lang = typeof value.lang === 'string' && isLanguageTag(value.lang) ? value.lang : null;
  const tier = (USER_TIERS as readonly unknown[]).includes(value.tier) ? (value.tier as UserTier) : null;
  if (!aliasText || !lang || !tier) return null;
  return { text: aliasText, lang, tier };
}

function sanitizeAliases(value: unknown): UserAlias[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: UserAlias[] = [];
  for (const raw of value.slice(0, MAX_ALIASES)) {
    const alias = sanitizeAlias(raw);
    const key = alias && `${alias.lang}\u0001${alias.tier}\u0001${alias.text}`;
    if (alias && key && !seen.has(key)) {
      seen.add(key);
      out.push(alias);
    }
  }
  return out;
}

export function sanitizeEntity(value: unknown): UserEntity | null {
  if (!isRecord(value)) return null;
  const name = text(value.name, MAX_NAME_LENGTH);
  const id = typeof value.id === 'string' && value.id.startsWith(USER_ID_PREFIX) && value.id.length > USER_ID_PREFIX.length ? value.id : null;
  if (!name || !id) return null;
  return {
    id,
    name,
    kind: (USER_KINDS as readonly unknown[]).includes(value.kind) ? (value.kind as UserKind) : 'other',
    description: text(value.description, MAX_DESCRIPTION_LENGTH) ?? '',
    aliases: sanitizeAliases(value.aliases),
  };
}

/** A valid watchlist from anything: malformed entries dropped, duplicates (same id) kept once. */
export function sanitizeWatchlist(value: unknown): Watchlist {
  const raw = isRecord(value) ? value : {};
  const entities: UserEntity[] = [];
  const ids = new Set<EntityId>();
  for (const item of Array.isArray(raw.entities) ? raw.entities.slice(0, MAX_ENTITIES) : []) {
    const entity = sanitizeEntity(item);
    if (entity && !ids.has(entity.id)) {
      ids.add(entity.id);
      entities.push(entity);
    }
  }
  const builtIn: Record<EntityId, BuiltInChanges> = {};
  if (isRecord(raw.builtIn)) {
    for (const [id, changes] of Object.entries(raw.builtIn)) {
      if (id.startsWith(USER_ID_PREFIX) || !isRecord(changes)) continue;
      const added = sanitizeAliases(changes.added);
      const off = Array.isArray(changes.off) ? [...new Set(changes.off.filter((k): k is string => typeof k === 'string' && k.length > 0))] : [];
      if (added.length > 0 || off.length > 0) builtIn[id] = { added, off };
    }
  }
  return { entities, builtIn };
}

/** Whether the watchlist changes nothing (the matcher is then the build's own). */
export function isEmptyWatchlist(watchlist: Watchlist): boolean {
  return watchlist.entities.length === 0 && Object.keys(watchlist.builtIn).length === 0;
}
