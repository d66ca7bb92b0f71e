/**
 * Closed suffix sets of the Turkic languages. Turkish attaches case to proper nouns after an
 * apostrophe (informal text drops it, so both are listed); Kazakh, Kyrgyz and Uzbek attach
 * directly, in each of their alphabets.
 */
import type { SuffixSet } from '../../types';

const TR_CASES: readonly (readonly [string, string])[] = [
  ['ın', 'genitive'], ['a', 'dative'], ['ı', 'accusative'], ['da', 'locative'], ['dan', 'ablative'],
  ['la', 'comitative'], ['daki', 'locative adjective'], ['dır', 'predicative'],
];

export const turkicSuffixes: Readonly<Record<string, SuffixSet>> = {
  'tr-proper': {
    lang: 'tr',
    endings: [['', 'nominative'], ...TR_CASES.map(([s, l]) => [`'${s}`, l] as const), ...TR_CASES],
  },
  'tr-demonym': { lang: 'tr', endings: [['lı', 'demonym'], ['lılar', 'demonym, plural'], ['lıların', 'demonym, plural genitive'], ['lılara', 'demonym, plural dative']] },
  'tr-noun-u': {
    lang: 'tr',
    endings: [['ü', 'nominative'], ['ünün', 'genitive'], ['üne', 'dative'], ['ünü', 'accusative'], ['ünde', 'locative'], ['ünden', 'ablative'], ['üyle', 'comitative']],
  },
  'az-noun': {
    lang: 'az',
    endings: [
      ['', 'nominative'], ['ın', 'genitive'], ['a', 'dative'], ['ı', 'accusative'], ['da', 'locative'],
      ['dan', 'ablative'], ['la', 'instrumental'], ['dakı', 'locative adjective'], ['lı', 'demonym'], ['lılar', 'demonym, plural'],
    ],
  },
  'az-noun-i': { lang: 'az', endings: [['ı', 'nominative'], ['ının', 'genitive'], ['ına', 'dative'], ['ını', 'accusative'], ['ında', 'locative'], ['ından', 'ablative']] },
  'kk-noun': {
    lang: 'kk',
    endings: [
      ['', 'nominative'], ['ның', 'genitive'], ['ға', 'dative'], ['ды', 'accusative'], ['да', 'locative'],
      ['нан', 'ablative'], ['мен', 'instrumental'], ['дағы', 'locative adjective'], ['ы', 'possessive'],
      ['ымыз', 'possessive, our'], ['ымыздың', 'possessive, our, genitive'], ['ымызға', 'possessive, our, dative'],
      ['ымызда', 'possessive, our, locative'],
    ],
  },
  'kk-noun-latn': {
    lang: 'kk',
    endings: [
      ['', 'nominative'], ['nyñ', 'genitive'], ['nyń', 'genitive'], ["nyn'", 'genitive'], ['ğa', 'dative'], ['ǵa', 'dative'],
      ["g'a", 'dative'], ['dy', 'accusative'], ['da', 'locative'], ['nan', 'ablative'], ['men', 'instrumental'],
      ['dağy', 'locative adjective'], ['daǵy', 'locative adjective'], ["dag'y", 'locative adjective'],
    ],
  },
  'kk-adj': { lang: 'kk', endings: [['дық', 'adjective'], ['дықтар', 'demonym, plural'], ['дықтың', 'adjective, genitive']] },
  'kk-noun-ym': {
    lang: 'kk',
    endings: [['ы', 'nominative'], ['ының', 'genitive'], ['ына', 'dative'], ['ын', 'accusative'], ['ында', 'locative'], ['ынан', 'ablative'], ['ымен', 'instrumental']],
  },
  'ky-noun': {
    lang: 'ky',
    endings: [
      ['', 'nominative'], ['дын', 'genitive'], ['га', 'dative'], ['ды', 'accusative'], ['да', 'locative'],
      ['дан', 'ablative'], ['дагы', 'locative adjective'], ['дык', 'adjective'], ['дыктар', 'demonym, plural'],
    ],
  },
  'ky-noun-u': { lang: 'ky', endings: [['у', 'nominative'], ['унун', 'genitive'], ['уна', 'dative'], ['ун', 'accusative'], ['унда', 'locative'], ['унан', 'ablative']] },
  'ky-abbr': { lang: 'ky', endings: [['', 'abbreviation'], ['нун', 'genitive'], ['га', 'dative'], ['ну', 'accusative'], ['да', 'locative'], ['дан', 'ablative'], ['дагы', 'locative adjective']] },
  'uz-noun': {
    lang: 'uz',
    endings: [
      ['', 'nominative'], ['ning', 'genitive'], ['ga', 'dative'], ['ni', 'accusative'], ['da', 'locative'],
      ['dan', 'ablative'], ['dagi', 'locative adjective'], ['lik', 'demonym'], ['liklar', 'demonym, plural'],
    ],
  },
  'uz-noun-cyrl': {
    lang: 'uz',
    endings: [
      ['', 'nominative'], ['нинг', 'genitive'], ['га', 'dative'], ['ни', 'accusative'], ['да', 'locative'],
      ['дан', 'ablative'], ['даги', 'locative adjective'], ['лик', 'demonym'], ['ликлар', 'demonym, plural'],
    ],
  },
  'uz-noun-i': { lang: 'uz', endings: [['i', 'nominative'], ['ining', 'genitive'], ['iga', 'dative'], ['ini', 'accusative'], ['ida', 'locative'], ['idan', 'ablative']] },
  'uz-abbr': { lang: 'uz', endings: [['', 'abbreviation'], ['ning', 'genitive'], ['ga', 'dative'], ['ni', 'accusative'], ['da', 'locative'], ['dan', 'ablative'], ['dagi', 'locative adjective']] },
  /** Case suffixes written straight onto a Cyrillic acronym in Kazakh, Kyrgyz and Uzbek (ОДКБ-ға is the hyphenated form). */
  'turkic-abbr-cyrl': {
    lang: 'kk',
    endings: [
      ['', 'abbreviation'], ['ның', 'genitive'], ['ға', 'dative'], ['ны', 'accusative'], ['да', 'locative'], ['дан', 'ablative'],
      ['мен', 'instrumental'], ['дағы', 'locative adjective'], ['нун', 'genitive'], ['га', 'dative'], ['ну', 'accusative'],
      ['дагы', 'locative adjective'], ['нинг', 'genitive'], ['ни', 'accusative'],
    ],
  },
  'uz-abbr-cyrl': { lang: 'uz', endings: [['', 'abbreviation'], ['нинг', 'genitive'], ['га', 'dative'], ['ни', 'accusative'], ['да', 'locative'], ['дан', 'ablative'], ['даги', 'locative adjective']] },
};
