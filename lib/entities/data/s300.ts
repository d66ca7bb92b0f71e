/**
 * The S-300 family of surface-to-air missile systems: the designation in Latin, Cyrillic,
 * Arabic, Devanagari, Bengali and Armenian letters with its variant suffixes (PMU-2, V4, ПМУ-1),
 * NATO reporting names, and the export names. Loose spellings ("S 300", "S300", bare "SA-20")
 * are weak: they need air-defence context, and product numbers (Mercedes S 300) are vetoed.
 */
import type { EntityRecord, SuffixSet } from '../types';
import { brandBefore, militaryContext, productNumber } from './rules';

const LATIN_VARIANTS = ['P', 'PT', 'PS', 'PM', 'PMU', 'V', 'VM', 'W', 'WM', 'F', 'FM'];
const CYRILLIC_VARIANTS = ['П', 'ПТ', 'ПС', 'ПМ', 'ПМУ', 'В', 'ВМ', 'Ф', 'ФМ'];
const INDICES = ['', '1', '2', '3', '4', '-1', '-2', '-3', '-4'];
const JOINERS = ['', '-', ' '];

/** Variant endings: every letter code × index × how it is joined to the number. */
function variantEndings(letters: readonly string[]): SuffixSet['endings'] {
  const endings: [string, string][] = [];
  for (const letters1 of letters) {
    for (const index of INDICES) {
      for (const joiner of JOINERS) endings.push([`${joiner}${letters1}${index}`, `variant ${letters1}${index.replace('-', '')}`]);
    }
  }
  return endings;
}

/** Suffix sets of the designation; exported into the catalogue's suffix sets. */
export const s300Suffixes: Readonly<Record<string, SuffixSet>> = {
  's300-latin': { lang: 'und', endings: [['', 'designation'], ['s', 'plural'], ...variantEndings(LATIN_VARIANTS)] },
  's300-latin-variants': { lang: 'und', endings: variantEndings(LATIN_VARIANTS) },
  's300-cyrillic': { lang: 'und', endings: [['', 'designation'], ...variantEndings(CYRILLIC_VARIANTS)] },
  's300-cyrillic-variants': { lang: 'und', endings: variantEndings(CYRILLIC_VARIANTS) },
  // Hurried lower-case copy writes the variant letters in lower case too (с-300в, с-300пму).
  's300-cyrillic-lower': { lang: 'und', endings: [['', 'designation'], ...variantEndings(CYRILLIC_VARIANTS.map((v) => v.toLowerCase()))] },
  's300-plain': { lang: 'und', endings: [['', 'designation'], ['s', 'plural']] },
  's300-arabic': { lang: 'ar', endings: [['', 'designation'], ['في', 'variant V']] },
};

const NATO_NAMES = '{Grumble,Gargoyle,Gladiator,Giant}';

export const s300: EntityRecord = {
  id: 's300',
  kind: 'weapon-system',
  highlight: true,
  description: 'Soviet and Russian long-range surface-to-air missile system (NATO: SA-10 Grumble, SA-12, SA-20 Gargoyle), in service since 1978.',
  displayNames: { en: 'S-300', ru: 'С-300', hi: 'एस-300', tl: 'S-300', ar: 'اس-300', zh: 'S-300', de: 'S-300', fr: 'S-300' },
  aliases: [
    // S or Cyrillic С joined to 300 by a dash, with the variant codes; written with a space or
    // nothing, the variant code is what makes it specific (S300PMU2, С 300ПМУ).
    { lang: 'und', tier: 'name', forms: ['S-300'], suffixes: 's300-latin', caseSensitive: true, vetoes: brandBefore },
    { lang: 'und', tier: 'name', forms: ['С-300'], suffixes: 's300-cyrillic', caseSensitive: true, vetoes: brandBefore },
    // Lower case in hurried Cyrillic copy (с-300): with the hyphen only, as «с 300» is "from 300".
    { lang: 'und', tier: 'name', forms: ['с-300'], suffixes: 's300-cyrillic-lower', caseSensitive: true, vetoes: brandBefore },
    { lang: 'und', tier: 'name', forms: ['S{ ,}300'], suffixes: 's300-latin-variants', caseSensitive: true, vetoes: brandBefore },
    { lang: 'und', tier: 'name', forms: ['С{ ,}300'], suffixes: 's300-cyrillic-variants', caseSensitive: true, vetoes: brandBefore },
    // Lookalikes: Cyrillic Ѕ for S, and the katakana ー mistyped for the dash in Japanese.
    { lang: 'und', tier: 'name', forms: ['Ѕ-300', 'Sー300', 'Сー300'], suffixes: 's300-plain', caseSensitive: true, vetoes: brandBefore },
    // "S 300" and "S300" are also cars, cameras, laptops and bills.
    {
      lang: 'und',
      tier: 'weak',
      forms: ['{S,С}{ ,}300'],
      suffixes: 's300-plain',
      caseSensitive: true,
      vetoes: productNumber,
      needs: militaryContext,
    },
    // Latin C for Cyrillic С: on pages in languages written in Cyrillic (Mercedes C 300, Canon C300).
    {
      lang: 'ru',
      tier: 'weak',
      forms: ['C{-, ,}300'],
      suffixes: 's300-cyrillic',
      caseSensitive: true,
      pageLangs: { langs: ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky'], unknown: 'deny' },
      vetoes: productNumber,
      needs: militaryContext,
    },
    // Elsewhere with the dash only, as machine translation from Russian leaves it (C-300 in German or Chinese copy).
    { lang: 'und', tier: 'weak', forms: ['C-300'], suffixes: 's300-plain', caseSensitive: true, vetoes: productNumber, needs: militaryContext },
    { lang: 'ar', tier: 'name', forms: ['{اس,ايس}{-,- , - , -}300'], suffixes: 's300-arabic', caseSensitive: true, proclitics: 'ar' },
    { lang: 'ar', tier: 'weak', forms: ['{اس,ايس}{ ,}300'], suffixes: 's300-arabic', caseSensitive: true, proclitics: 'ar', needs: militaryContext },
    // Serbian and Croatian Latin spell the letter out: Es-300 (as Es-200 for the S-200).
    { lang: 'sr', tier: 'name', forms: ['Es-300'], suffixes: 's300-plain', caseSensitive: true, vetoes: brandBefore },
    // Hungarian writes the Cyrillic С as Sz (SZ-300-as, SZ-300-at: endings after a hyphen).
    { lang: 'hu', tier: 'name', forms: ['S{Z,z}-300'], caseSensitive: true, pageLangs: { langs: ['hu'], unknown: 'allow' }, vetoes: brandBefore },
    // Hindi copy sometimes leaves a space after the dash (एस- 300).
    { lang: 'hi', tier: 'name', forms: ['एस{-,- }300'], caseSensitive: true },
    { lang: 'hi', tier: 'weak', forms: ['एस 300'], caseSensitive: true, needs: militaryContext },
    { lang: 'bn', tier: 'name', forms: ['এস-300'], caseSensitive: true },
    { lang: 'ml', tier: 'name', forms: ['എസ്{-, }300'] },
    // With the variant codes in Armenian letters too (Ս-300ՊՄՈւ2).
    { lang: 'hy', tier: 'name', forms: ['Ս-300{,ՊՄՈւ,ՊՄՈւ1,ՊՄՈւ2,ՊՍ,ՊՏ,Վ,Վ4,ՎՄ}'], caseSensitive: true },
    { lang: 'ka', tier: 'name', forms: ['ს-300'], caseSensitive: true },
    { lang: 'he', tier: 'name', forms: ['אס-300'], caseSensitive: true, proclitics: 'he' },
    // NATO reporting names: with the code word they are unambiguous, the bare code needs context.
    // Inflected in copy too: the SA-20 Gargoyles, the SA-10 Grumble's radar (Turkish Grumble'ın ends at the apostrophe).
    { lang: 'en', tier: 'name', forms: [`SA-{10,12,20,23} {,"}${NATO_NAMES}{,s,'s}`, "SA-N-6 {,\"}Grumble{,s,'s}", "SA-N-20 {,\"}Gargoyle{,s,'s}"], caseSensitive: true },
    {
      lang: 'en',
      tier: 'weak',
      form: 'reporting name',
      // Copy writes the code with a hyphen, a space or nothing between (SA-10, SA 10, SA10).
      forms: ['SA{-, ,}{10,12,20,23}{,A,B,C,D,a,b,c,d}', 'SA-N-{6,20}'],
      caseSensitive: true,
      vetoes: [{ cues: ['cricket'], where: 'before', gap: 40 }, { cues: ['cricket'], where: 'after', gap: 40 }],
      needs: militaryContext,
    },
    // Export and project names: Antey-2500 is the S-300VM; Favorit (PMU-2) is an ordinary word too.
    { lang: 'en', tier: 'name', forms: ['Antey-2500', 'Antej-2500'] },
    { lang: 'ru', tier: 'name', forms: ['Антей-2500', 'Антей-300'] },
    { lang: 'en', tier: 'weak', forms: ['Favorit'], caseSensitive: true },
    { lang: 'ru', tier: 'weak', forms: ['Фаворит'], caseSensitive: true },
    // The S-300V's NATO names in Cyrillic copy («Гладиатор», в «Гладиаторе»): ordinary words, so only in air-defence context.
    { lang: 'ru', tier: 'weak', form: 'reporting name', forms: ['Гладиатор'], suffixes: 'ru-noun-m', needs: militaryContext },
  ],
};
