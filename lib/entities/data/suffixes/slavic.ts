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
    ],
  },
  'be-noun-m': { lang: 'be', endings: [['', 'nominative'], ['а', 'genitive'], ['у', 'dative'], ['ам', 'instrumental'], ['е', 'locative']] },
  'be-noun-f-ija': { lang: 'be', endings: [['я', 'nominative'], ['і', 'genitive, dative or locative'], ['ю', 'accusative'], ['яй', 'instrumental']] },
  'pl-noun-m': { lang: 'pl', endings: [['', 'nominative'], ['u', 'genitive or locative'], ['owi', 'dative'], ['em', 'instrumental'], ['ie', 'locative']] },
  'pl-noun-f-ja': { lang: 'pl', endings: [['a', 'nominative'], ['i', 'genitive, dative or locative'], ['ę', 'accusative'], ['ą', 'instrumental']] },
  'pl-adj': {
    lang: 'pl',
    endings: [
      ['i', 'adjective, masculine'], ['a', 'adjective, feminine'], ['ie', 'adjective, neuter or plural'],
      ['iego', 'adjective, genitive'], ['iej', 'adjective, feminine genitive'], ['iemu', 'adjective, dative'],
      ['im', 'adjective, instrumental'], ['ą', 'adjective, feminine instrumental'], ['ich', 'adjective, plural genitive'],
      ['imi', 'adjective, plural instrumental'],
    ],
  },
  'cs-noun-m': { lang: 'cs', endings: [['', 'nominative'], ['u', 'genitive, dative or locative'], ['em', 'instrumental'], ['e', 'vocative']] },
  'cs-noun-f-e': { lang: 'cs', endings: [['e', 'nominative'], ['i', 'dative, accusative or locative'], ['í', 'instrumental']] },
  'cs-adj': {
    lang: 'cs',
    endings: [
      ['ý', 'adjective, masculine'], ['á', 'adjective, feminine'], ['é', 'adjective, neuter'], ['ého', 'adjective, genitive'],
      ['ém', 'adjective, locative'], ['ému', 'adjective, dative'], ['ým', 'adjective, instrumental'],
      ['ou', 'adjective, feminine instrumental'], ['ých', 'adjective, plural genitive'], ['ými', 'adjective, plural instrumental'],
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
      ['ými', 'adjective, plural instrumental'],
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
      ['ima', 'adjective, plural dative'], ['u', 'adjective, feminine accusative'],
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
    endings: [['и', 'adjective'], ['а', 'adjective, feminine'], ['о', 'adjective, neuter'], ['ия', 'adjective, definite'], ['ият', 'adjective, definite'], ['от', 'adjective, definite'], ['ата', 'adjective, feminine definite'], ['ото', 'adjective, neuter definite'], ['ите', 'adjective, plural definite']],
  },
};
