/**
 * Latin transliterations of Russian, Ukrainian and Belarusian names, as the Latin-script press
 * writes them: a name known in Cyrillic is also found as "Organizatsiya Dogovora o Kollektivnoy
 * Bezopasnosti" (BGN/PCGN, the English-language press), "Organizacija Dogovora o Kollektivnoj
 * Bezopasnosti" (the scholarly system of Slavic studies), "Organizaciâ Dogovora o Kollektivnoj
 * Bezopasnosti" (ISO 9:1995) or "Organizatsiya Dogovora o Kollektivnoi Bezopasnosti" (the press
 * without BGN's rules for е and й); Russian names also as Hungarian, German and French copy spell
 * them ("Organyizacija Dogovora o kollektyivnoj bezopasznosztyi", "Organisazija Dogowora o
 * kollektiwnoi Besopasnosti", "Organizatsia Dogovora o Kollektivnoï Bezopasnosti").
 *
 * The tables are the published standards' letter correspondences (BGN/PCGN 1947 for Russian and
 * 1979 for Belarusian; Ukraine's national system of 2010, adopted by BGN/PCGN in 2019; ISO 9:1995;
 * the scholarly system of Slavic studies), reduced to what a name needs: the soft and hard signs
 * are dropped, as the press drops them, and the only context rules are BGN's initial ye and the
 * Ukrainian initial ya, yu, ye, yi, y.
 */

import { primarySubtag } from '../language-tag';

type Table = Readonly<Record<string, string>>;

const COMMON: Table = {
  а: 'a', б: 'b', в: 'v', д: 'd', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', ъ: '', ь: '', "'": '',
};

const BGN_RU: Table = { ...COMMON, г: 'g', е: 'e', ё: 'ë', ж: 'zh', и: 'i', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya' };
/** Ukrainian national system (2010), which BGN/PCGN adopted in 2019: ya, yu, ye, yi, y only at the start of a word. */
const NATIONAL_UK: Table = { ...COMMON, г: 'h', ґ: 'g', е: 'e', є: 'ie', ж: 'zh', и: 'y', і: 'i', ї: 'i', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'iu', я: 'ia' };
const NATIONAL_UK_INITIAL: Table = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const BGN_BE: Table = { ...COMMON, г: 'h', е: 'e', ё: 'yo', ж: 'zh', і: 'i', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ў: 'w', ы: 'y', э: 'e', ю: 'yu', я: 'ya' };
const SCHOLARLY: Table = { ...COMMON, г: 'g', е: 'e', ё: 'ë', ж: 'ž', и: 'i', й: 'j', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ы: 'y', э: 'è', ю: 'ju', я: 'ja', ў: 'ŭ' };
const SCHOLARLY_UK: Table = { ...SCHOLARLY, г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'ji', є: 'je' };
const ISO9: Table = { ...COMMON, г: 'g', е: 'e', ё: 'ë', ж: 'ž', и: 'i', й: 'j', х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'ŝ', ы: 'y', э: 'è', ю: 'û', я: 'â', і: 'ì', ї: 'ï', є: 'ê', ґ: 'g̀', ў: 'ǔ' };
/** The press: BGN/PCGN with ё as e and a final й after a vowel as i (Kollektivnoi). */
const PRESS_RU: Table = { ...BGN_RU, ё: 'e' };
/**
 * Hungarian (the Academy's rules, AkH. 217): sz for с, zs for ж, cs for ч, s for ш, and д, т, н
 * softened to gy, ty, ny before a soft vowel or sign (Organyizacija, bezopasznosztyi, Medvegyev).
 */
const HUNGARIAN: Table = { ...COMMON, г: 'g', е: 'e', ё: 'jo', ж: 'zs', и: 'i', й: 'j', с: 'sz', х: 'h', ц: 'c', ч: 'cs', ш: 's', щ: 'scs', ы: 'i', э: 'e', ю: 'ju', я: 'ja' };
const HUNGARIAN_SOFTENED: Table = { д: 'gy', т: 'ty', н: 'ny' };
/** A soft vowel after a softened consonant loses its j (Tyumeny: тю → tyu). */
const HUNGARIAN_AFTER_SOFTENED: Table = { е: 'e', ё: 'o', и: 'i', ь: '', ю: 'u', я: 'a' };
/** German (Duden): w for в, s for з, sch for ж and ш, tsch for ч, z for ц (Organisazija Dogowora). */
const GERMAN: Table = { ...COMMON, в: 'w', г: 'g', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'i', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ы: 'y', э: 'e', ю: 'ju', я: 'ja' };
/** French (the press): ou for у, ch for ш, j for ж, ts for ц, ï for й after a vowel (Kollektivnoï), ия as ia. */
const FRENCH: Table = { ...COMMON, г: 'g', е: 'e', ё: 'io', ж: 'j', и: 'i', й: 'ï', у: 'ou', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ы: 'y', э: 'e', ю: 'iou', я: 'ia' };

const VOWELS = 'аеёиоуыэюяіїє';

/** A system's context rules beyond its table. */
type Rules = 'ye-initial' | 'final-i' | 'initial-y' | 'hungarian' | 'german' | 'french' | 'none';

function convert(word: string, table: Table, rules: Rules): string | undefined {
  let out = '';
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charAt(i);
    const previous = i === 0 ? ' ' : lower.charAt(i - 1);
    const next = lower.charAt(i + 1);
    let latin = table[ch];
    if (latin === undefined) {
      if (/\p{Script=Cyrillic}/u.test(ch)) return undefined; // a letter the table does not have (Kazakh ң): not this language
      latin = ch;
    }
    // BGN/PCGN Russian and Belarusian: е is ye at the start of a word and after a vowel, й, ъ or ь.
    if (rules === 'ye-initial' && ch === 'е' && (i === 0 || VOWELS.includes(previous) || 'йъь'.includes(previous))) latin = 'ye';
    if (rules === 'final-i' && ch === 'й' && VOWELS.includes(previous) && i === lower.length - 1) latin = 'i';
    if (rules === 'initial-y' && i === 0) latin = NATIONAL_UK_INITIAL[ch] ?? latin;
    if (rules === 'hungarian' || rules === 'german') {
      // je, jo, ju, ja at the start of a word and after a vowel or sign; otherwise e for е.
      if (ch === 'е' && (i === 0 || VOWELS.includes(previous) || 'ъь'.includes(previous))) latin = 'je';
    }
    if (rules === 'hungarian') {
      if (HUNGARIAN_SOFTENED[ch] !== undefined && HUNGARIAN_AFTER_SOFTENED[next] !== undefined) latin = HUNGARIAN_SOFTENED[ch];
      else if (HUNGARIAN_SOFTENED[previous] !== undefined && HUNGARIAN_AFTER_SOFTENED[ch] !== undefined) latin = HUNGARIAN_AFTER_SOFTENED[ch];
      else if (ch === 'с' && next === 'с') latin = 's'; // a doubled sz is written ssz (Rosszija)
    }
    if (rules === 'french') {
      if (ch === 'й' && !VOWELS.includes(previous)) latin = 'i';
      if (ch === 'я' && previous === 'и') latin = 'a';
      if (ch === 'е' && VOWELS.includes(previous)) latin = 'ïe'; // Tokaïev
    }
    if (ch !== word.charAt(i) && latin !== '') latin = latin.charAt(0).toUpperCase() + latin.slice(1);
    out += latin;
  }
  return out;
}

const SYSTEMS: Readonly<Record<string, readonly (readonly [Table, Rules, string])[]>> = {
  ru: [
    [BGN_RU, 'ye-initial', 'BGN/PCGN'], [PRESS_RU, 'final-i', 'press transliteration'], [SCHOLARLY, 'none', 'scholarly transliteration'], [ISO9, 'none', 'ISO 9'],
    [HUNGARIAN, 'hungarian', 'Hungarian transliteration'], [GERMAN, 'german', 'German transliteration'], [FRENCH, 'french', 'French transliteration'],
  ],
  uk: [[NATIONAL_UK, 'initial-y', 'national transliteration'], [SCHOLARLY_UK, 'none', 'scholarly transliteration'], [ISO9, 'none', 'ISO 9']],
  be: [[BGN_BE, 'ye-initial', 'BGN/PCGN'], [SCHOLARLY, 'none', 'scholarly transliteration'], [ISO9, 'none', 'ISO 9']],
};

/** Whether names of this language are transliterated. */
export function transliterates(lang: string): boolean {
  return SYSTEMS[primarySubtag(lang)] !== undefined;
}

/** The Latin spellings of a Cyrillic name, each with its system's name; none for other text. */
export function transliterations(name: string, lang: string): (readonly [text: string, system: string])[] {
  const systems = SYSTEMS[primarySubtag(lang)];
  if (systems === undefined || !/\p{Script=Cyrillic}/u.test(name)) return [];
  const out = new Map<string, string>();
  for (const [table, rules, system] of systems) {
    const words = name.split(' ').map((w) => convert(w, table, rules));
    if (words.some((w) => w === undefined)) continue;
    const text = words.join(' ');
    if (!out.has(text)) out.set(text, system);
  }
  return [...out];
}
