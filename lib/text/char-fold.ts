/**
 * The fold of ONE code point, as used for matching: NFKC, then the explicit folds NFKC does not
 * do (dashes, spaces, apostrophes, native digits, invisibles, Arabic/Hebrew marks and letter
 * variants, Indic nukta), then — for the case-insensitive copy — locale-independent case folding.
 *
 * Everything here is per code point, so the results can be cached in tables; sequences that
 * compose under NFKC (e + U+0301) are handled by the caller (see composing.ts, normalise.ts).
 */

import { LazyPattern } from './lazy-pattern';

/** Result of folding one code point: the matching copy with and without case folding. */
export interface CodePointFold {
  /** Normalised text, case preserved (abbreviations and designations match here). */
  upper: string;
  /** Same length as `upper`, case-folded (names and adjectives match here). */
  lower: string;
}

/** Invisible format characters and the Arabic tatweel. */
const DELETE = new LazyPattern(() => /[\p{Default_Ignorable_Code_Point}\u0640]/u);
/** Arabic harakat, superscript alef and Quranic marks. */
const ARABIC_MARK = new LazyPattern(() => /[\u064B-\u065F\u0670\u06D6-\u06ED]/u);
/** Hebrew points and cantillation, except maqaf (a dash) and three punctuation marks. */
const HEBREW_POINT = new LazyPattern(() => /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/u);
/** Nukta signs of the Indic scripts: कज़ाख़स्तान and कजाखस्तान must compare equal. */
const NUKTA = new LazyPattern(() => /[\u093C\u09BC\u0A3C\u0ABC\u0B3C\u0C3C\u0CBC]/u);
const NUKTA_ALL = new LazyPattern(() => /[\u093C\u09BC\u0A3C\u0ABC\u0B3C\u0C3C\u0CBC]/gu);
/**
 * Dashes: every Dash_Punctuation character, the minus signs, and the horizontal lines that
 * typesetting and CJK text use as dashes (box drawing ─ ━, the horizontal line extension ⎯).
 */
const DASH = new LazyPattern(() => /[\p{Pd}\u2212\u2796\u02D7\u2043\u2500\u2501\u2574\u2576\u2578\u257A\u23AF]/u);
const APOSTROPHE = new LazyPattern(() => /[\u2018\u2019\u02BC\u02BB\u00B4\u0060\uFF07\u055A\u05F3\u201B\u2032]/u);
const DOUBLE_QUOTE = new LazyPattern(() => /[\u05F4\u201C\u201D\u201E\u201F\u2033]/u);
const SPACE = new LazyPattern(() => /[\p{Zs}\p{Cc}\u2028\u2029]/u);
const DIGIT = new LazyPattern(() => /\p{Nd}/u);
/** Greek letters with tonos or dialytika (ά, ΐ, ϋ…), folded to the bare letter in the case-insensitive copy. */
const GREEK_ACCENTED = new LazyPattern(() => /[\u0386-\u038F\u0390\u03AA-\u03B0\u03CA-\u03CE]/u);

/** Letter variants folded so one alias serves several orthographies (ar/fa/ur, hi, ru, ro). */
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // ی (Persian/Urdu yeh) → ي
  '\u06A9': '\u0643', // ک → ك
  '\u06C1': '\u0647', // ہ → ه
  '\u06C0': '\u0647', // ۀ → ه
  '\u0949': '\u093E', // ॉ → ा (मॉस्को = मास्को)
  '\u0911': '\u0906', // ऑ → आ
  '\u0901': '\u0902', // ँ → ं
  '\u0219': '\u015F', // ș → ş (Romanian comma below and the cedilla both occur)
  '\u0218': '\u015E', // Ș → Ş
  '\u021B': '\u0163', // ț → ţ
  '\u021A': '\u0162', // Ț → Ţ
  '\u0451': '\u0435', // ё → е
  '\u0401': '\u0415', // Ё → Е
};

/** The ASCII value of a decimal digit of any script (every Nd run starts at its zero). */
function digitValue(cp: number): number {
  let steps = 0;
  while (steps < 60 && DIGIT.test(String.fromCodePoint(cp - steps - 1))) steps++;
  return steps % 10;
}

function foldUpperCodePoint(ch: string): string {
  if (DELETE.test(ch) || ARABIC_MARK.test(ch) || HEBREW_POINT.test(ch)) return '';
  if (DASH.test(ch)) return '-';
  if (APOSTROPHE.test(ch)) return "'";
  if (DOUBLE_QUOTE.test(ch)) return '"';
  if (SPACE.test(ch)) return ' ';
  if (NUKTA.test(ch)) return '';
  if (DIGIT.test(ch)) return String(digitValue(ch.codePointAt(0) ?? 0x30));
  const variant = LETTER_VARIANTS[ch];
  if (variant !== undefined) return variant;
  // Precomposed nukta letters that NFKC keeps composed (ऩ U+0929, ऱ, ऴ): drop the nukta.
  const decomposed = ch.normalize('NFD');
  if (decomposed !== ch && NUKTA.test(decomposed)) return decomposed.replace(NUKTA_ALL.regExp, '').normalize('NFC');
  return ch;
}

/** Case fold of one already-normalised code point; never changes its length. */
function foldCaseCodePoint(ch: string): string {
  if (ch === '\u0130' || ch === '\u0131') return 'i'; // İ and ı: Turkish, Azerbaijani, Kazakh Latin
  if (ch === '\u03C2') return '\u03C3'; // final sigma
  const lower = ch.toLowerCase();
  // Greek capitals drop their accents (ΚΑΖΑΚΣΤΑΝ for Καζακστάν): compare Greek without tonos and dialytika.
  if (GREEK_ACCENTED.test(lower)) return lower.normalize('NFD').charAt(0);
  return lower.length === ch.length ? lower : ch;
}

/** Folds one code point (given as a string of one code point, or a lone surrogate). */
export function foldCodePoint(ch: string): CodePointFold {
  // Punctuation folds first: NFKC would turn ´ into a space and a combining accent.
  if (APOSTROPHE.test(ch) || DASH.test(ch) || DOUBLE_QUOTE.test(ch)) {
    const folded = foldUpperCodePoint(ch);
    return { upper: folded, lower: folded };
  }
  let upper = '';
  let lower = '';
  for (const part of ch.normalize('NFKC')) {
    const folded = foldUpperCodePoint(part);
    for (const unit of folded) {
      upper += unit;
      lower += foldCaseCodePoint(unit);
    }
  }
  return { upper, lower };
}
