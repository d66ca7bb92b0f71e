/**
 * Merges the names CLDR gives each country in every locale (generated/cldr-names.ts, written at
 * build time by `npm run gen:cldr`) into the hand catalogue, one name group per language. The
 * groups are `inflect`: where the word-form model knows the language, the names' case forms,
 * clitics and mutations come with them.
 */
import type { AliasGroup, EntityId, EntityRecord } from '../types';
import { cldrNames } from './generated/cldr-names';

/**
 * ISO 3166 code → catalogue entity id: the countries whose CLDR names are merged. Only the
 * watched country: the related ones (RU, UA, BY, IL, ZA) would add about 27 KB gzipped to the
 * tables every page loads (149 KB instead of 122 KB, measured), against a 150 KB budget; their
 * hand names cover the languages of the corpus.
 */
export const CLDR_TERRITORIES: Readonly<Record<string, EntityId>> = { KZ: 'kazakhstan' };

/**
 * The entity with CLDR's names it lacked, each language's names `inflect`; other entities
 * unchanged. No typing slips (`typos: false`, compile/stems.ts slipKeys): slips of the names of
 * two hundred languages, many of them spelt alike, would add about 6 KB gzipped to the tables.
 */
export function withCldrNames(entity: EntityRecord): EntityRecord {
  const territory = Object.keys(CLDR_TERRITORIES).find((code) => CLDR_TERRITORIES[code] === entity.id);
  const byLang = territory === undefined ? undefined : cldrNames[territory];
  if (byLang === undefined) return entity;
  const groups: AliasGroup[] = Object.entries(byLang).map(([lang, forms]) => ({ lang, tier: 'name', forms, inflect: true, typos: false }));
  return { ...entity, aliases: [...entity.aliases, ...groups] };
}
