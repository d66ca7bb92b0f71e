/** Closed inflection sets of Lithuanian, Latvian, Finnish, Estonian and Hungarian. */
import type { SuffixSet } from '../../types';

export const balticUralicSuffixes: Readonly<Record<string, SuffixSet>> = {
  'lt-noun-as': { lang: 'lt', endings: [['as', 'nominative'], ['o', 'genitive'], ['ui', 'dative'], ['ą', 'accusative'], ['u', 'instrumental'], ['e', 'locative']] },
  'lt-noun-a': { lang: 'lt', endings: [['a', 'nominative or instrumental'], ['os', 'genitive'], ['ai', 'dative'], ['ą', 'accusative'], ['oje', 'locative']] },
  'lv-noun-a': { lang: 'lv', endings: [['a', 'nominative'], ['as', 'genitive'], ['ai', 'dative'], ['u', 'accusative'], ['ā', 'locative']] },
  'fi-noun-i': {
    lang: 'fi',
    endings: [
      ['', 'nominative'], ['in', 'genitive'], ['ia', 'partitive'], ['iin', 'illative'], ['issa', 'inessive'],
      ['ista', 'elative'], ['illa', 'adessive'], ['ilta', 'ablative'], ['ille', 'allative'], ['ina', 'essive'],
      ['iksi', 'translative'], ['itta', 'abessive'], ['issakin', 'inessive'], ['iinkin', 'illative'],
    ],
  },
  'fi-noun-o': {
    lang: 'fi',
    endings: [
      ['ö', 'nominative'], ['ön', 'genitive'], ['öä', 'partitive'], ['öön', 'illative'], ['össä', 'inessive'],
      ['östä', 'elative'], ['öllä', 'adessive'], ['öltä', 'ablative'], ['ölle', 'allative'], ['önä', 'essive'], ['öksi', 'translative'],
    ],
  },
  'fi-adj-nen': {
    lang: 'fi',
    endings: [
      ['nen', 'adjective'], ['sen', 'adjective, genitive'], ['sta', 'adjective, partitive'], ['set', 'adjective, plural'],
      ['sten', 'adjective, plural genitive'], ['sia', 'adjective, plural partitive'], ['seen', 'adjective, illative'],
      ['sessa', 'adjective, inessive'], ['sesta', 'adjective, elative'], ['selle', 'adjective, allative'],
      ['sella', 'adjective, adessive'], ['silla', 'adjective, plural adessive'], ['sille', 'adjective, plural allative'],
      ['siin', 'adjective, plural illative'], ['siksi', 'adjective, plural translative'],
    ],
  },
  'et-noun-i': {
    lang: 'et',
    endings: [
      ['', 'nominative'], ['i', 'genitive'], ['it', 'partitive'], ['is', 'inessive'], ['isse', 'illative'],
      ['ist', 'elative'], ['ile', 'allative'], ['il', 'adessive'], ['ilt', 'ablative'], ['iks', 'translative'],
      ['ina', 'essive'], ['ita', 'abessive'], ['iga', 'comitative'], ['ini', 'terminative'],
    ],
  },
  'hu-noun-back': {
    lang: 'hu',
    endings: [
      ['', 'nominative'], ['t', 'accusative'], ['ban', 'inessive'], ['ba', 'illative'], ['ból', 'elative'],
      ['nak', 'dative'], ['nal', 'instrumental'], ['hoz', 'allative'], ['ra', 'sublative'], ['ról', 'delative'],
      ['tól', 'ablative'], ['on', 'superessive'], ['nál', 'adessive'], ['ig', 'terminative'], ['ért', 'causal'],
      ['ként', 'essive'], ['i', 'adjective'], ['iak', 'adjective, plural'],
    ],
  },
  'hu-noun-e': {
    lang: 'hu',
    endings: [
      ['', 'attributive'], ['e', 'nominative'], ['ét', 'accusative'], ['ében', 'inessive'], ['ébe', 'illative'], ['éből', 'elative'],
      ['ének', 'dative or genitive'], ['ével', 'instrumental'], ['éhez', 'allative'], ['ére', 'sublative'],
      ['éről', 'delative'], ['étől', 'ablative'], ['én', 'superessive'], ['éig', 'terminative'],
    ],
  },
};
