/**
 * Entity display names, from one place: a catalogue record's name in a UI language, else its
 * English name, else its id. Cards, search, the popup, the options page, the library and the
 * command line all name entities through here; pages that do not load the catalogue (the
 * content script, the popup) get the `entityNames` table made here, stored with the matcher.
 * Types only besides: the content script imports this without the catalogue.
 */
import type { Catalogue, EntityId, EntityRecord } from './types';

export type NameOf = (entity: EntityId) => string;

/** A record's display name in `uiLang` ("pt-BR" falls back to "pt"), else English, else its id. */
export function displayNameOf(record: Pick<EntityRecord, 'id' | 'displayNames'>, uiLang = 'en'): string {
  const primary = uiLang.split('-')[0] ?? uiLang;
  return record.displayNames[uiLang] ?? record.displayNames[primary] ?? record.displayNames.en ?? record.id;
}

/** Entity id → English display name, for every entity of a catalogue. */
export function entityNames(catalogue: Catalogue): Record<EntityId, string> {
  return Object.fromEntries(catalogue.entities.map((e) => [e.id, displayNameOf(e)]));
}

/** Names from such a table; an entity it does not know is named by its id. */
export function nameLookup(names: Readonly<Record<EntityId, string>>): NameOf {
  return (entity) => names[entity] ?? entity;
}
