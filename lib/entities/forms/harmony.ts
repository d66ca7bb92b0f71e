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
  /**
   * Vowel letters that are back or front as the vowel before them is (back when none): Cyrillic ю
   * spells [ju] after back vowels and [jü] after front ones (Kyrgyz уюм → уюмдун, түйүн).
   */
  neutral?: string;
}

export interface LastSound {
  /** The word ends in a vowel. */
  vowelFinal: boolean;
  /** Its last vowel is a back vowel (a, ı, o, u…); words with no vowel count as back. */
  back: boolean;
  rounded: boolean;
  /** Its last vowel letter, lower-cased ('' when it has none). */
  vowel: string;
  /** Its last letter, lower-cased. */
  last: string;
}

/** The harmony facts of a word's last vowel and its final letter. */
export function lastSound(word: string, vowels: VowelSystem, localeLower: (s: string) => string = (s) => s.toLowerCase()): LastSound {
  const chars = Array.from(localeLower(word));
  const last = chars[chars.length - 1] ?? '';
  const neutral = vowels.neutral ?? '';
  const isVowel = (c: string): boolean => vowels.back.includes(c) || vowels.front.includes(c) || neutral.includes(c);
  let back = true;
  let rounded: boolean | undefined;
  let vowel = '';
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i] ?? '';
    if (!isVowel(c)) continue;
    // The last vowel decides the rounding; a neutral one leaves the frontness to the vowel before.
    if (rounded === undefined) {
      rounded = vowels.rounded.includes(c);
      vowel = c;
    }
    if (neutral.includes(c)) continue;
    back = vowels.back.includes(c);
    break;
  }
  return { vowelFinal: isVowel(last), back, rounded: rounded ?? false, vowel, last };
}

/** Turkish lower-casing (I → ı, İ → i) without depending on the runtime's locale data. */
export function turkishLower(s: string): string {
  return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
}
