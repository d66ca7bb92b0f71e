/**
 * Consonant skeletons of words written in the Brahmic scripts (Devanagari to Malayalam, and
 * Sinhala) and in the Arabic script: the word's consonants, each reduced to a phonetic class,
 * without vowel signs, viramas, nuktas or long vowels.
 *
 * Why: a foreign name in these scripts is spelled by ear, and every publication hears it
 * differently. ಕಜಕಸ್ತಾನ, ಕಝಾಕಿಸ್ಥಾನ್ and ಕಜಾಕಿಸ್ತಾನ್ (Kannada), කසක්ස්තාන (Sinhala), قزاقستان and
 * كازاخستان (Arabic script) differ in vowel length, an inserted short i, aspiration, a virama or
 * the letter for z, never in the order of their consonants: all are k-z-k-z-t-n. Listing the
 * spellings cannot keep up; comparing skeletons does, for the names long enough that no other
 * word shares their skeleton (the compiler's MIN_SKELETON).
 *
 * Classes merge what transliteration confuses: k, kh, q and the Arabic ḥ; c, j, s, ś, ṣ, z (a
 * Russian or Kazakh z is written ज़, ஜ, ச, സ or ز); dental and retroflex t, d, n; aspirates
 * with their plain letters. Doubled consonants count once (കസാക്കിസ്ഥാൻ).
 */

import { LazyPattern } from './lazy-pattern';

/** Starts every word of a skeleton text: skeleton keys start with it, so walks begin at words. */
export const SKELETON_MARK = 0xe000;

/** Not a letter of these scripts: ends a word. */
const BREAK = -1;
/** A vowel sign, virama, nukta or long vowel: part of the word, absent from its skeleton. */
const SILENT = 0;
/** An independent vowel: counts ('a') only where it starts a word (अ, ಅ, ඔ). */
const VOWEL = -2;

/** ISCII layout shared by U+0900…U+0D7F: the consonants ka (0x15) to ha (0x39). */
const ISCII_CONSONANTS = 'kkggnzzzznttddnttddnnppbbmyrrlllvzzzh';
/** Sinhala consonants U+0D9A…U+0DC6 (its own layout; '.' = unassigned). */
const SINHALA_CONSONANTS = 'kkggngzzzznnzttddndttddn.dppbbmbyr.l..vzzzhlp';
/** Arabic-script letters U+0621…U+064A ('.' = silent: hamza, alef, ʿayn, waw, yeh, rare letters). */
const ARABIC_BASIC = '.......bttzzkkdzrzzzzztz.g......pkklmnh...';
/** Letters of the wider Arabic block (Persian, Urdu, Pashto, Kurdish, Uyghur, Sindhi). */
const ARABIC_EXTENDED: Readonly<Record<number, string>> = {
  0x0679: 't', 0x067c: 't', 0x067e: 'p', 0x0681: 'z', 0x0685: 'z', 0x0686: 'z', 0x0688: 'd', 0x0689: 'd',
  0x0691: 'r', 0x0693: 'r', 0x0695: 'r', 0x0696: 'z', 0x0698: 'z', 0x069a: 'z', 0x06a4: 'v', 0x06a9: 'k',
  0x06ab: 'g', 0x06ad: 'n', 0x06af: 'g', 0x06b5: 'l', 0x06ba: 'n', 0x06bc: 'n', 0x06be: 'h', 0x06c1: 'h',
  0x06cb: 'v', 0x06aa: 'k', 0x0683: 'z', 0x0684: 'z', 0x068a: 'd', 0x068d: 'd', 0x068f: 'd', 0x067a: 't',
  0x067b: 'b', 0x0680: 'b', 0x067d: 't', 0x067f: 't', 0x0687: 'z', 0x06a6: 'p',
};
const LETTER_OR_MARK = new LazyPattern(() => /[\p{L}\p{M}]/u);
const NUKTA_LETTERS: Readonly<Record<number, string>> = {
  0x0958: 'k', 0x0959: 'k', 0x095a: 'g', 0x095b: 'z', 0x095c: 'd', 0x095d: 'd', 0x095e: 'p', 0x095f: 'y',
  0x09dc: 'd', 0x09dd: 'd', 0x09df: 'y', 0x0a59: 'k', 0x0a5a: 'g', 0x0a5b: 'z', 0x0a5c: 'r', 0x0a5e: 'p',
  0x0b5c: 'd', 0x0b5d: 'd',
};

function fromTable(table: string, index: number): number {
  const ch = table[index];
  if (ch === undefined || ch === '-') return BREAK;
  return ch === '.' ? SILENT : ch.charCodeAt(0);
}

function computeClass(unit: number): number {
  if (unit >= 0x0900 && unit <= 0x0d7f) {
    const offset = unit & 0x7f;
    if (offset >= 0x15 && offset <= 0x39) return fromTable(ISCII_CONSONANTS, offset - 0x15);
    if ((offset >= 0x04 && offset <= 0x14) || offset === 0x60 || offset === 0x61) return VOWEL;
    // Letters with a nukta written as one character (ज़, ড়, ਜ਼): the normaliser makes them the plain letter.
    const nukta = NUKTA_LETTERS[unit];
    if (nukta !== undefined) return nukta.charCodeAt(0);
    if (unit >= 0x0d7a && unit <= 0x0d7f) return 'nnrllk'.charCodeAt(unit - 0x0d7a); // Malayalam chillus
    if (unit === 0x09f0) return 0x72; // Assamese ra
    if (unit === 0x09f1) return 0x76; // Assamese wa
    if (offset >= 0x64) return BREAK; // dandas, digits, signs
    return SILENT;
  }
  if (unit >= 0x0d80 && unit <= 0x0dff) {
    if (unit >= 0x0d9a && unit <= 0x0dc6) return fromTable(SINHALA_CONSONANTS, unit - 0x0d9a);
    if (unit >= 0x0d85 && unit <= 0x0d96) return VOWEL;
    return unit >= 0x0de6 && unit !== 0x0df2 && unit !== 0x0df3 ? BREAK : SILENT;
  }
  if (unit >= 0x0600 && unit <= 0x06ff) {
    if (unit >= 0x0621 && unit <= 0x064a) return fromTable(ARABIC_BASIC, unit - 0x0621);
    const extended = ARABIC_EXTENDED[unit];
    if (extended !== undefined) return extended.charCodeAt(0);
    return LETTER_OR_MARK.test(String.fromCharCode(unit)) ? SILENT : BREAK;
  }
  return BREAK;
}

const UNKNOWN = -3;
/** Every unit with a class lies in U+0600…U+0DFF (computeClass): the table covers that span only. */
const FIRST = 0x0600;
const CLASSES = new Int16Array(0x0e00 - FIRST).fill(UNKNOWN);

/** The skeleton class of one normalised unit (a letter's class code, SILENT, VOWEL or BREAK). */
function classOf(unit: number): number {
  const slot = unit - FIRST;
  if (slot < 0 || slot >= CLASSES.length) return BREAK;
  let cls = CLASSES[slot] ?? UNKNOWN;
  if (cls === UNKNOWN) CLASSES[slot] = cls = computeClass(unit);
  return cls;
}

/** Whether a unit belongs to a word of these scripts but not to its skeleton (a sign, a vowel). */
export function isSilentInSkeleton(unit: number): boolean {
  const cls = classOf(unit);
  return cls === SILENT || cls === VOWEL;
}

/** Whether a unit is a letter of the scripts that have skeletons, and which class it gives. */
export function skeletonClassOf(unit: number): string | undefined {
  const cls = classOf(unit);
  return cls > 0 ? String.fromCharCode(cls) : undefined;
}

/**
 * A text's skeleton: SKELETON_MARK and the classes of each word of these scripts, words that
 * only a space separates joined by a space (a name of several words has one skeleton). Each
 * unit keeps where it came from in the text it was made of: `from`, where its letter (or, for a
 * mark, its word) starts; `wordEnd`, where its word ends.
 */
export interface SkeletonText {
  length: number;
  units: Uint16Array;
  from: Int32Array;
  wordEnd: Int32Array;
}

const EMPTY: SkeletonText = { length: 0, units: new Uint16Array(0), from: new Int32Array(0), wordEnd: new Int32Array(0) };
const SPACE = 0x20;
const GAP = 0x7c; // '|': words not separated by a single space

/**
 * Whether a string, once normalised, can have a skeleton at all: it holds a unit of the Arabic
 * block, of U+0900…U+0DFF, or a character the normaliser turns into one (Arabic presentation
 * forms, the Arabic mathematical letters). A native test, so text in other scripts skips
 * skeletons for the cost of a regular-expression search; tests/unit/text/skeleton.test.ts checks
 * every code point against the normaliser.
 */
// eslint-disable-next-line no-misleading-character-class -- a range test, not a character sequence
export const SKELETON_SCRIPT_TEXT = /[\u0600-\u06ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufeff]|\ud83b[\ude00-\udeff]/;

/**
 * Makes skeletons into buffers it keeps and grows: the matcher skeletonises block after block,
 * and the result is read before the next call. `skeletonise` below is the one-off form.
 */
export class Skeletoniser {
  private units = new Uint16Array(0);
  private from = new Int32Array(0);
  private wordEnd = new Int32Array(0);

  /** The skeleton of `units[0, length)` (normalised, case-folded text); empty when it has no such words. */
  skeletonise(units: ArrayLike<number>, length: number): SkeletonText {
    // Most text has no such word: find one before writing anything.
    let i = 0;
    while (i < length && classOf(units[i] ?? 0) === BREAK) i++;
    if (i === length) return EMPTY;
    // Each unit gives at most one skeleton unit, each word one separator and one mark.
    const room = 2 * length + 2;
    if (this.units.length < room) {
      this.units = new Uint16Array(room);
      this.from = new Int32Array(room);
      this.wordEnd = new Int32Array(room);
    }
    const out = this.units;
    const from = this.from;
    const wordEnd = this.wordEnd;
    let n = 0;
    let lastWordEnd = -2;
    while (i < length) {
      if (classOf(units[i] ?? 0) === BREAK) {
        i++;
        continue;
      }
      const start = i;
      let end = i;
      while (end < length && classOf(units[end] ?? 0) !== BREAK) end++;
      if (n > 0) {
        out[n] = lastWordEnd + 1 === start && units[lastWordEnd] === SPACE ? SPACE : GAP;
        from[n] = start;
        wordEnd[n++] = end;
      }
      out[n] = SKELETON_MARK;
      from[n] = start;
      wordEnd[n++] = end;
      let previous = -1;
      for (let k = start; k < end; k++) {
        let cls = classOf(units[k] ?? 0);
        if (cls === VOWEL) cls = k === start ? 0x61 : SILENT;
        if (cls === SILENT || cls === previous) continue;
        previous = cls;
        out[n] = cls;
        from[n] = k;
        wordEnd[n++] = end;
      }
      lastWordEnd = end;
      i = end;
    }
    return { length: n, units: out.subarray(0, n), from: from.subarray(0, n), wordEnd: wordEnd.subarray(0, n) };
  }
}

/** The skeleton of `units[0, length)` in buffers of its own (compile time, tests). */
export function skeletonise(units: ArrayLike<number>, length: number): SkeletonText {
  return new Skeletoniser().skeletonise(units, length);
}

/** The skeleton of a normalised, case-folded alias: a trie key, or '' when it has no such word. */
export function skeletonKey(folded: string): string {
  const units = Array.from({ length: folded.length }, (_, k) => folded.charCodeAt(k));
  const text = skeletonise(units, units.length);
  // Only a form made wholly of these scripts' words: a mixed one ("S-300 ھ") keeps its spelling.
  if (text.length === 0 || (text.from[0] ?? 0) !== 0 || (text.wordEnd[text.length - 1] ?? 0) !== folded.length) return '';
  if (Array.from(text.units).some((u) => u === GAP)) return '';
  return String.fromCharCode(...text.units);
}

/** The number of consonant classes in a skeleton key (words' marks and spaces not counted). */
export function skeletonWeight(key: string): number {
  let n = 0;
  for (let k = 0; k < key.length; k++) {
    const u = key.charCodeAt(k);
    if (u !== SKELETON_MARK && u !== SPACE) n++;
  }
  return n;
}

/** Consonants that open a word in a prefilter head (compile/stems.ts). */
export const HEAD_LENGTH = 5;

/**
 * Whether raw text has a word whose skeleton opens with one of `heads` (HEAD_LENGTH classes,
 * an initial vowel not counted): the prefilter's question for skeleton keys, asked of the text
 * as written. Characters the normaliser deletes must be gone already (the prefilter removes
 * them), and text the normaliser would compose or widen goes to the full matcher anyway.
 */
export function hasSkeletonHead(text: string, heads: ReadonlySet<string>): boolean {
  let head = '';
  let previous = -1;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === BREAK) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      head = '';
      previous = -1;
    }
    if (cls <= 0 || cls === previous || head.length === HEAD_LENGTH) continue;
    previous = cls;
    head += String.fromCharCode(cls);
    if (head.length === HEAD_LENGTH && heads.has(head)) return true;
  }
  return false;
}
