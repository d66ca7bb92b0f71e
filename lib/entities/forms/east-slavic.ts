/**
 * Russian, Ukrainian and Belarusian case forms of names and nouns, chosen by the word's ending
 * (its declension class). Where the ending alone cannot tell two classes apart (a surname in
 * -ов takes -ым, a town in -ов takes -ом), both forms are produced: the wrong one never occurs
 * in text, so it costs nothing, while guessing would miss real forms.
 */
import type { WordForm } from './types';

/** Consonants after which Russian writes и rather than ы. */
const RU_VELAR_OR_HUSHING = /[гкхжшчщ]$/i;
const HUSHING_OR_TS = /[жшчщц]$/i;
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/i;
const SURNAME_END = /(ов|ев|ёв|ин|ын)$/i;

/** All capitals (НАТО, ОДКБ): abbreviations stay undeclined in writing. */
const isAbbreviation = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

function stemPlus(stem: string, endings: readonly (readonly [string, string])[]): WordForm[] {
  return endings.map(([ending, label]) => [stem + ending, label] as const);
}

/** Токаев → Токаева, Токаеву, Токаевым, Токаеве; Украина → Украины…; Израиль → Израиля… */
export function russianForms(word: string): WordForm[] {
  if (isAbbreviation(word)) return [];
  const lower = word.toLowerCase();
  if (/(ский|цкий|ской)$/.test(lower)) {
    return stemPlus(word.slice(0, -2), [['ого', 'genitive'], ['ому', 'dative'], ['им', 'instrumental'], ['ом', 'prepositional']]);
  }
  if (CONSONANT_END.test(lower)) {
    const out = stemPlus(word, [['а', 'genitive'], ['у', 'dative'], ['ом', 'instrumental'], ['е', 'prepositional']]);
    if (SURNAME_END.test(lower)) out.push([`${word}ым`, 'instrumental']);
    if (HUSHING_OR_TS.test(lower)) out.push([`${word}ем`, 'instrumental']);
    return out;
  }
  const stem = word.slice(0, -1);
  if (lower.endsWith('й')) return stemPlus(stem, [['я', 'genitive'], ['ю', 'dative'], ['ем', 'instrumental'], ['е', 'prepositional']]);
  if (lower.endsWith('ь')) {
    return stemPlus(stem, [['я', 'genitive'], ['ю', 'dative'], ['ем', 'instrumental'], ['е', 'prepositional'], ['и', 'genitive'], ['ью', 'instrumental']]);
  }
  if (lower.endsWith('ия')) return stemPlus(stem, [['и', 'genitive, dative or prepositional'], ['ю', 'accusative'], ['ей', 'instrumental']]);
  if (lower.endsWith('я')) return stemPlus(stem, [['и', 'genitive'], ['е', 'dative or prepositional'], ['ю', 'accusative'], ['ей', 'instrumental']]);
  if (lower.endsWith('а')) {
    const genitive = RU_VELAR_OR_HUSHING.test(stem) ? 'и' : 'ы';
    return stemPlus(stem, [[genitive, 'genitive'], ['е', 'dative or prepositional'], ['у', 'accusative'], ['ой', 'instrumental'], ['ою', 'instrumental']]);
  }
  return []; // -о, -е, -и, -у: foreign names that do not decline (Токио, Сочи).
}

/** Токаєв → Токаєва, Токаєву, Токаєвові, Токаєвим, Токаєві; Казахстан → Казахстану, Казахстаном… */
export function ukrainianForms(word: string): WordForm[] {
  if (isAbbreviation(word)) return [];
  const lower = word.toLowerCase();
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) {
    const out = stemPlus(word, [['а', 'genitive'], ['у', 'genitive or dative'], ['ові', 'dative'], ['ом', 'instrumental'], ['і', 'locative'], ['е', 'vocative']]);
    if (/(ов|ев|єв|ін|ин|їн)$/.test(lower)) out.push([`${word}им`, 'instrumental']);
    if (/[жшчщ]$/.test(lower)) out.push([`${word}ем`, 'instrumental'], [`${word}еві`, 'dative']);
    return out;
  }
  const stem = word.slice(0, -1);
  if (lower.endsWith('ь')) return stemPlus(stem, [['я', 'genitive'], ['ю', 'genitive or dative'], ['еві', 'dative'], ['ем', 'instrumental'], ['і', 'locative'], ['ю', 'instrumental']]);
  if (lower.endsWith('й')) return stemPlus(stem, [['я', 'genitive'], ['ю', 'genitive or dative'], ['єві', 'dative'], ['єм', 'instrumental'], ['ї', 'locative']]);
  if (/[іи]я$/.test(lower)) return stemPlus(stem, [['ї', 'genitive, dative or locative'], ['ю', 'accusative'], ['єю', 'instrumental']]);
  if (lower.endsWith('я')) return stemPlus(stem, [['і', 'genitive, dative or locative'], ['ю', 'accusative'], ['ею', 'instrumental']]);
  if (lower.endsWith('а')) return stemPlus(stem, [['и', 'genitive'], ['і', 'dative or locative'], ['у', 'accusative'], ['ою', 'instrumental'], ['о', 'vocative']]);
  return [];
}

/** Такаеў → Такаева, Такаеву, Такаевым, Такаеве; Казахстан → Казахстана, Казахстанам… */
export function belarusianForms(word: string): WordForm[] {
  if (isAbbreviation(word)) return [];
  const lower = word.toLowerCase();
  if (/[аое]ў$/.test(lower)) {
    return stemPlus(`${word.slice(0, -1)}в`, [['а', 'genitive'], ['у', 'dative'], ['ым', 'instrumental'], ['ам', 'instrumental'], ['е', 'locative']]);
  }
  if (/[бвгджзклмнпрстфхцчшў]$/.test(lower)) {
    const out = stemPlus(word, [['а', 'genitive'], ['у', 'dative'], ['ам', 'instrumental'], ['е', 'locative']]);
    if (/(ін|ын)$/.test(lower)) out.push([`${word}ым`, 'instrumental']);
    return out;
  }
  const stem = word.slice(0, -1);
  if (lower.endsWith('ія')) return stemPlus(stem, [['і', 'genitive, dative or locative'], ['ю', 'accusative'], ['яй', 'instrumental']]);
  if (lower.endsWith('я')) return stemPlus(stem, [['і', 'genitive'], ['ю', 'accusative'], ['яй', 'instrumental'], ['ёй', 'instrumental']]);
  if (lower.endsWith('а')) return stemPlus(stem, [['ы', 'genitive'], ['е', 'dative or locative'], ['у', 'accusative'], ['ай', 'instrumental'], ['аю', 'instrumental']]);
  return [];
}
