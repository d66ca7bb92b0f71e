/**
 * Closed inflection sets of the Slavic languages (common forms, not whole grammars). The set id
 * names the language and the stem type; a form in the catalogue is written as its stem, or with
 * `~` where the ending goes ("Организаци~ Договора…").
 */
import type { SuffixSet } from '../../types';

const RU_ADJ: SuffixSet['endings'] = [
  ['ий', 'adjective, masculine'], ['ая', 'adjective, feminine'], ['ое', 'adjective, neuter'],
  ['ие', 'adjective, plural'], ['ого', 'adjective, genitive'], ['ой', 'adjective, feminine oblique'],
  ['ому', 'adjective, dative'], ['им', 'adjective, instrumental'], ['ом', 'adjective, prepositional'],
  ['ую', 'adjective, feminine accusative'], ['их', 'adjective, plural genitive'],
  ['ими', 'adjective, plural instrumental'], ['ым', 'adjective, instrumental'], ['ых', 'adjective, plural genitive'],
  ['о', 'adjective, first part of a compound'],
];

export const slavicSuffixes: Readonly<Record<string, SuffixSet>> = {
  'ru-noun-m': { lang: 'ru', endings: [['', 'nominative'], ['а', 'genitive'], ['у', 'dative'], ['ом', 'instrumental'], ['е', 'prepositional']] },
  'ru-noun-m-soft': { lang: 'ru', endings: [['ь', 'nominative'], ['я', 'genitive'], ['ю', 'dative'], ['ем', 'instrumental'], ['е', 'prepositional']] },
  'ru-noun-f-a': { lang: 'ru', endings: [['а', 'nominative'], ['ы', 'genitive'], ['е', 'dative or prepositional'], ['у', 'accusative'], ['ой', 'instrumental'], ['ою', 'instrumental']] },
  'ru-noun-f-ija': { lang: 'ru', endings: [['я', 'nominative'], ['и', 'genitive, dative or prepositional'], ['ю', 'accusative'], ['ей', 'instrumental'], ['ею', 'instrumental']] },
  'ru-noun-f-soft': { lang: 'ru', endings: [['ь', 'nominative'], ['и', 'genitive, dative or prepositional'], ['ью', 'instrumental']] },
  'ru-surname': { lang: 'ru', endings: [['', 'nominative'], ['а', 'genitive'], ['у', 'dative'], ['ым', 'instrumental'], ['е', 'prepositional']] },
  'ru-adj': { lang: 'ru', endings: RU_ADJ },
  'ru-demonym': {
    lang: 'ru',
    endings: [
      ['ец', 'demonym'], ['ца', 'demonym, genitive'], ['цу', 'demonym, dative'], ['цем', 'demonym, instrumental'],
      ['цы', 'demonym, plural'], ['цев', 'demonym, plural genitive'], ['цам', 'demonym, plural dative'],
      ['цами', 'demonym, plural instrumental'], ['цах', 'demonym, plural prepositional'], ['ка', 'demonym, feminine'],
    ],
  },
  'uk-noun-m': { lang: 'uk', endings: [['', 'nominative'], ['у', 'genitive or dative'], ['ові', 'dative'], ['ом', 'instrumental'], ['і', 'locative']] },
  'uk-noun-f-a': { lang: 'uk', endings: [['а', 'nominative'], ['и', 'genitive'], ['і', 'dative or locative'], ['у', 'accusative'], ['ою', 'instrumental']] },
  'uk-noun-f-ija': { lang: 'uk', endings: [['я', 'nominative'], ['ї', 'genitive, dative or locative'], ['ю', 'accusative'], ['єю', 'instrumental']] },
  'uk-surname': { lang: 'uk', endings: [['', 'nominative'], ['а', 'genitive'], ['у', 'dative'], ['ові', 'dative'], ['им', 'instrumental'], ['і', 'locative']] },
  'uk-adj': {
    lang: 'uk',
    endings: [
      ['ий', 'adjective, masculine'], ['а', 'adjective, feminine'], ['е', 'adjective, neuter'], ['і', 'adjective, plural'],
      ['ого', 'adjective, genitive'], ['ої', 'adjective, feminine genitive'], ['ому', 'adjective, dative'],
      ['ій', 'adjective, feminine dative'], ['им', 'adjective, instrumental'], ['ою', 'adjective, feminine instrumental'],
      ['у', 'adjective, feminine accusative'], ['их', 'adjective, plural genitive'], ['ими', 'adjective, plural instrumental'],
      ['о', 'first part of a compound adjective'],
    ],
  },
  'uk-demonym': {
    lang: 'uk',
    endings: [
      ['ець', 'demonym'], ['ця', 'demonym, genitive'], ['цю', 'demonym, dative'], ['цем', 'demonym, instrumental'], ['ці', 'demonym, plural'],
      ['ців', 'demonym, plural genitive'], ['цям', 'demonym, plural dative'], ['цями', 'demonym, plural instrumental'], ['цях', 'demonym, plural locative'],
      ['ка', 'demonym, feminine'],
    ],
  },
  'be-noun-m': { lang: 'be', endings: [['', 'nominative'], ['а', 'genitive'], ['у', 'dative'], ['ам', 'instrumental'], ['е', 'locative']] },
  'be-adj': {
    lang: 'be',
    endings: [
      ['і', 'adjective, masculine'], ['ая', 'adjective, feminine'], ['ае', 'adjective, neuter'], ['ія', 'adjective, plural'],
      ['ага', 'adjective, genitive'], ['ай', 'adjective, feminine oblique'], ['аму', 'adjective, dative'], ['ім', 'adjective, instrumental'],
      ['ую', 'adjective, feminine accusative'], ['ою', 'adjective, feminine instrumental'], ['іх', 'adjective, plural genitive'],
      ['імі', 'adjective, plural instrumental'],
    ],
  },
  'be-noun-f-ija': { lang: 'be', endings: [['я', 'nominative'], ['і', 'genitive, dative or locative'], ['ю', 'accusative'], ['яй', 'instrumental']] },
  'pl-noun-m': { lang: 'pl', endings: [['', 'nominative'], ['u', 'genitive or locative'], ['owi', 'dative'], ['em', 'instrumental'], ['ie', 'locative']] },
  'pl-noun-f-ja': { lang: 'pl', endings: [['a', 'nominative'], ['i', 'genitive, dative or locative'], ['ę', 'accusative'], ['ą', 'instrumental']] },
  /** After the stem's final -s (kazachs~): -ski, and -scy for the masculine personal plural. */
  'pl-adj-sk': {
    lang: 'pl',
    endings: [
      ['ki', 'adjective, masculine'], ['ka', 'adjective, feminine'], ['kie', 'adjective, neuter or plural'],
      ['kiego', 'adjective, genitive'], ['kiej', 'adjective, feminine genitive'], ['kiemu', 'adjective, dative'],
      ['kim', 'adjective, instrumental'], ['ką', 'adjective, feminine instrumental'], ['kich', 'adjective, plural genitive'],
      ['kimi', 'adjective, plural instrumental'], ['cy', 'adjective, masculine personal plural'], ['ko', 'adjective, first part of a compound'],
    ],
  },
  'cs-noun-m': { lang: 'cs', endings: [['', 'nominative'], ['u', 'genitive, dative or locative'], ['em', 'instrumental'], ['e', 'vocative']] },
  'cs-noun-f-e': { lang: 'cs', endings: [['e', 'nominative'], ['i', 'dative, accusative or locative'], ['í', 'instrumental']] },
  /** After the stem without -sk (kazaš~): -ský, and -ští for the masculine animate plural. */
  'cs-adj-sk': {
    lang: 'cs',
    endings: [
      ['ský', 'adjective, masculine'], ['ská', 'adjective, feminine'], ['ské', 'adjective, neuter'], ['ského', 'adjective, genitive'],
      ['ském', 'adjective, locative'], ['skému', 'adjective, dative'], ['ským', 'adjective, instrumental'],
      ['skou', 'adjective, feminine instrumental'], ['ských', 'adjective, plural genitive'], ['skými', 'adjective, plural instrumental'],
      ['ští', 'adjective, masculine animate plural'], ['sko', 'adjective, first part of a compound'],
    ],
  },
  'sk-noun-m': { lang: 'sk', endings: [['', 'nominative'], ['u', 'genitive, dative or locative'], ['om', 'instrumental'], ['e', 'locative']] },
  'sk-noun-f-ia': { lang: 'sk', endings: [['a', 'nominative'], ['e', 'genitive'], ['i', 'dative or locative'], ['u', 'accusative'], ['ou', 'instrumental']] },
  'sk-adj': {
    lang: 'sk',
    endings: [
      ['ý', 'adjective, masculine'], ['á', 'adjective, feminine'], ['é', 'adjective, neuter or plural'], ['ého', 'adjective, genitive'],
      ['ej', 'adjective, feminine genitive'], ['ému', 'adjective, dative'], ['om', 'adjective, locative'], ['ým', 'adjective, instrumental'],
      ['ú', 'adjective, feminine accusative'], ['ou', 'adjective, feminine instrumental'], ['ých', 'adjective, plural genitive'],
      ['ými', 'adjective, plural instrumental'], ['í', 'adjective, masculine animate plural'],
    ],
  },
  'sh-noun-m': { lang: 'sr', endings: [['', 'nominative'], ['a', 'genitive'], ['u', 'dative or locative'], ['om', 'instrumental']] },
  'sr-noun-m': { lang: 'sr', endings: [['', 'nominative'], ['а', 'genitive'], ['у', 'dative or locative'], ['ом', 'instrumental']] },
  'sh-adj': {
    lang: 'sr',
    endings: [
      ['i', 'adjective, masculine'], ['a', 'adjective, feminine'], ['o', 'adjective, neuter'], ['e', 'adjective, plural'],
      ['og', 'adjective, genitive'], ['oga', 'adjective, genitive'], ['om', 'adjective, dative or locative'],
      ['oj', 'adjective, feminine dative'], ['ih', 'adjective, plural genitive'], ['im', 'adjective, plural dative'],
      ['ima', 'adjective, plural dative'], ['u', 'adjective, feminine accusative'], ['ome', 'adjective, dative or locative (long)'],
      ['omu', 'adjective, dative (long)'], ['ega', 'adjective, genitive (sl)'], ['emu', 'adjective, dative (sl)'], ['em', 'adjective, locative (sl)'],
    ],
  },
  'sr-adj': {
    lang: 'sr',
    endings: [
      ['и', 'adjective, masculine'], ['а', 'adjective, feminine'], ['о', 'adjective, neuter'], ['е', 'adjective, plural'],
      ['ог', 'adjective, genitive'], ['ом', 'adjective, dative or locative'], ['ој', 'adjective, feminine dative'],
      ['их', 'adjective, plural genitive'], ['им', 'adjective, plural dative'], ['у', 'adjective, feminine accusative'],
    ],
  },
  'bg-adj': {
    lang: 'bg',
    endings: [['и', 'adjective'], ['а', 'adjective, feminine'], ['о', 'adjective, neuter'], ['ия', 'adjective, definite'], ['ият', 'adjective, definite'], ['от', 'adjective, definite'], ['ата', 'adjective, feminine definite'], ['ото', 'adjective, neuter definite'], ['ите', 'adjective, plural definite'], ['иот', 'adjective, definite (mk)']],
  },
};
