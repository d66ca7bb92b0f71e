/**
 * What is wrong with an alias, before it reaches the matcher: empty or one letter, invisible
 * characters, an unknown language, already an alias of another entity (or twice in this one).
 * Whether it is a common word needs the library's passages: the background counts that
 * (common.ts); this module is pure and the UI words each issue through i18n.
 */
import { expandGroup } from '@/lib/entities/compile/expand';
import type { Catalogue, EntityId } from '@/lib/entities/types';
import { foldForMatch } from '@/lib/text/normalise';
import { aliasGroup } from './catalogue';
import { isLanguageTag, type UserAlias } from './schema';

export type AliasIssue =
  | { code: 'empty' }
  | { code: 'tooShort' }
  | { code: 'invisible'; char: string }
  | { code: 'language'; lang: string }
  | { code: 'taken'; entity: EntityId }
  | { code: 'repeated' };

/** Characters nobody sees: soft hyphen, zero-width ones, joiners, byte-order mark, bidi controls, fillers. */
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180e, 0x180e],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x2069], [0x3164, 0x3164], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
];

/** The first invisible character of a text as "U+200B", or null. */
export function invisibleCharacter(text: string): string | null {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (INVISIBLE.some(([from, to]) => code >= from && code <= to)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}

/** Every form the catalogue matches (typing slips left out), folded, with the entities it names. */
export type FormIndex = ReadonlyMap<string, readonly EntityId[]>;

export function buildFormIndex(catalogue: Catalogue): FormIndex {
  const index = new Map<string, EntityId[]>();
  for (const entity of catalogue.entities) {
    for (const group of entity.aliases) {
      for (const form of expandGroup({ ...group, typos: false }, catalogue.suffixSets)) {
        const key = foldForMatch(form.text.replace('~', ''));
        if (key === '') continue;
        const owners = index.get(key);
        if (!owners) index.set(key, [entity.id]);
        else if (!owners.includes(entity.id)) owners.push(entity.id);
      }
    }
  }
  return index;
}

/** The alias's own key in a form index (its bare form, folded). */
export function aliasKey(alias: UserAlias): string {
  return foldForMatch(aliasGroup(alias).forms[0] ?? '');
}

/**
 * Issues of one alias of entity `owner`. `forms` indexes the catalogue's forms (the owner's own
 * do not count); `siblings` are the other aliases of the same entity.
 */
export function aliasIssues(alias: UserAlias, owner: EntityId, forms: FormIndex, siblings: readonly UserAlias[] = []): AliasIssue[] {
  const text = alias.text.trim();
  if (text === '' && invisibleCharacter(alias.text) === null) return [{ code: 'empty' }];
  const issues: AliasIssue[] = [];
  const char = invisibleCharacter(alias.text);
  if (char) issues.push({ code: 'invisible', char });
  const key = aliasKey(alias);
  if (Array.from(key.replace(/[\s\p{P}]/gu, '')).length < 2) issues.push({ code: 'tooShort' });
  if (!isLanguageTag(alias.lang)) issues.push({ code: 'language', lang: alias.lang });
  const taken = forms.get(key)?.find((id) => id !== owner);
  if (taken !== undefined) issues.push({ code: 'taken', entity: taken });
  if (siblings.some((s) => aliasKey(s) === key)) issues.push({ code: 'repeated' });
  return issues;
}

/** Every form an alias will match, with its grammatical label, through the compiler's own expansion. */
export function previewForms(alias: UserAlias, catalogue: Pick<Catalogue, 'suffixSets'>): Array<{ text: string; label?: string }> {
  if (alias.text.trim() === '') return [];
  return expandGroup(aliasGroup(alias), catalogue.suffixSets);
}
