/**
 * Plural forms of nouns for people (an ethnonym: Kazakh → Kazakhs, казахи, Kazachowie,
 * ҡаҙаҡтар), by language family. A country's name has no plural, so the case models of the
 * other modules leave plurals out; an alias group marked `people` gets these too.
 *
 * In the agglutinative languages (Turkic, Mongolic, Uralic) a plural takes every case ending
 * and possessive after it (ҡаҙаҡтарының, ҚАЗАҚТАРДЫҢ): those plurals are returned as stems, matched
 * with any ending (compile/stems.ts), rather than multiplied by every ending here.
 */
import { lastSound, type VowelSystem } from './harmony';
import type { WordForm } from './types';
import { primarySubtag } from '../language-tag';

type Endings = readonly (readonly [string, string])[];
const on = (word: string, endings: Endings): WordForm[] => endings.map(([e, l]) => [word + e, l] as const);

/** Russian: казах → казахи, казахов, казахам, казахами, казахах (ы after hard consonants). */
function russian(word: string): WordForm[] {
  const y = /[кгхжшщч]$/u.test(word) ? 'и' : 'ы';
  return on(word, [[y, 'plural'], ['ов', 'plural genitive'], ['ам', 'plural dative'], ['ами', 'plural instrumental'], ['ах', 'plural prepositional']]);
}

/** Ukrainian: казах → казахи, казахів, казахам, казахами, казахах. */
function ukrainian(word: string): WordForm[] {
  return on(word, [['и', 'plural'], ['і', 'plural'], ['ів', 'plural genitive'], ['ам', 'plural dative'], ['ами', 'plural instrumental'], ['ах', 'plural locative']]);
}

/** Belarusian: казах → казахі, казахаў, казахам, казахамі, казахах. */
function belarusian(word: string): WordForm[] {
  return on(word, [['і', 'plural'], ['ы', 'plural'], ['аў', 'plural genitive'], ['ам', 'plural dative'], ['амі', 'plural instrumental'], ['ах', 'plural locative']]);
}

/** Polish masculine persons: Kazach → Kazachowie, Kazachów, Kazachom, Kazachami, Kazachach. */
function polish(word: string): WordForm[] {
  return on(word, [['owie', 'plural'], ['ów', 'plural genitive'], ['om', 'plural dative'], ['ami', 'plural instrumental'], ['ach', 'plural locative']]);
}

/** Czech softens the stem before the nominative plural -i: Kazach → Kazaši (as Čech → Češi), Slovák → Slováci. */
const CZECH_SOFTENED: readonly (readonly [RegExp, string])[] = [[/ch$/u, 'š'], [/k$/u, 'c'], [/h$/u, 'z'], [/r$/u, 'ř']];

/** Czech and Slovak masculine animate: Kazach → Kazaši, Kazachové, Kazachů, Kazachům, Kazachy; Kazachovia, Kazachov. */
function czech(word: string): WordForm[] {
  const rule = CZECH_SOFTENED.find(([end]) => end.test(word));
  const soft = rule ? word.replace(rule[0], rule[1]) : word;
  return [
    ...on(soft, [['i', 'plural']]),
    ...on(word, [['ové', 'plural'], ['ů', 'plural genitive'], ['ům', 'plural dative'], ['y', 'plural accusative'], ['ích', 'plural locative']]),
  ];
}
function slovak(word: string): WordForm[] {
  return on(word, [['ovia', 'plural'], ['ov', 'plural genitive'], ['om', 'plural dative'], ['och', 'plural locative'], ['mi', 'plural instrumental']]);
}

const CYRILLIC = /[\u0400-\u04ff]/u;
/** The second palatalisation before the plural -i: k → c, g → z, h → s (Kazah → Kazasi, Казах → Казаси). */
const SOFTENED: Readonly<Record<string, string>> = { k: 'c', g: 'z', h: 's', к: 'ц', г: 'з', х: 'с' };

/** Serbo-Croatian: Kazah → Kazasi, Kazasima (softened), Kazaha, Kazahe; Cyrillic alike. */
function serboCroatian(word: string): WordForm[] {
  const soft = word.slice(0, -1) + (SOFTENED[word.slice(-1)] ?? word.slice(-1));
  const [i, a, e, ima] = CYRILLIC.test(word) ? ['и', 'а', 'е', 'има'] : ['i', 'a', 'e', 'ima'];
  return [...on(soft, [[i, 'plural'], [ima, 'plural dative']]), ...on(word, [[a, 'plural genitive'], [e, 'plural accusative']])];
}

/** Slovene, without the softening: Kazah → Kazahi, Kazahov, Kazahom, Kazahe. */
function slovene(word: string): WordForm[] {
  return on(word, [['i', 'plural'], ['ov', 'plural genitive'], ['om', 'plural dative'], ['e', 'plural accusative'], ['ih', 'plural locative']]);
}

/** Dutch: Kazach → Kazachen; a final consonant after one short vowel doubles (Kazak → Kazakken). */
function dutch(word: string): WordForm[] {
  if (/[aeiouy]$/u.test(word)) return on(word, [['s', 'plural']]);
  const doubled = /(?:^|[^aeiouy])[aeiou][bdfgklmnprst]$/u.test(word) ? word + word.slice(-1) : word;
  return on(doubled, [['en', 'plural']]);
}

/** German weak nouns: Kasache → Kasachen; Kasach (rare) → Kasachen. */
function german(word: string): WordForm[] {
  return word.endsWith('e') ? on(word, [['n', 'plural']]) : on(word, [['en', 'plural']]);
}

/** Norwegian, Danish, Swedish: kasakh → kasakher, kasakherne, kasakhene; kazak → kazaker, kazakerna. */
function nordic(word: string): WordForm[] {
  return on(word, [['er', 'plural'], ['erne', 'plural definite'], ['ene', 'plural definite'], ['erna', 'plural definite'], ['ers', 'plural genitive']]);
}

function english(word: string): WordForm[] {
  return on(word, [['s', 'plural'], ["s'", 'plural possessive']]);
}

/** Esperanto: every noun in -o: kazaĥo → kazaĥoj, with the accusative kazaĥon, kazaĥojn. */
function esperanto(word: string): WordForm[] {
  return word.endsWith('o') ? on(word, [['j', 'plural'], ['n', 'accusative'], ['jn', 'plural accusative']]) : [];
}

/** Estonian: kasahh → kasahhid (plural nominative); the plural stem kasahhi- takes the cases. */
function estonian(word: string): WordForm[] {
  return on(word, [['id', 'plural'], ['ide', 'plural genitive']]);
}

const HU_VOWELS: VowelSystem = { back: 'aáoóuú', front: 'eéiíöőüű', rounded: 'öőüű' };

/** Hungarian: kazah → kazahok (ek, ök after front vowels); every case ending follows (kazahokat). */
function hungarian(word: string): WordForm[] {
  const s = lastSound(word, HU_VOWELS);
  return on(word, [[s.back ? 'ok' : s.rounded ? 'ök' : 'ek', 'plural']]);
}

const VOLGA_VOWELS: VowelSystem = { back: 'аоуыя', front: 'әөүеиэю', rounded: 'оөуү' };

/** Tatar: казак → казаклар (л after every consonant but a nasal); the older казакъ → казакълар keeps its sign. */
function tatar(word: string): WordForm[] {
  const stem = word.replace(/[ъь]$/u, '');
  const s = lastSound(stem, VOLGA_VOWELS);
  const plural = `${'мнң'.includes(s.last) ? 'н' : 'л'}${s.back ? 'а' : 'ә'}р`;
  return stem === word ? on(word, [[plural, 'plural']]) : [...on(stem, [[plural, 'plural']]), ...on(word, [[plural, 'plural']])];
}

/** Tajik: қазоқ → қазоқҳо (-ҳо, any case after it: қазоқҳоро). */
function tajik(word: string): WordForm[] {
  return on(word, [['ҳо', 'plural']]);
}

/** Bashkir: ҡаҙаҡ → ҡаҙаҡтар; after a vowel л, after a nasal н, after a voiced consonant д or ҙ. */
function bashkir(word: string): WordForm[] {
  const s = lastSound(word, VOLGA_VOWELS);
  const a = s.back ? 'а' : 'ә';
  if (s.vowelFinal || 'йуү'.includes(s.last)) return on(word, [[`л${a}р`, 'plural']]);
  if ('мнң'.includes(s.last)) return on(word, [[`н${a}р`, 'plural'], [`д${a}р`, 'plural']]);
  if ('кҡпстфхцчшщ'.includes(s.last)) return on(word, [[`т${a}р`, 'plural']]);
  return on(word, [[`д${a}р`, 'plural'], [`ҙ${a}р`, 'plural']]);
}

/** Mongolian: казах → казахууд (үүд after front vowels), казахчууд. */
function mongolian(word: string): WordForm[] {
  const front = /[эүөеи][^аэоөуүыяеи]*$/u.test(word);
  return on(word, [[front ? 'үүд' : 'ууд', 'plural']]);
}

/**
 * Plural makers by primary language. `stem`: the plural is matched with any ending after it
 * (agglutinative languages); otherwise the forms are exact.
 */
const PLURALS: Readonly<Record<string, { forms: (word: string) => WordForm[]; stem?: boolean }>> = {
  ru: { forms: russian }, uk: { forms: ukrainian }, be: { forms: belarusian }, pl: { forms: polish },
  cs: { forms: czech }, sk: { forms: slovak }, sl: { forms: slovene }, hr: { forms: serboCroatian },
  bs: { forms: serboCroatian }, sr: { forms: serboCroatian }, nl: { forms: dutch }, de: { forms: german }, nb: { forms: nordic },
  no: { forms: nordic }, da: { forms: nordic }, sv: { forms: nordic }, en: { forms: english },
  et: { forms: estonian, stem: true }, tt: { forms: tatar, stem: true }, ba: { forms: bashkir, stem: true },
  mn: { forms: mongolian, stem: true }, eo: { forms: esperanto }, hu: { forms: hungarian, stem: true },
  tg: { forms: tajik, stem: true },
};

/** The plural forms of a people noun in a language, and whether they are stems; none when unknown. */
export function pluralForms(word: string, lang: string): { forms: WordForm[]; stem: boolean } {
  const primary = primarySubtag(lang);
  const maker = PLURALS[primary];
  return maker === undefined ? { forms: [], stem: false } : { forms: maker.forms(word), stem: maker.stem === true };
}
