/**
 * Languages that change a name at its front: Bantu noun-class and locative prefixes (Swahili
 * Wakazakistani, Zulu eKazakhstan / waseKazakhstan), Celtic initial mutations (Irish
 * Chasacstáin, gCasacstáin; Welsh Gasachstan, Nghasachstan; Breton Gazakstan), and the
 * prepositions Amharic, Tigrinya and Maltese write on the word (በካዛክስታን, fil-Każakistan).
 * Arabic and Hebrew proclitics are handled by the matcher itself (scan/walk.ts).
 */
import type { WordForm } from './types';

type Prefixes = readonly (readonly [string, string])[];

const withPrefixes = (word: string, prefixes: Prefixes): WordForm[] => prefixes.map(([p, l]) => [p + word, l] as const);
const lowerFirst = (word: string): string => (word.charAt(0).toLowerCase() + word.slice(1));

/** Swahili: m-/wa- people, ki- language or manner (Mkazakistani, Wakazakistani). */
export function swahiliForms(word: string): WordForm[] {
  const w = lowerFirst(word);
  return withPrefixes(w, [['m', 'person (class 1)'], ['mu', 'person (class 1)'], ['wa', 'people (class 2)'], ['ki', 'language or manner (class 7)']]);
}

/**
 * Zulu, Xhosa, Swati, Ndebele: locative e-, possessive -ase- forms of every class, on the name
 * without the prefix it may be written with (i-Kazakhstan, EKazakhstan).
 */
export function ngutiForms(written: string): WordForm[] {
  const word = written.replace(/^(?:i|e|u|kwa)-?(?=\p{Lu})/iu, '');
  const prefixes: Prefixes = [
    ['i', 'noun prefix'], ['e', 'locative'], ['kwa', 'locative'], ['se', 'locative'], ['ase', 'of (possessive)'], ['wase', 'of (possessive)'],
    ['yase', 'of (possessive)'], ['zase', 'of (possessive)'], ['lase', 'of (possessive)'], ['kwase', 'of (possessive)'], ['sase', 'of (possessive)'],
    ['base', 'of (possessive)'], ['nase', 'and (with)'], ['kuse', 'to (directional)'], ['ngase', 'by (agent)'], ['eyase', 'of (possessive)'],
  ];
  // A hyphenated prefix (e-Kazakhstan) needs no form of its own: the hyphen is a word boundary.
  const out: WordForm[] = [[word, 'without a prefix'], ...withPrefixes(word, prefixes)];
  return out.filter(([text]) => text !== written);
}

/** Lingala, Luganda, Kinyarwanda, Kirundi: people and language prefixes. */
export function bantuPeopleForms(word: string): WordForm[] {
  const w = lowerFirst(word);
  return withPrefixes(w, [
    ['mo', 'person'], ['ba', 'people'], ['omu', 'person'], ['aba', 'people'], ['mu', 'person'], ['munya', 'person from'],
    ['umunya', 'person from'], ['abanya', 'people from'], ['banya', 'people from'], ['ki', 'language'], ['oluki', 'language'], ['iki', 'language'],
  ]);
}

const IRISH_LENITABLE = /^[bcdfgmpst](?!h)/i;
const IRISH_ECLIPSIS: Readonly<Record<string, string>> = { b: 'm', c: 'g', d: 'n', f: 'bh', g: 'n', p: 'b', t: 'd' };

/** The radical (unmutated) form of a Gaelic word written lenited (Chasacstáin → Casacstáin). */
function gaelicRadical(word: string): string {
  return /^[bcdfgmpst]h/i.test(word) ? word.charAt(0) + word.slice(2) : word;
}

/** Irish: lenition (h after the first consonant), eclipsis, h-/n-/t- before vowels and s. */
export function irishForms(word: string): WordForm[] {
  const radical = gaelicRadical(word);
  const first = radical.charAt(0).toLowerCase();
  const out: WordForm[] = [[radical, 'radical']];
  if (IRISH_LENITABLE.test(radical)) out.push([radical.charAt(0) + 'h' + radical.slice(1), 'lenited']);
  const eclipse = IRISH_ECLIPSIS[first];
  if (eclipse !== undefined) out.push([eclipse + radical, 'eclipsed']);
  if (/^[aeiouáéíóú]/i.test(radical)) out.push([`h${radical}`, 'h-prefixed'], [`n-${radical}`, 'n-prefixed'], [`n${radical}`, 'n-prefixed'], [`t-${radical}`, 't-prefixed']);
  if (first === 's') out.push([`t${radical}`, 't-prefixed']);
  out.push([`${radical}e`, 'genitive']);
  return out.filter(([text]) => text !== word);
}

/** Scottish Gaelic: lenition, and h-/t-/n- with a hyphen before vowels. */
export function scottishGaelicForms(word: string): WordForm[] {
  const radical = gaelicRadical(word);
  const out: WordForm[] = [[radical, 'radical']];
  if (IRISH_LENITABLE.test(radical)) out.push([radical.charAt(0) + 'h' + radical.slice(1), 'lenited']);
  if (/^[aeiouàèìòù]/i.test(radical)) out.push([`h-${radical}`, 'h-prefixed'], [`t-${radical}`, 't-prefixed'], [`n-${radical}`, 'n-prefixed']);
  return out.filter(([text]) => text !== word);
}

const WELSH: readonly (readonly [string, string, string, string])[] = [
  // radical, soft, nasal, aspirate ('' = none)
  ['c', 'g', 'ngh', 'ch'], ['k', 'g', 'ngh', 'ch'], ['p', 'b', 'mh', 'ph'], ['t', 'd', 'nh', 'th'],
  ['b', 'f', 'm', ''], ['d', 'dd', 'n', ''], ['g', '', 'ng', ''], ['m', 'f', '', ''], ['ll', 'l', '', ''], ['rh', 'r', '', ''],
];

/** Welsh: soft (o Gasachstan), nasal (yng Nghasachstan) and aspirate (a Chasachstan) mutations. */
export function welshForms(word: string): WordForm[] {
  const lower = word.toLowerCase();
  const rule = WELSH.find(([radical]) => lower.startsWith(radical));
  if (rule === undefined) return /^[aeiouwy]/i.test(word) ? [[`h${word}`, 'h-prefixed']] : [];
  const [radical, soft, nasal, aspirate] = rule;
  const rest = word.slice(radical.length);
  const cap = (s: string): string => (word.charAt(0) === word.charAt(0).toUpperCase() ? s.charAt(0).toUpperCase() + s.slice(1) : s);
  const out: WordForm[] = [];
  if (soft !== '' || radical === 'g') out.push([cap(soft) + rest, 'soft mutation']);
  if (nasal !== '') out.push([cap(nasal) + rest, 'nasal mutation']);
  if (aspirate !== '') out.push([cap(aspirate) + rest, 'aspirate mutation']);
  return out.filter(([text]) => text.length > 1);
}

const BRETON: readonly (readonly [string, string, string])[] = [
  // radical, soft, spirant
  ['k', 'g', "c'h"], ['p', 'b', 'f'], ['t', 'd', 'z'], ['b', 'v', ''], ['d', 'z', ''], ['gw', 'w', ''], ['g', "c'h", ''], ['m', 'v', ''],
];

/** Breton: soft (da Gazakstan) and spirant mutations. */
export function bretonForms(word: string): WordForm[] {
  const lower = word.toLowerCase();
  const rule = BRETON.find(([radical]) => lower.startsWith(radical));
  if (rule === undefined) return [];
  const [radical, soft, spirant] = rule;
  const rest = word.slice(radical.length);
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return [[cap(soft) + rest, 'soft mutation'], ...(spirant === '' ? [] : [[cap(spirant) + rest, 'spirant mutation'] as const])];
}

/** Amharic: በ in, ለ for, ከ from, የ of, ስለ about, እንደ like; -ን object, -ም also. */
export function amharicForms(word: string): WordForm[] {
  return [
    ...withPrefixes(word, [['በ', 'in'], ['ለ', 'for'], ['ከ', 'from'], ['የ', 'of'], ['ስለ', 'about'], ['እንደ', 'like'], ['ወደ', 'to']]),
    [`${word}ን`, 'object'], [`${word}ም`, 'also'], [`የ${word}ን`, 'of, object'], [`በ${word}ም`, 'in, also'],
  ];
}

/** Tigrinya: ብ by/in, ን to/for, ናብ to, ካብ from, ኣብ at (often attached), ናይ of; -ን and. */
export function tigrinyaForms(word: string): WordForm[] {
  return [...withPrefixes(word, [['ብ', 'by or in'], ['ን', 'to or for'], ['ናብ', 'to'], ['ካብ', 'from'], ['ኣብ', 'at'], ['ናይ', 'of']]), [`${word}ን`, 'and']];
}

const MALTESE_ARTICLE = /^(?:il|l|tal|fil|mill|lill|bil|għall|sal|mal|bl|fl|ma|ta)-/i;

/** Maltese: the article and its fused prepositions before a hyphen (il-, tal-, fil-, mill-…). */
export function malteseForms(word: string): WordForm[] {
  const noun = word.replace(MALTESE_ARTICLE, '');
  const out: WordForm[] = [
    [noun, 'without the article'],
    ...withPrefixes(noun, [['il-', 'definite'], ['tal-', 'of the'], ['fil-', 'in the'], ['mill-', 'from the'], ['lill-', 'to the'], ['bil-', 'with the'], ['għall-', 'for the'], ['sal-', 'until the'], ['mal-', 'with the']]),
  ];
  return out.filter(([text]) => text !== word);
}
