/** The queries the search benchmarks type, in Node (search.ts) and in the browsers (browser/corpus.ts). */

/** Queries that name a catalogue entity, in several scripts and forms. */
export const ENTITY_QUERIES = ['Kazakstan', 'казахстана', 'ОДКБ', 's300', 'कजाकिस्तान', 'Tokaev'];
/** Full-text queries: phrases, a typo, a name that is not in the catalogue. */
export const TEXT_QUERIES = ['strategic partner', 'anniversery', 'Zgurest', 'payment system', 'energy deal', 'sanctions pressure'];
/** Typed letter by letter: every prefix is a query. */
export const TYPED = ['strategic partner', 'energy deal', 'trade between both', 'Kazakhstan'];
export const CARD_ENTITIES = ['kazakhstan', 'csto', 's300', 'russia', 'tokayev'];

export const keystrokes = (phrases: readonly string[]): string[] =>
  phrases.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
