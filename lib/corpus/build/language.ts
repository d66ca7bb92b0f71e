/**
 * Language of one passage, guessed from its script and a few stop words. Good enough to tell
 * an English tweet inside a Hindi article, or Ukrainian from Russian; not a general detector.
 * The document's declared language wins whenever the evidence does not contradict it.
 */

export interface DetectedLanguage {
  /** BCP 47 tag, or 'und' when nothing can be said. */
  lang: string;
  /** ISO 15924 code of the script of most letters ('Zyyy' when there are no letters). */
  script: string;
}

const SCRIPTS: Array<[string, RegExp]> = [
  ['Latn', /\p{Script=Latin}/gu],
  ['Cyrl', /\p{Script=Cyrillic}/gu],
  ['Deva', /\p{Script=Devanagari}/gu],
  ['Arab', /\p{Script=Arabic}/gu],
  ['Hani', /\p{Script=Han}/gu],
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Hang', /\p{Script=Hangul}/gu],
  ['Grek', /\p{Script=Greek}/gu],
  ['Armn', /\p{Script=Armenian}/gu],
  ['Geor', /\p{Script=Georgian}/gu],
  ['Hebr', /\p{Script=Hebrew}/gu],
  ['Thai', /\p{Script=Thai}/gu],
  ['Beng', /\p{Script=Bengali}/gu],
];

/** The language to assume for a script when the document says nothing better. */
const DEFAULT_LANG: Record<string, string> = {
  Latn: 'en', Cyrl: 'ru', Deva: 'hi', Arab: 'ar', Hani: 'zh', Jpan: 'ja', Hang: 'ko',
  Grek: 'el', Armn: 'hy', Geor: 'ka', Hebr: 'he', Thai: 'th', Beng: 'bn',
};

/** Scripts of the languages a document may declare (those the corpus is likely to carry). */
const LANG_SCRIPT: Record<string, string> = {
  en: 'Latn', tl: 'Latn', fil: 'Latn', fr: 'Latn', de: 'Latn', es: 'Latn', it: 'Latn', pt: 'Latn',
  pl: 'Latn', cs: 'Latn', tr: 'Latn', uz: 'Latn', az: 'Latn', id: 'Latn', vi: 'Latn', nl: 'Latn',
  ru: 'Cyrl', uk: 'Cyrl', be: 'Cyrl', kk: 'Cyrl', ky: 'Cyrl', bg: 'Cyrl', sr: 'Cyrl', mk: 'Cyrl',
  hi: 'Deva', mr: 'Deva', ne: 'Deva', ar: 'Arab', fa: 'Arab', ur: 'Arab', zh: 'Hani', ja: 'Jpan',
  ko: 'Hang', el: 'Grek', hy: 'Armn', ka: 'Geor', he: 'Hebr', th: 'Thai', bn: 'Beng',
};

/** Frequent function words; month names help with tweet attributions ("November 28, 2022"). */
const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(('the and of to in is was were with for that on as by has had have from at his her ' +
    'its it will be are an this which said met there can no should not their they he she after ' +
    'january february march april may june july august september october november december').split(' ')),
  tl: new Set(('ang ng mga sa na ay at si ni ito kung para ayon din rin mula pa hindi isang ' +
    'kasama dahil sapagkat ngunit kanyang nito ngayon lamang tulad naman').split(' ')),
};

function dominantScript(text: string): string {
  // One native regex pass per script beats a per-character loop by an order of magnitude.
  let best = 'Zyyy';
  let max = 0;
  for (const [script, re] of SCRIPTS) {
    const n = text.match(re)?.length ?? 0;
    if (n > max) [best, max] = [script, n];
  }
  return best;
}

function latinLanguage(text: string, documentLang: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(STOP_WORDS).map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [top, second] = scores;
  if (!top || top[1] === 0 || (second && top[1] === second[1])) {
    return LANG_SCRIPT[documentLang] === 'Latn' ? documentLang : 'en';
  }
  // A declared Latin-script language we have no stop words for (fr, de…) keeps its tag unless
  // the passage is clearly English.
  if (LANG_SCRIPT[documentLang] === 'Latn' && !(documentLang in STOP_WORDS) && top[0] !== 'en') return documentLang;
  return top[0];
}

function cyrillicLanguage(text: string, documentLang: string): string {
  if (/[әғқңөұүһ]/iu.test(text)) return 'kk';
  if (/[їєґ]/iu.test(text)) return 'uk';
  if (/ў/iu.test(text)) return 'be';
  // і alone is Ukrainian, Belarusian or Kazakh: trust the document if it is one of them.
  if (/і/iu.test(text)) return ['uk', 'be', 'kk'].includes(documentLang) ? documentLang : 'uk';
  return LANG_SCRIPT[documentLang] === 'Cyrl' ? documentLang : 'ru';
}

/** Guesses the language of one passage of a document declared as `documentLang`. */
export function detectLanguage(text: string, documentLang: string): DetectedLanguage {
  const script = dominantScript(text);
  if (script === 'Zyyy') return { lang: documentLang || 'und', script };
  if (script === 'Latn') return { lang: latinLanguage(text, documentLang), script };
  if (script === 'Cyrl') return { lang: cyrillicLanguage(text, documentLang), script };
  if (LANG_SCRIPT[documentLang] === script) return { lang: documentLang, script };
  return { lang: DEFAULT_LANG[script] ?? 'und', script };
}
