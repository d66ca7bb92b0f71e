/**
 * Case endings of the Turkic languages, built from the word's last vowel (harmony) and last
 * sound (assimilation) rather than listed per name: Tokayev → Tokayev'in, Kazakistan →
 * Kazakistan'ın; Тоқаев → Тоқаевтың, Қазақстан → Қазақстанның.
 */
import { lastSound, turkishLower, type VowelSystem } from './harmony';
import type { WordForm } from './types';

const TR_VOWELS: VowelSystem = { back: 'aıouâû', front: 'eiöüî', rounded: 'oöuüû' };
const TR_VOICELESS = 'fstkçşhp';

/** Turkish: proper nouns take case after an apostrophe; informal text drops it, so both. */
export function turkishForms(word: string): WordForm[] {
  const s = lastSound(word, TR_VOWELS, turkishLower);
  const A = s.back ? 'a' : 'e';
  const I = s.back ? (s.rounded ? 'u' : 'ı') : s.rounded ? 'ü' : 'i';
  const D = TR_VOICELESS.includes(s.last) ? 't' : 'd';
  const v = s.vowelFinal;
  const endings: readonly (readonly [string, string])[] = [
    [v ? `n${I}n` : `${I}n`, 'genitive'],
    [v ? `y${A}` : A, 'dative'],
    [v ? `y${I}` : I, 'accusative'],
    [`${D}${A}`, 'locative'],
    [`${D}${A}n`, 'ablative'],
    [v ? `yl${A}` : `l${A}`, 'comitative'],
    [`${D}${A}ki`, 'locative adjective'],
    [`${D}${I}r`, 'predicative'],
    [`l${A}r`, 'plural'],
  ];
  return endings.flatMap(([ending, label]) => [[`${word}'${ending}`, label], [`${word}${ending}`, label]] as const);
}

const AZ_VOWELS: VowelSystem = { back: 'aıou', front: 'eəiöü', rounded: 'oöuü' };

/** Azerbaijani: endings attach directly (an apostrophe is sometimes written too). */
export function azerbaijaniForms(word: string): WordForm[] {
  const s = lastSound(word, AZ_VOWELS, turkishLower);
  const A = s.back ? 'a' : 'ə';
  const I = s.back ? (s.rounded ? 'u' : 'ı') : s.rounded ? 'ü' : 'i';
  const v = s.vowelFinal;
  const endings: readonly (readonly [string, string])[] = [
    [v ? `n${I}n` : `${I}n`, 'genitive'],
    [v ? `y${A}` : A, 'dative'],
    [v ? `n${I}` : I, 'accusative'],
    [`d${A}`, 'locative'],
    [`d${A}n`, 'ablative'],
    [v ? `yl${A}` : `l${A}`, 'instrumental'],
    [`d${A}k${s.back ? 'ı' : 'i'}`, 'locative adjective'],
    [`l${I}`, 'demonym'],
  ];
  return endings.flatMap(([ending, label]) => [[`${word}${ending}`, label], [`${word}'${ending}`, label]] as const);
}

const KK_VOWELS: VowelSystem = { back: 'аоұыяу', front: 'әөүіеиэю', rounded: 'оөұү' };
/** Voiceless finals (Kazakh treats a loanword's final в as voiceless: Тоқаевқа, Тоқаевтың). */
const KK_VOICELESS = 'кқпстфхцчшщв';
const KK_NASAL = 'мнң';
const KK_SONORANT = 'рйулзж';

/**
 * Kazakh (Cyrillic): the first consonant of each ending follows the word's last sound. A
 * Russian loan whose last vowel is е or и after back vowels (Тоқаев, Назарбаев) is written with
 * back endings as often as front ones (Тоқаевтың, Тоқаевке): both are produced.
 */
export function kazakhForms(word: string): WordForm[] {
  const s = lastSound(word, KK_VOWELS);
  const lower = word.toLowerCase();
  const lastVowel = Array.from(lower).filter((c) => KK_VOWELS.back.includes(c) || KK_VOWELS.front.includes(c));
  const loanMixed = !s.back && 'еи'.includes(lastVowel[lastVowel.length - 1] ?? '') && lastVowel.slice(0, -1).some((c) => KK_VOWELS.back.includes(c));
  const out = kazakhEndings(word, s.back, s);
  return loanMixed ? [...kazakhEndings(word, true, s), ...out] : out;
}

function kazakhEndings(word: string, back: boolean, s: ReturnType<typeof lastSound>): WordForm[] {
  const voiceless = KK_VOICELESS.includes(s.last);
  const nasal = KK_NASAL.includes(s.last);
  const sonorant = KK_SONORANT.includes(s.last);
  const v = s.vowelFinal;
  const y = back ? 'ы' : 'і';
  const a = back ? 'а' : 'е';
  const genitive = v || nasal ? 'н' : voiceless ? 'т' : 'д';
  const dative = voiceless ? (back ? 'қ' : 'к') : back ? 'ғ' : 'г';
  const accusative = v ? 'н' : voiceless ? 'т' : 'д';
  const locative = voiceless ? 'т' : 'д';
  const ablative = v || nasal ? (v ? 'д' : 'н') : voiceless ? 'т' : 'д';
  const endings: (readonly [string, string])[] = [
    [`${genitive}${y}ң`, 'genitive'],
    [`${dative}${a}`, 'dative'],
    [`${accusative}${y}`, 'accusative'],
    [`${locative}${a}`, 'locative'],
    [`${ablative}${a}н`, 'ablative'],
    [`${locative}${a}${back ? 'ғы' : 'гі'}`, 'locative adjective'],
    [`${v || 'руй'.includes(s.last) ? 'л' : voiceless ? 'т' : 'д'}${a}р`, 'plural'],
  ];
  // Instrumental: -мен after vowels and sonorants, -бен after nasals and з ж, -пен after voiceless (both after nasals: usage varies).
  if (v || sonorant) endings.push(['мен', 'instrumental']);
  if (nasal || 'зж'.includes(s.last)) endings.push(['мен', 'instrumental'], ['бен', 'instrumental']);
  if (voiceless) endings.push(['пен', 'instrumental']);
  if (v) endings.push(['сы', 'possessive']);
  else endings.push([y, 'possessive']);
  return endings.map(([ending, label]) => [word + ending, label] as const);
}
