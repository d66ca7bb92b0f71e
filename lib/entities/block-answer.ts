/**
 * The matcher run for a page, where it is warm: a page's second stage sends the blocks of text it
 * reads (lib/page/read/scanner.ts) and the background (lib/background/block-matching.ts) answers
 * with their mentions, so a page that the gate lets through does not read, unpack and compile the
 * matcher (a few hundred kilobytes of tables, and most of what a tab used to keep) to match text
 * once. The background keeps one `BlockAnswerer` for its lifetime: its matcher's regular
 * expressions and tables are built once, not in every tab. The text is only matched, never kept.
 */
import type { CompiledCatalogue } from './compile/compile';
import { createMatcherFromCompiled } from './scan/scan';
import { MATCH_LIMIT } from './match-limit';
import type { EntityId, Matcher, Mention } from './types';

export { MATCH_LIMIT };

/** One block of a page: its text, and the language it is written in as the page says. */
export interface BlockQuestion {
  text: string;
  lang?: string;
}

/** A page's blocks (the `matchBlocks` message). */
export interface MatchBlocksRequest {
  /** The key of the matcher the page's summary names: answered only by that matcher. */
  key: string;
  /** The entities the page highlights (its settings and watchlist: lib/page/session-scope.ts). */
  entities: readonly EntityId[];
  blocks: readonly BlockQuestion[];
}

export interface MatchBlocksAnswer {
  /** Every block's mentions, in the order asked; null when the background cannot say (the page then matches them itself). */
  mentions: Mention[][] | null;
}

/** The catalogue the background matches with: the one in force (lib/background/matcher-cache.ts). */
export interface AnsweringCatalogue {
  key: string;
  compiled: CompiledCatalogue;
}

const isBlock = (block: unknown): block is BlockQuestion => {
  if (typeof block !== 'object' || block === null) return false;
  const { text, lang } = block as Partial<BlockQuestion>;
  return typeof text === 'string' && (lang === undefined || typeof lang === 'string');
};

export class BlockAnswerer {
  #catalogue: AnsweringCatalogue | null = null;
  #matcher: Matcher | null = null;
  /** The matcher keeps a prefilter per set of entities it is given: the same set for the same entities. */
  #entitySets = new Map<string, ReadonlySet<EntityId>>();

  /**
   * The mentions in each of the request's blocks, matched with `catalogue`; null when the request
   * names another matcher (the watchlist changed since the page read its summary), or is not a
   * request this answers (not all strings, or more text than MATCH_LIMIT).
   */
  answer(catalogue: AnsweringCatalogue, request: MatchBlocksRequest): Mention[][] | null {
    const { key, entities, blocks } = request;
    if (key !== catalogue.key || !Array.isArray(entities) || !entities.every((id) => typeof id === 'string')) return null;
    if (!Array.isArray(blocks) || !blocks.every(isBlock)) return null;
    let chars = 0;
    for (const block of blocks) chars += block.text.length;
    if (chars > MATCH_LIMIT) return null;
    const matcher = this.#matcherFor(catalogue);
    const wanted = this.#entitySet(entities);
    return blocks.map(({ text, lang }) => matcher.scan(text, lang === undefined ? { entities: wanted } : { lang, entities: wanted }));
  }

  #matcherFor(catalogue: AnsweringCatalogue): Matcher {
    if (this.#catalogue?.compiled !== catalogue.compiled || !this.#matcher) {
      this.#catalogue = catalogue;
      this.#matcher = createMatcherFromCompiled(catalogue.compiled);
      this.#entitySets.clear();
    }
    return this.#matcher;
  }

  #entitySet(entities: readonly EntityId[]): ReadonlySet<EntityId> {
    const id = [...entities].sort().join('\n');
    let set = this.#entitySets.get(id);
    if (!set) {
      // A few variants at most (the settings rarely change): start afresh rather than grow.
      if (this.#entitySets.size >= 8) this.#entitySets.clear();
      set = new Set(entities);
      this.#entitySets.set(id, set);
    }
    return set;
  }
}
