/**
 * Full names of three or more words as journalists write them: one function word left out
 * ("Organisation traité de sécurité collective"), an article added after a preposition
 * ("Tratado de la Seguridad Colectiva"), one function word swapped for another ("de traité"
 * for "du traité"), and one letter dropped or two swapped in the last long word
 * ("Organizaton"), the modifiers of a three- or four-word name in another order, and one
 * content word translated another way (SYNONYMS: "Collective Safety Treaty", "Collective
 * Security Agreement", Serbian заједничкој for колективној).
 * Content words are never dropped, and only replaced by a listed synonym, so another
 * organisation's name (North Atlantic Treaty Organization, Shanghai Cooperation Organisation)
 * never comes out.
 * Only for alias groups marked `typos`: wording variants are labelled 'variant wording', slips
 * 'misspelling'.
 */

/** Function words by language: prepositions and articles that copy adds, drops or swaps. */
const FUNCTION_WORDS: Readonly<Record<string, { prepositions: readonly string[]; articles: readonly string[] }>> = {
  en: { prepositions: ['of', 'for'], articles: ['the'] },
  fr: { prepositions: ['du', 'de', 'des', "de l'"], articles: ['la', 'le', "l'"] },
  es: { prepositions: ['del', 'de'], articles: ['la', 'el'] },
  pt: { prepositions: ['do', 'de', 'da'], articles: ['a', 'o'] },
  it: { prepositions: ['del', 'di', 'per', 'della', 'sulla'], articles: ['la', 'il'] },
  de: { prepositions: ['des', 'über', 'für'], articles: ['die', 'der'] },
  nl: { prepositions: ['van', 'inzake'], articles: ['het', 'de'] },
  sv: { prepositions: ['för', 'om'], articles: [] },
  ro: { prepositions: ['de', 'pentru', 'privind'], articles: [] },
  sr: { prepositions: ['o', 'za'], articles: [] },
  hr: { prepositions: ['o', 'za'], articles: [] },
  bs: { prepositions: ['o', 'za'], articles: [] },
  sl: { prepositions: ['o', 'za'], articles: [] },
};

/**
 * The words a translation of a name renders another way, one at a time: what press copy and
 * machine translation write for "treaty", "security" and "collective" (lower case; matching
 * folds case).
 */
const SYNONYMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  en: { treaty: ['agreement', 'pact'], security: ['safety'] },
  sr: { колективној: ['заједничкој'], kolektivnoj: ['zajedničkoj'], ugovora: ['dogovora', 'sporazuma'], уговора: ['договора', 'споразума'] },
  hr: { ugovora: ['dogovora', 'sporazuma'], kolektivnoj: ['zajedničkoj'] },
  bs: { ugovora: ['dogovora', 'sporazuma'], kolektivnoj: ['zajedničkoj'] },
};

/** Long enough for a one-letter slip to be unambiguous. */
const LONG_WORD = 9;

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** `word` capitalised as `like` is (display labels and case-sensitive groups keep it). */
function sameCase(word: string, like: string): string {
  const first = like.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export function phraseVariants(phrase: string, lang: string): (readonly [text: string, label: string])[] {
  const words = phrase.split(' ');
  const language = (lang.split('-')[0] ?? lang).toLowerCase();
  const table = FUNCTION_WORDS[language];
  if (words.length < 3 || table === undefined) return [];
  const all = [...table.prepositions, ...table.articles];
  const isFunction = (w: string): boolean => all.includes(w.toLowerCase());
  const out = new Set<string>();
  const slips = new Set<string>();
  const join = (ws: readonly string[]): string => ws.join(' ');
  words.forEach((word, i) => {
    if (!isFunction(word)) return;
    // Left out (but a name keeps at least three words).
    if (words.length > 3) out.add(join([...words.slice(0, i), ...words.slice(i + 1)]));
    // Swapped for another function word of the same kind.
    const kind = table.prepositions.includes(word.toLowerCase()) ? table.prepositions : table.articles;
    for (const other of kind) if (other !== word.toLowerCase() && !other.includes("'")) out.add(join([...words.slice(0, i), other, ...words.slice(i + 1)]));
    // An article added after a preposition.
    if (table.prepositions.includes(word.toLowerCase()) && !isFunction(words[i + 1] ?? '')) {
      for (const article of table.articles) if (!article.includes("'")) out.add(join([...words.slice(0, i + 1), article, ...words.slice(i + 1)]));
    }
  });
  // Another order of the modifiers before the head ("Collective Treaty Security Organization"),
  // for names of three or four words without function words: every word kept, none added. (Names
  // that put the head first, as the Romance languages do, have function words.)
  if (words.length <= 4 && !words.some(isFunction)) {
    for (const order of permutations(words.slice(0, -1))) out.add(join([...order, words[words.length - 1] ?? '']));
  }
  // One content word translated another way.
  const synonyms = SYNONYMS[language] ?? {};
  words.forEach((word, i) => {
    for (const other of synonyms[word.toLowerCase()] ?? []) out.add(join([...words.slice(0, i), sameCase(other, word), ...words.slice(i + 1)]));
  });
  // One letter dropped or two neighbours swapped in the last long word (never its first letter).
  const last = words.length - 1;
  const tail = Array.from(words[last] ?? '');
  if (tail.length >= LONG_WORD) {
    const head = words.slice(0, last);
    for (let i = 1; i < tail.length; i++) {
      slips.add(join([...head, [...tail.slice(0, i), ...tail.slice(i + 1)].join('')]));
      const next = tail[i + 1];
      if (next !== undefined && next !== tail[i]) slips.add(join([...head, [...tail.slice(0, i), next, tail[i] ?? '', ...tail.slice(i + 2)].join('')]));
    }
  }
  out.delete(phrase);
  slips.delete(phrase);
  return [...[...out].map((t) => [t, 'variant wording'] as const), ...[...slips].map((t) => [t, 'misspelling'] as const)];
}
