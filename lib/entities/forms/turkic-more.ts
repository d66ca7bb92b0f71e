/**
 * Case endings of the other Turkic languages, by the same two rules as turkic.ts (harmony with
 * the last vowel, assimilation to the last sound): Kyrgyz four-way harmony (Казакстандын),
 * Uzbek without harmony (Qozogʻistonda), Turkmen (Gazagystanyň), Tatar, Bashkir, Uyghur,
 * Sakha and Chuvash. Where a rule is not certain for loanwords, every candidate ending is
 * produced: a form nobody writes is never found, a missing one loses mentions.
 */
import { lastSound, type VowelSystem } from './harmony';
import type { WordForm } from './types';

type Endings = readonly (readonly [string, string])[];
const on = (word: string, endings: Endings): WordForm[] => endings.map(([e, l]) => [word + e, l] as const);

const KY_VOWELS: VowelSystem = { back: 'аыоуя', front: 'еиөүэ', rounded: 'оуөүю', neutral: 'ю' };

/**
 * Kyrgyz: а/е/о/ө and ы/и/у/ү after the last vowel; н/д/т after the last sound. The low vowel
 * rounds to о only after о (Ошко, but Токтогулга, уюмга), to ө after ө and ү (үйгө).
 */
export function kyrgyzForms(word: string): WordForm[] {
  const s = lastSound(word, KY_VOWELS);
  const A = s.back ? (s.vowel === 'о' ? 'о' : 'а') : s.rounded ? 'ө' : 'е';
  const Y = s.back ? (s.rounded ? 'у' : 'ы') : s.rounded ? 'ү' : 'и';
  const voiceless = 'кпстфхцчшщ'.includes(s.last);
  const D = voiceless ? 'т' : 'д';
  const G = voiceless ? 'к' : 'г';
  return on(word, [
    [`${s.vowelFinal ? 'н' : D}${Y}н`, 'genitive'], [`${G}${A}`, 'dative'], [`${s.vowelFinal ? 'н' : D}${Y}`, 'accusative'],
    [`${D}${A}`, 'locative'], [`${D}${A}н`, 'ablative'], [`${D}${A}${G}${Y}`, 'locative adjective'], [`${D}${Y}к`, 'adjective'],
    [`${s.vowelFinal ? 'л' : D}${A}р`, 'plural'],
  ]);
}

/** Uzbek (Latin and Cyrillic): no harmony; -ka/-qa after k/q. */
export function uzbekForms(word: string): WordForm[] {
  const cyrillic = /\p{Script=Cyrillic}/u.test(word);
  const last = word.slice(-1).toLowerCase();
  if (cyrillic) {
    const dative = last === 'к' ? 'ка' : last === 'қ' ? 'қа' : 'га';
    return on(word, [['нинг', 'genitive'], [dative, 'dative'], ['ни', 'accusative'], ['да', 'locative'], ['дан', 'ablative'], ['даги', 'locative adjective'], ['лик', 'demonym'], ['ликлар', 'demonym, plural'], ['лар', 'plural']]);
  }
  const dative = last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga';
  return on(word, [['ning', 'genitive'], [dative, 'dative'], ['ni', 'accusative'], ['da', 'locative'], ['dan', 'ablative'], ['dagi', 'locative adjective'], ['lik', 'demonym'], ['liklar', 'demonym, plural'], ['lar', 'plural']]);
}

const TK_VOWELS: VowelSystem = { back: 'aouy', front: 'eäöüi', rounded: 'ouöü' };

/** Turkmen: Gazagystan → Gazagystanyň, Gazagystana, Gazagystany, Gazagystanda, Gazagystandan. */
export function turkmenForms(word: string): WordForm[] {
  const s = lastSound(word, TK_VOWELS);
  const A = s.back ? 'a' : 'e';
  const Y = s.back ? 'y' : 'i';
  const D = 'pçtksşf'.includes(s.last) ? 't' : 'd';
  return on(word, [
    [s.vowelFinal ? `n${Y}ň` : `${Y}ň`, 'genitive'], [A, 'dative'], [s.vowelFinal ? `n${Y}` : Y, 'accusative'],
    [`${D}${A}`, 'locative'], [`${D}${A}n`, 'ablative'], [`${D}${A}ky`, 'locative adjective'], [`l${Y}`, 'demonym'], [`l${A}r`, 'plural'],
  ]);
}

const TT_VOWELS: VowelSystem = { back: 'аоуыя', front: 'әөүеиэю', rounded: 'оөуү' };

/** Tatar and Bashkir share the shape: back or front, voiced or voiceless; Bashkir adds ҙ and ҡ. */
function volgaForms(word: string, bashkir: boolean): WordForm[] {
  const s = lastSound(word, TT_VOWELS);
  const back = s.back;
  const voiceless = 'кқҡпстфхцчшщ'.includes(s.last);
  const nasal = 'мнң'.includes(s.last);
  const A = back ? 'а' : 'ә';
  const Y = back ? 'ы' : 'е';
  // Bashkir writes back-vowel velars ҡ and ғ; Tatar к and г.
  const G = voiceless ? (back && bashkir ? 'ҡ' : 'к') : back && bashkir ? 'ғ' : 'г';
  const genitive = bashkir ? [`н${Y}ң`, `д${Y}ң`, `т${Y}ң`, `ҙ${Y}ң`] : [`н${Y}ң`];
  const accusative = bashkir ? [`н${Y}`, `д${Y}`, `т${Y}`, `ҙ${Y}`] : [`н${Y}`];
  const locative = voiceless ? `т${A}` : bashkir && !nasal ? `ҙ${A}` : `д${A}`;
  const ablative = voiceless ? `т${A}н` : nasal ? `н${A}н` : `д${A}н`;
  const out: (readonly [string, string])[] = [
    ...genitive.map((e) => [e, 'genitive'] as const), [`${G}${A}`, 'dative'], ...accusative.map((e) => [e, 'accusative'] as const),
    [locative, 'locative'], [`д${A}`, 'locative'], [ablative, 'ablative'], [`д${A}н`, 'ablative'], [`${locative}г${Y}`, 'locative adjective'],
  ];
  return on(word, out);
}

export const tatarForms = (word: string): WordForm[] => volgaForms(word, false);
export const bashkirForms = (word: string): WordForm[] => volgaForms(word, true);

/** Uyghur (Arabic script): ending letters after harmony, both sets (vowels are written but loans vary). */
export function uyghurForms(word: string): WordForm[] {
  return on(word, [
    ['نىڭ', 'genitive'], ['غا', 'dative'], ['قا', 'dative'], ['گە', 'dative'], ['كە', 'dative'], ['نى', 'accusative'],
    ['دا', 'locative'], ['تا', 'locative'], ['دە', 'locative'], ['دىن', 'ablative'], ['تىن', 'ablative'], ['دىكى', 'locative adjective'],
    ['لىق', 'adjective'], ['لىك', 'adjective'],
  ]);
}

/** Sakha (Yakut): Казахстан → Казахстаҥҥа, Казахстантан, Казахстаны (the nasal assimilates). */
export function sakhaForms(word: string): WordForm[] {
  const s = lastSound(word, { back: 'аоуы', front: 'еиөү', rounded: 'оуөү' });
  const A = s.back ? 'а' : 'э';
  const Y = s.back ? 'ы' : 'и';
  const stemNasal = word.endsWith('н') ? `${word.slice(0, -1)}ҥ` : word;
  return [
    [`${stemNasal}ҥ${A}`, 'dative'], [`${word}г${A}`, 'dative'], [`${word}${Y}`, 'accusative'], [`${word}т${A}н`, 'ablative'],
    [`${word}н${A}н`, 'ablative'], [`${word}н${A}н`, 'instrumental'], [`${word}т${A}ҕ${Y}`, 'locative adjective'], [`${word}ныы`, 'comitative'],
  ];
}

/** Chuvash: Казахстан → Казахстанӑн, Казахстана, Казахстанра, Казахстанран, Казахстанпа. */
export function chuvashForms(word: string): WordForm[] {
  const s = lastSound(word, { back: 'аоуыӑя', front: 'еиӗӳэю', rounded: '' });
  const A = s.back ? 'а' : 'е';
  const Y = s.back ? 'ӑ' : 'ӗ';
  const R = 'лнр'.includes(s.last) ? 'р' : 'т';
  return on(word, [
    [`${Y}н`, 'genitive'], [`н${Y}н`, 'genitive'], [A, 'dative or accusative'], [`${R}${A}`, 'locative'], [`${R}${A}н`, 'ablative'],
    [`п${A}`, 'instrumental'], [`${R}${A}ххи`, 'locative adjective'],
  ]);
}
