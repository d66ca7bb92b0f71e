/**
 * Closed suffix sets of the remaining languages: English, German and Nordic genitives,
 * Romanian articles, Georgian, Armenian, Greek, Bengali, Nepali, Marathi, Albanian, Mongolian,
 * Persian.
 */
import type { SuffixSet } from '../../types';

export const otherSuffixes: Readonly<Record<string, SuffixSet>> = {
  'en-noun': { lang: 'en', endings: [['', ''], ["'s", 'possessive']] },
  'latin-abbr': { lang: 'und', endings: [['', ''], ['s', 'plural or genitive']] },
  'en-demonym': { lang: 'en', endings: [['', 'demonym'], ['s', 'demonym, plural'], ["'s", 'demonym, possessive']] },
  'de-noun': { lang: 'de', endings: [['', ''], ['s', 'genitive']] },
  'de-adj': { lang: 'de', endings: [['e', 'adjective'], ['er', 'adjective'], ['es', 'adjective'], ['en', 'adjective'], ['em', 'adjective']] },
  'nordic-noun': { lang: 'sv', endings: [['', ''], ['s', 'genitive']] },
  'ro-noun': { lang: 'ro', endings: [['', ''], ['ul', 'definite'], ['ului', 'genitive or dative']] },
  'sq-noun': { lang: 'sq', endings: [['', 'indefinite'], ['i', 'definite'], ['it', 'genitive or dative'], ['in', 'accusative']] },
  'ka-noun': {
    lang: 'ka',
    endings: [
      ['ი', 'nominative'], ['ის', 'genitive'], ['ისა', 'genitive'], ['ს', 'dative'], ['მა', 'ergative'], ['ში', 'in'],
      ['ით', 'instrumental'], ['ად', 'adverbial'], ['თან', 'with'], ['იდან', 'from'], ['ისთვის', 'for'], ['ზე', 'on'],
    ],
  },
  'hy-noun': {
    lang: 'hy',
    endings: [['', 'nominative'], ['ի', 'genitive or dative'], ['ից', 'ablative'], ['ը', 'definite'], ['ն', 'definite'], ['ում', 'locative'], ['ով', 'instrumental'], ['ին', 'dative, definite'], ['յան', 'adjective']],
  },
  'hy-noun-tyun': {
    lang: 'hy',
    endings: [['ուն', 'nominative'], ['ան', 'genitive or dative'], ['ունը', 'definite'], ['ունն', 'definite'], ['ունից', 'ablative'], ['ունում', 'locative'], ['անը', 'genitive, definite'], ['անն', 'genitive or dative, definite'], ['ամբ', 'instrumental']],
  },
  'el-noun-os': { lang: 'el', endings: [['ός', 'nominative'], ['ού', 'genitive'], ['ό', 'accusative']] },
  'el-adj': {
    lang: 'el',
    endings: [['ός', 'adjective'], ['ή', 'adjective, feminine'], ['ό', 'adjective, neuter'], ['ού', 'adjective, genitive'], ['ής', 'adjective, feminine genitive'], ['οί', 'adjective, plural'], ['ές', 'adjective, feminine plural'], ['ά', 'adjective, neuter plural'], ['ών', 'adjective, plural genitive']],
  },
  'bn-noun': { lang: 'bn', endings: [['', ''], ['ের', 'genitive'], ['ে', 'locative'], ['কে', 'objective'], ['ও', 'also'], ['ই', 'emphatic'], ['েও', 'locative, also'], ['ি', 'adjective']] },
  'ne-noun': { lang: 'ne', endings: [['', ''], ['मा', 'locative'], ['को', 'genitive'], ['का', 'genitive, plural'], ['की', 'genitive, feminine'], ['ले', 'ergative'], ['बाट', 'ablative'], ['संग', 'with']] },
  'mr-noun': { lang: 'mr', endings: [['', ''], ['मध्ये', 'locative'], ['ला', 'dative'], ['चा', 'genitive'], ['ची', 'genitive'], ['चे', 'genitive'], ['च्या', 'genitive, oblique'], ['ने', 'instrumental'], ['शी', 'with'], ['तील', 'locative adjective']] },
  // Mongolian cases after a stem ending in -н (Казахстан): the vowel follows the stem's back
  // vowels (unverified by a native speaker). The bare name is Russian's too: the Russian group has it.
  'mn-noun-n': {
    lang: 'mn',
    endings: [['ы', 'genitive'], ['ыг', 'accusative'], ['д', 'dative or locative'], ['аас', 'ablative'], ['аар', 'instrumental'], ['тай', 'comitative'], ['ынх', 'possessive']],
  },
  'fa-noun': { lang: 'fa', endings: [['', ''], ['ي', 'adjective or ezafe'], ['ها', 'plural'], ['يها', 'adjective, plural']] },
};
