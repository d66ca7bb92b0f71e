/**
 * Boundary classes of normalised characters. Word boundaries are decided by class, never by
 * JavaScript's ASCII-only `\b`:
 * - marks count as word characters (Indic vowel signs, viramas: रूस is not a word inside बेलारूस);
 * - letters of different scripts do not join, so "الـS-300" or "CSTOнің" still have a boundary
 *   between the scripts; digits, "_" and combining marks join with any script;
 * - scripts written without spaces get their own classes, so a Latin acronym next to Chinese or
 *   Japanese text ("CSTOが", "S-300防空") has a boundary, and Han aliases match as substrings.
 */

import { LazyPattern } from './lazy-pattern';

/** Punctuation, spaces, symbols: always a boundary. */
export const NONWORD = 0;
/** Han, hiragana, Thai, Lao, Khmer, Myanmar: no spaces, aliases match as substrings. */
export const DENSE = 2;
/** Katakana including the prolonged sound mark ー: an alias may not sit inside a longer word. */
export const KATAKANA = 3;
/** Hangul: an alias must start a word, particles may follow it. */
export const HANGUL = 4;
/** Digits, "_" and script-neutral combining marks: part of a word in any script. */
export const NEUTRAL = 16;
/** Letters of scripts written with spaces: NEUTRAL + 1 + the script's index below. */
const SCRIPT_BASE = NEUTRAL + 1;

export type CharClass = number;

const SPACED_SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Arabic', 'Hebrew', 'Devanagari', 'Bengali',
  'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Ethiopic',
  'Mongolian', 'Tibetan', 'Syriac', 'Thaana',
].map((name) => new LazyPattern(() => new RegExp(`\\p{Script=${name}}`, 'u')));

const WORDLIKE = new LazyPattern(() => /[\p{L}\p{M}\p{N}_]/u);
const NEUTRAL_RE = new LazyPattern(() => /[\p{N}_\p{Script=Inherited}\p{Script=Common}]/u);
const KATAKANA_RE = new LazyPattern(() => /\p{scx=Kana}/u);
const HANGUL_RE = new LazyPattern(() => /\p{Script=Hang}/u);
const DENSE_RE = new LazyPattern(() => /[\p{scx=Hani}\p{scx=Hira}\p{scx=Bopo}\p{Script=Thai}\p{Script=Laoo}\p{Script=Khmr}\p{Script=Mymr}\p{Script=Yi}]/u);

export function classOfCodePoint(cp: number): CharClass {
  const ch = String.fromCodePoint(cp);
  if (!WORDLIKE.test(ch)) return NONWORD;
  if (KATAKANA_RE.test(ch)) return KATAKANA;
  if (HANGUL_RE.test(ch)) return HANGUL;
  if (DENSE_RE.test(ch)) return DENSE;
  if (NEUTRAL_RE.test(ch)) return NEUTRAL;
  const script = SPACED_SCRIPTS.findIndex((re) => re.test(ch));
  return SCRIPT_BASE + (script < 0 ? SPACED_SCRIPTS.length : script);
}

/** Letters, digits or marks of a script written with spaces. */
export function isSpacedWord(c: CharClass): boolean {
  return c >= NEUTRAL;
}

/** Whether two adjacent characters belong to one word (so no boundary between them). */
export function joins(a: CharClass, b: CharClass): boolean {
  if (a >= NEUTRAL && b >= NEUTRAL) return a === b || a === NEUTRAL || b === NEUTRAL;
  return a === b && a !== NONWORD;
}

/** Marks a table slot as "not computed yet, or a surrogate": take the slow path. */
export const UNRESOLVED = 0xff;
/**
 * Class of every BMP code unit, filled lazily; hot loops read it directly and call classAt()
 * only for UNRESOLVED slots. Surrogates stay UNRESOLVED: their class depends on the pair.
 */
export const UNIT_CLASS = new Uint8Array(0x10000).fill(UNRESOLVED);

/**
 * Precomputed classes (lib/text/tables.ts, packed with the matcher): fills a 256-unit page of
 * UNIT_CLASS with what classOfCodePoint would give, without running its regular expressions.
 */
export type ClassSource = (page: number, set: (unit: number, cls: CharClass) => void) => void;
const setClass = (unit: number, cls: CharClass) => {
  UNIT_CLASS[unit] = cls;
};

/**
 * Fills one page of UNIT_CLASS from `source`: the normaliser does, for each page of text it
 * meets, when it was given the tables (lib/text/normalise.ts createNormaliser).
 */
export function fillClassPage(page: number, source: ClassSource): void {
  source(page, setClass);
}

/** Class of the character at index `i` of a UTF-16 array (either half of a surrogate pair). */
export function classAt(units: Uint16Array, length: number, i: number): CharClass {
  if (i < 0 || i >= length) return NONWORD;
  const unit = units[i] ?? 0;
  if (unit < 0xd800 || unit > 0xdfff) {
    const known = UNIT_CLASS[unit] ?? UNRESOLVED;
    if (known !== UNRESOLVED) return known;
    const computed = classOfCodePoint(unit);
    UNIT_CLASS[unit] = computed;
    return computed;
  }
  if (unit <= 0xdbff) {
    const low = i + 1 < length ? (units[i + 1] ?? 0) : 0;
    return low >= 0xdc00 && low <= 0xdfff ? classOfCodePoint(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000) : NONWORD;
  }
  const high = i > 0 ? (units[i - 1] ?? 0) : 0;
  return high >= 0xd800 && high <= 0xdbff ? classOfCodePoint(((high - 0xd800) << 10) + (unit - 0xdc00) + 0x10000) : NONWORD;
}

/** Class of the first (or last) character of a string (for aliases at compile time). */
export function classOfString(s: string, fromEnd = false): CharClass {
  const chars = Array.from(s);
  const ch = fromEnd ? chars[chars.length - 1] : chars[0];
  return ch === undefined ? NONWORD : classOfCodePoint(ch.codePointAt(0) ?? 0);
}
