/**
 * Mongolian (Cyrillic) case endings: four-way vowel harmony (а, э, о, ө in the long endings
 * -аас/-ээс/-оос/-өөс) and the stem's final sound (a final -н takes the genitive -ы/-ий, a
 * vowel a -г- glide): Казахстан → Казахстаны, Казахстанд, Казахстанаас, Казахстантай.
 */
import type { WordForm } from './types';

type Harmony = 'a' | 'e' | 'o' | 'ö';

/** A harmony class from one vowel (и and е count as front: they are neutral in loans). */
function classOf(c: string): Harmony | undefined {
  if ('ауя'.includes(c)) return 'a';
  if (c === 'о') return 'o';
  if (c === 'ө') return 'ö';
  if ('эүеи'.includes(c)) return 'e';
  return undefined;
}

/**
 * Harmony classes of a word: native words agree throughout; a loan's first and last vowels may
 * not (Токаев: о … е), and writers follow either, so both are returned.
 */
function harmoniesOf(word: string): Harmony[] {
  const classes = Array.from(word.toLowerCase()).map(classOf).filter((c): c is Harmony => c !== undefined);
  const first = classes.find((c) => c !== 'e') ?? 'e';
  const last = classes[classes.length - 1] ?? first;
  return first === last ? [first] : [first, last];
}

const LONG: Readonly<Record<Harmony, string>> = { a: 'аа', e: 'ээ', o: 'оо', ö: 'өө' };

export function mongolianForms(word: string): WordForm[] {
  return harmoniesOf(word).flatMap((h) => formsIn(word, h));
}

function formsIn(word: string, h: Harmony): WordForm[] {
  const long = LONG[h];
  const back = h === 'a' || h === 'o';
  const vowelFinal = /[аэиоөуүыяеюй]$/i.test(word);
  const comitative = `т${h === 'o' ? 'о' : back ? 'а' : 'э'}й`;
  const toward = h === 'ö' || h === 'e' ? 'рүү' : 'руу';
  if (vowelFinal) {
    return [
      [`${word}гийн`, 'genitive'], [`${word}г`, 'accusative'], [`${word}д`, 'dative or locative'], [`${word}г${long}с`, 'ablative'],
      [`${word}г${long}р`, 'instrumental'], [`${word}${comitative}`, 'comitative'], [`${word}${toward}`, 'directional'],
    ];
  }
  const genitive = word.endsWith('н') ? (back ? 'ы' : 'ий') : back ? 'ын' : 'ийн';
  return [
    [word + genitive, 'genitive'], [`${word}${back ? 'ыг' : 'ийг'}`, 'accusative'], [`${word}д`, 'dative or locative'],
    [`${word}${long}с`, 'ablative'], [`${word}${long}р`, 'instrumental'], [`${word}${comitative}`, 'comitative'],
    [`${word}${toward}`, 'directional'], [`${word}${back ? 'ынх' : 'ийнх'}`, 'possessive'],
  ];
}
