/**
 * Reads every CLDR locale's name for the catalogue's countries (main, short and variant forms)
 * from the `cldr-localenames-full` package and renders the checked-in module
 * lib/entities/data/generated/cldr-names.ts (`npm run gen:cldr`; a unit test fails when it is
 * stale). Names are normalised as the catalogue requires; names the hand catalogue already has
 * for any entity are left out, so the hand catalogue keeps its tiers, vetoes and gates. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandGroup } from '../entities/compile/expand';
import { modelsLanguage } from '../entities/forms';
import { CLDR_TERRITORIES } from '../entities/data/cldr';
import type { Catalogue } from '../entities/types';
import { classOfString, DENSE } from '../text/char-class';
import { foldForMatch, normaliseForMatch } from '../text/normalise';

/** Where `npm run gen:cldr` writes the module. */
export const CLDR_MODULE_PATH = 'lib/entities/data/generated/cldr-names.ts';

/** Every locale's names of one territory: locale → its distinct names (raw CLDR text). */
export type LocaleNames = ReadonlyMap<string, readonly string[]>;

/** The package's main/ folder (resolved from the project's node_modules). */
export function cldrMainDir(root: string = process.cwd()): string {
  return join(root, 'node_modules', 'cldr-localenames-full', 'main');
}

export function cldrVersion(root: string = process.cwd()): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', 'cldr-localenames-full', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The names of `territory` in every locale that has one (main, -alt-short, -alt-variant). */
export function readLocaleNames(territory: string, dir: string = cldrMainDir()): LocaleNames {
  const out = new Map<string, string[]>();
  for (const locale of readdirSync(dir).sort()) {
    const file = join(dir, locale, 'territories.json');
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }> };
    const names = json.main[locale]?.localeDisplayNames.territories ?? {};
    const forms = [names[territory], names[`${territory}-alt-short`], names[`${territory}-alt-variant`]].filter((n): n is string => typeof n === 'string' && n.length > 0);
    if (forms.length > 0) out.set(locale, [...new Set(forms)]);
  }
  return out;
}

/**
 * Too short to be safe as a name on its own: under 4 characters for Kazakhstan, whose names are
 * all long, under 5 for the other countries (Risi, Rusi, Lasa are words elsewhere), and under 2
 * in scripts written without spaces.
 */
function tooShort(form: string, territory: string): boolean {
  const length = Array.from(form).length;
  return length < (classOfString(form) === DENSE ? 2 : territory === 'KZ' ? 4 : 5);
}

/** CLDR names that are also everyday words of a bigger language: left to the hand catalogue. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'russi', // Italian "Russians"
  'ruska', // Croatian and Serbian "Russian" (feminine adjective)
  'rasha', // a given name
  'ukrain', // a prefix of Ukraine's names in many languages, lower case in one locale
]);

/** Primary language → the new names of a territory in that language (sorted, normalised). */
export type NewNames = Record<string, string[]>;

/**
 * The names CLDR adds to the hand catalogue, by primary language: normalised, not too short,
 * and not already a form of the hand catalogue — unless only another language has it and the
 * word-form model knows this one (Tatar Казахстан is Russian's too, but only a Tatar group
 * gives Казахстанның).
 */
export function newNames(territory: string, byLocale: LocaleNames, hand: Catalogue): NewNames {
  const known = new Set<string>();
  const knownIn = new Map<string, Set<string>>();
  for (const entity of hand.entities) {
    for (const group of entity.aliases) {
      const lang = (group.lang.split('-')[0] ?? group.lang).toLowerCase();
      const inLang = knownIn.get(lang) ?? new Set<string>();
      knownIn.set(lang, inLang);
      for (const form of expandGroup(group, hand.suffixSets)) {
        known.add(foldForMatch(form.text));
        inLang.add(foldForMatch(form.text));
      }
    }
  }
  const isKnown = (form: string, lang: string): boolean => {
    const key = foldForMatch(form);
    return knownIn.get(lang)?.has(key) === true || (known.has(key) && !modelsLanguage(lang));
  };
  const out: Record<string, Set<string>> = {};
  for (const [locale, names] of byLocale) {
    const lang = (locale.split('-')[0] ?? locale).toLowerCase();
    for (const raw of names) {
      const form = normaliseForMatch(raw);
      // Catalogue notation ({a,b} and ~) cannot appear in a name.
      if (form === '' || tooShort(form, territory) || /[{}~]/.test(form) || COMMON_WORDS.has(foldForMatch(form)) || isKnown(form, lang)) continue;
      (out[lang] ??= new Set()).add(form);
    }
  }
  return Object.fromEntries(Object.keys(out).sort().map((lang) => [lang, [...(out[lang] ?? [])].sort()]));
}

/** The generated module's text. */
export function renderCldrModule(version: string, byTerritory: Readonly<Record<string, NewNames>>): string {
  const lines = [
    '/**',
    ` * GENERATED by \`npm run gen:cldr\` from cldr-localenames-full ${version} (Unicode License v3,`,
    ' * https://www.unicode.org/license.txt): every locale\'s name of each country the catalogue has,',
    ' * by primary language, normalised, without the names the hand catalogue already lists. Do not edit.',
    ' */',
    '',
    `export const CLDR_VERSION = '${version}';`,
    '',
    '/** ISO 3166 code → primary language → names. */',
    'export const cldrNames: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {',
  ];
  for (const [territory, byLang] of Object.entries(byTerritory)) {
    lines.push(`  ${territory}: {`);
    for (const [lang, names] of Object.entries(byLang)) lines.push(`    ${JSON.stringify(lang)}: ${JSON.stringify(names)},`);
    lines.push('  },');
  }
  lines.push('};', '');
  return lines.join('\n');
}

/** Everything: read CLDR, subtract the hand catalogue, render. */
export function generateCldrModule(hand: Catalogue, root: string = process.cwd()): string {
  const dir = cldrMainDir(root);
  const byTerritory: Record<string, NewNames> = {};
  for (const territory of Object.keys(CLDR_TERRITORIES)) byTerritory[territory] = newNames(territory, readLocaleNames(territory, dir), hand);
  return renderCldrModule(cldrVersion(root), byTerritory);
}
