/**
 * Slips of the keyboard in abbreviations: copy that means the OVKS writes OKVS, ОДКБ becomes
 * ОКДБ. Two neighbouring letters swapped is the commonest slip in a short capitalised word, and
 * the one a reader still recognises. The forms are weak: the catalogue counts them only where the
 * block's context corroborates them (compile/resolve: `needs`), since a swapped abbreviation is
 * often another organisation's.
 */

/** Every spelling of `word` with two neighbouring, different letters swapped (code points). */
export function adjacentSwaps(word: string): string[] {
  const chars = Array.from(word);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    const swapped = [...chars];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1] ?? '', swapped[i] ?? ''];
    out.add(swapped.join(''));
  }
  out.delete(word);
  return [...out];
}

/** Abbreviations long enough to be recognised with a slip: four letters or more. */
export const MIN_SLIP_LENGTH = 4;

/**
 * Capital letters only: an abbreviation typed letter by letter. Written-out ones (सीएसटीओ, with
 * vowel signs) and Han (集安组织) are words, where a swap is not a slip but another word.
 */
const CAPITALS = /^\p{Lu}+$/u;

/** The slips of several abbreviations, minus any spelling that is itself one of them. */
export function abbreviationSlips(abbreviations: readonly string[]): string[] {
  const own = new Set(abbreviations);
  const slips = abbreviations.filter((a) => CAPITALS.test(a) && Array.from(a).length >= MIN_SLIP_LENGTH).flatMap(adjacentSwaps);
  return [...new Set(slips)].filter((s) => !own.has(s));
}
