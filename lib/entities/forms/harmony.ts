/**
 * Vowel harmony and consonant assimilation, the two rules behind every Turkic (and Mongolic,
 * Uralic) case ending: the ending's vowel copies the frontness (and in some languages the
 * rounding) of the word's last vowel, and its first consonant the voicing of the word's last
 * sound.
 */

export interface VowelSystem {
  back: string;
  front: string;
  rounded: string;
}

export interface LastSound {
  /** The word ends in a vowel. */
  vowelFinal: boolean;
  /** Its last vowel is a back vowel (a, ı, o, u…); words with no vowel count as back. */
  back: boolean;
  rounded: boolean;
  /** Its last letter, lower-cased. */
  last: string;
}

/** The harmony facts of a word's last vowel and its final letter. */
export function lastSound(word: string, vowels: VowelSystem, localeLower: (s: string) => string = (s) => s.toLowerCase()): LastSound {
  const chars = Array.from(localeLower(word));
  const last = chars[chars.length - 1] ?? '';
  const isVowel = (c: string): boolean => vowels.back.includes(c) || vowels.front.includes(c);
  let back = true;
  let rounded = false;
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i] ?? '';
    if (isVowel(c)) {
      back = vowels.back.includes(c);
      rounded = vowels.rounded.includes(c);
      break;
    }
  }
  return { vowelFinal: isVowel(last), back, rounded, last };
}

/** Turkish lower-casing (I → ı, İ → i) without depending on the runtime's locale data. */
export function turkishLower(s: string): string {
  return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
}
