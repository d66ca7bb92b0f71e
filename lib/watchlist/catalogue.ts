/**
 * The watchlist applied to the bundled catalogue: the catalogue the matcher, cards and search
 * use once the journalist has added entities or changed built-in ones. A pure function: the
 * background, the library page (previews, conflicts) and tests all call it.
 */
import { normaliseForMatch } from '@/lib/text/normalise';
import type { AliasGroup, Catalogue, EntityRecord, Tier } from '@/lib/entities/types';
import type { UserAlias, UserEntity, Watchlist } from './schema';

/** Identifies one written form of a built-in alias group, to switch it off. */
export function builtInAliasKey(group: Pick<AliasGroup, 'lang' | 'tier'>, written: string): string {
  return `${group.lang}\u0001${group.tier}\u0001${written}`;
}

/**
 * A user alias as a catalogue alias group: the form normalised as the catalogue writes its own
 * (compile/expand treat braces and `~` as notation, so those are dropped from user text), an
 * abbreviation case-sensitive.
 */
export function aliasGroup(alias: UserAlias): AliasGroup {
  const form = normaliseForMatch(alias.text.replace(/[{}~,]/g, ' ').replace(/\s+/g, ' ').trim());
  const tier: Tier = alias.tier;
  return { lang: alias.lang, tier, forms: [form], ...(tier === 'abbreviation' ? { caseSensitive: true } : {}) };
}

export function userEntityRecord(entity: UserEntity): EntityRecord {
  return {
    id: entity.id,
    kind: entity.kind,
    highlight: true,
    description: entity.description,
    displayNames: { en: entity.name },
    aliases: entity.aliases.map(aliasGroup).filter((g) => (g.forms[0] ?? '') !== ''),
  };
}

function withChanges(record: EntityRecord, watchlist: Watchlist): EntityRecord {
  const changes = watchlist.builtIn[record.id];
  if (!changes) return record;
  const off = new Set(changes.off);
  const kept = record.aliases
    .map((group) => ({ ...group, forms: group.forms.filter((written) => !off.has(builtInAliasKey(group, written))) }))
    .filter((group) => group.forms.length > 0);
  return { ...record, aliases: [...kept, ...changes.added.map(aliasGroup)] };
}

/** The bundled catalogue with the watchlist's entities appended and its changes applied. */
export function applyWatchlist(bundled: Catalogue, watchlist: Watchlist): Catalogue {
  return {
    entities: [...bundled.entities.map((e) => withChanges(e, watchlist)), ...watchlist.entities.map(userEntityRecord)],
    suffixSets: bundled.suffixSets,
    cues: bundled.cues,
  };
}
