/**
 * Keys matched as the start of a word, with any ending after them — for the languages and
 * spellings the word-form model does not list form by form:
 *
 * - **Stems**: a name of eight or more letters in an alphabet (Latin, Cyrillic, Greek, Armenian,
 *   Georgian, Ethiopic) also matches with an ending the catalogue does not know: Chechen
 *   Казахстанан, Avar Казахстаналда, Kabardian Къэзахъстаным, Icelandic Kazakhstani. A long
 *   proper name followed by more letters is the same name inflected or derived in almost every
 *   language; short names (Russia, Kazan) are not stems, so they keep their exact forms.
 * - **Skeletons**: a name in a Brahmic or the Arabic script with at least MIN_SKELETON
 *   consonants also matches every spelling with the same consonant skeleton, with any ending
 *   (lib/text/skeleton.ts): ಕಜಕಸ್ತಾನವನ್ನು, కజాఖ్స్తానీలను, කසක්ස්තානයේ, قزاقستان.
 *
 * Both apply to the user's own aliases as to the catalogue's. The walk (scan/walk.ts) prefers a
 * listed form that ends the word over a stem, and a match by stem covers the whole word.
 */
import { HEAD_LENGTH, skeletonKey, skeletonWeight, SKELETON_MARK } from '../../text/skeleton';
import type { AliasGroup } from '../types';
import { wordForms } from '../forms';
import { pluralForms } from '../forms/plurals';
import { typoVariants, writtenBases } from './expand';

/** Letters in the last word of a name before it is matched as a stem. */
export const MIN_STEM = 8;
/** Consonants in a skeleton, and in its first word, before it is used. */
export const MIN_SKELETON = 5;
const MIN_SKELETON_FIRST_WORD = 3;
/** At least HEAD_LENGTH: the prefilter's head is taken from the longest word. */
const MIN_LONGEST_WORD = HEAD_LENGTH;

const ALPHABETIC = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Ethiopic}]/u;
const LETTER = /\p{L}/u;

/** The written bases of a group, without the suffix slot (a slot inside a phrase: none). */
function bases(group: AliasGroup): string[] {
  return writtenBases(group).flatMap((base) => {
    const slot = base.indexOf('~');
    if (slot < 0) return [base];
    return slot === base.length - 1 ? [base.slice(0, -1)] : [];
  });
}

function eligible(group: AliasGroup): boolean {
  const caseSensitive = group.caseSensitive ?? group.tier === 'abbreviation';
  return !caseSensitive && group.tier !== 'abbreviation' && group.tier !== 'weak';
}

/**
 * Plurals of a people noun in the agglutinative languages, matched with any ending: the plural
 * makers of forms/plurals.ts, and the plurals the language's case model already labels.
 */
function pluralStems(group: AliasGroup): string[] {
  if (group.people !== true) return [];
  return bases(group).flatMap((base) => {
    const plural = pluralForms(base, group.lang);
    if (plural.stem) return plural.forms.map(([text]) => text);
    return AGGLUTINATIVE.test(group.lang) ? wordForms(base, group.lang).filter((f) => f.label === 'plural').map((f) => f.text) : [];
  });
}

/** Turkic languages whose case models label a plural (қазақтар, казактар, qozoqlar). */
const AGGLUTINATIVE = /^(kk|ky|uz|tk|tr|az|ug|sah|cv)\b/;

/**
 * The group's folded keys matched as stems: `plurals`, the plurals of a people noun in the
 * agglutinative languages (wherever the group applies); `names`, its long names, which take
 * unknown endings only on pages in a language whose endings are not modelled (the compiler
 * gates them: where the endings are known, the closed list decides, so a Hungarian
 * Tileuberdiszerű is not taken for the name Tileuberdi) or not known at all.
 */
export function stemKeys(group: AliasGroup, fold: (text: string) => string): { plurals: string[]; names: string[] } {
  if (!eligible(group)) return { plurals: [], names: [] };
  const plurals = pluralStems(group).map(fold);
  if (group.tier !== 'name' || group.pageLangs !== undefined) return { plurals, names: [] };
  return { plurals, names: bases(group)
    .map(fold)
    .filter((key) => {
      const last = Array.from(key.slice(key.lastIndexOf(' ') + 1));
      return last.length >= MIN_STEM && last.every((ch) => LETTER.test(ch)) && ALPHABETIC.test(last[last.length - 1] ?? '');
    }) };
}

/**
 * The keys that begin compound words (a group marked `compounds`): each written base, folded,
 * of at least MIN_STEM letters — a shorter one (Kasach-) begins other words too.
 */
export function compoundKeys(group: AliasGroup, fold: (text: string) => string): string[] {
  if (group.compounds !== true || !eligible(group)) return [];
  return bases(group).map(fold).filter((key) => !key.includes(' ') && Array.from(key).length >= MIN_STEM);
}

/** Letters in a one-word name before its typing slips are matched (Kasahtsani, Казастан). */
export const MIN_SLIP = 9;
const SLIP_ALPHABET = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;

const sameStart = (a: string, b: string): boolean => Array.from(a).slice(0, 2).join('') === Array.from(b).slice(0, 2).join('');

/** A letter typed twice, never the first (Kazakisttani, Kazakhsstan). */
function doubledLetters(word: string): string[] {
  const chars = Array.from(word);
  return chars.slice(1).map((_, i) => [...chars.slice(0, i + 2), ...chars.slice(i + 1)].join(''));
}

/**
 * Typing slips of a watched entity's long one-word names (compile/expand.ts typoVariants: one
 * letter dropped, two swapped, one commonly confused; and one typed twice), matched as stems
 * with any ending on pages in the group's own language: Estonian Kashastani, Lithuanian
 * Kazachtano, Belarusian Казастан, Swahili Kazakisttani.
 * As stems, not each slip times each ending of the language, which would multiply the tables.
 * Groups that list their own slips (`typos`) or opt out (`typos: false`) are left as they are.
 */
export function slipKeys(group: AliasGroup, fold: (text: string) => string): string[] {
  if (group.typos !== undefined || group.tier !== 'name' || !eligible(group)) return [];
  const words = bases(group);
  if (words.length === 0 || words.some((w) => !SLIP_ALPHABET.test(w) || Array.from(w).length < MIN_SLIP)) return [];
  const own = words.map(fold);
  // A stem's slips cover its forms with endings (Қазақистан and Қазақистанниң): only the shortest.
  const shortest = words.filter((_, i) => !own.some((other, j) => j !== i && other.length < (own[i] ?? '').length && (own[i] ?? '').startsWith(other)));
  // A slip that begins a real spelling (the name without its last letter) would take the real
  // name with any ending: Kazakistan-bul, Tileuberd-iszerű.
  // Slips keep the word's first two letters: the scan walks a word only when its first two
  // letters begin a key (scan/walk.ts firstPairs), and "ke", "ky"… begin too many words.
  const slips = shortest.flatMap((word) => [...typoVariants(word), ...doubledLetters(word)].filter((slip) => sameStart(slip, word)));
  return [...new Set(slips.map(fold))].filter((key) => !own.some((word) => word.startsWith(key)));
}

/**
 * Languages that stack endings: a name with one ending the model knows may take more after it
 * (Turkish Kazakistan-daki-ler-in, Kazakh Қазақстан-дағы-лар-дың, Georgian ყაზახეთ-ში-ც,
 * Korean 카자흐스탄-에서-는). Listing every chain would multiply the forms by hundreds. Not the
 * Uralic languages: they glue whole words after a case ending (Finnish Tileuberdin|kaltaiset,
 * "Tileuberdi-like"), so their closed lists decide.
 */
const STACKING = /^(tr|az|tk|uz|kk|ky|tt|ba|ug|sah|cv|crh|kaa|mn|ka|ko)\b/;

/** Label of a form matched with more endings after its own. */
export const MORE_ENDINGS = 'and more endings';

/**
 * Whether a listed form of `group` may take more endings after its own: a name (not
 * case-sensitive) in a stacking language, and a form with an ending — never the bare name, which
 * would take any word that starts with it.
 */
export function takesMoreEndings(group: AliasGroup, form: { text: string; label?: string }): boolean {
  if (group.tier !== 'name' || !eligible(group) || !STACKING.test(group.lang)) return false;
  if (form.label === undefined || form.label === 'nominative' || form.label === group.form) return false;
  return !bases(group).some((base) => base.replace('~', '') === form.text);
}

/** The group's skeleton keys: its Brahmic and Arabic-script names long enough to have one. */
export function skeletonKeys(group: AliasGroup, fold: (text: string) => string): string[] {
  if (!eligible(group)) return [];
  return bases(group)
    .map((base) => skeletonKey(fold(base)))
    .filter((key) => {
      if (key === '' || skeletonWeight(key) < MIN_SKELETON) return false;
      // A phrase of short words (the Persian سازمان پیمان امنیت…) would share its skeleton, word
      // by word, with too much ordinary text: one word must be long enough to be rare.
      const words = key.split(' ');
      return skeletonWeight(words[0] ?? '') >= MIN_SKELETON_FIRST_WORD && Math.max(...words.map(skeletonWeight)) >= MIN_LONGEST_WORD;
    });
}

/**
 * The prefilter's heads for skeleton keys (compile/prefilter.ts, lib/text/skeleton.ts
 * hasSkeletonHead): the first HEAD_LENGTH consonants of each key's longest word — every word of a
 * key is in the text when the key is, and the longest is the rarest (an Urdu name opening with
 * اجتماعي would let every اجتماعية through). Comma-separated.
 */
export function skeletonHeads(keys: Iterable<string>): string {
  const heads = new Set<string>();
  for (const key of keys) {
    const words = key.split(' ').map((word) => Array.from(word).filter((ch) => ch.charCodeAt(0) !== SKELETON_MARK && ch !== 'a'));
    const rarest = words.reduce((a, b) => (b.length > a.length ? b : a), [] as string[]);
    heads.add(rarest.slice(0, HEAD_LENGTH).join(''));
  }
  return [...heads].join(',');
}
