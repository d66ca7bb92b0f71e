/**
 * The page the first stage read, as it goes to the background and comes back: each chunk's
 * blocks described for the background to match (`gateBlocks`), and the whole page with the
 * mentions the background sent, handed to the second stage (`handedScan`, handoff.ts
 * `HandedScan`). Kept apart from first-stage.ts, which decides when to ask and what to follow.
 */
import type { GateBlocks, GateMatch } from '@/lib/entities/gate-answer';
import type { TextBlock } from '../read/blocks';
import { BlockLanguages } from '../read/language';
import type { HandedScan } from './handoff';

/**
 * The blocks of a chunk as the background gets them: lengths, and languages ('' for none). Where
 * nothing in the body declares a language (one native query) every block is in the document's,
 * and no block's element is asked (the scan's BlockLanguages would say the same).
 */
export function gateBlocks(blocks: readonly TextBlock[], doc: Document, shadows: boolean): GateBlocks {
  const lengths = blocks.map((block) => block.text.length);
  const documentLanguage = doc.documentElement.lang || undefined;
  if (!shadows && !doc.body?.querySelector('[lang]')) return { lengths, langs: blocks.map(() => documentLanguage ?? '') };
  const languages = new BlockLanguages(documentLanguage);
  return { lengths, langs: blocks.map((block) => languages.of(block.element) ?? '') };
}

/** What the background sent with the second stage it injected (the gate's answer that did). */
export interface InjectedWith {
  start?: Record<string, unknown>;
  match: GateMatch | null;
  /** How many blocks the chunk it matched had (the page's last ones). */
  blocks: number;
  /** The ask whose chunk it was. */
  ask: number;
}

export interface ReadPage {
  /** Every block of the page, when the ask read it all in whole blocks. */
  blocks: TextBlock[] | null;
  /** The page's changes since the reading began, as kept so far. */
  records: readonly MutationRecord[];
  /** The open shadow roots the reading entered. */
  shadowRoots: ShadowRoot[];
  /** The changes not yet delivered, and the first stage stops following the page. */
  release(): MutationRecord[];
}

/**
 * The page read in whole blocks with the mentions the background sent for its last chunk (the
 * chunks before it held none: the gate said no to them); null when they do not fit.
 */
export function handedScan(injectedWith: InjectedWith | null, page: ReadPage): HandedScan | null {
  const { blocks } = page;
  const match = injectedWith?.match;
  const matched = injectedWith?.blocks ?? 0;
  if (!blocks || !match || !Array.isArray(match.mentions) || match.mentions.length !== matched || matched > blocks.length) return null;
  let taken = false;
  return {
    key: match.key,
    entities: match.entities,
    blocks,
    mentions: [...Array<readonly never[]>(blocks.length - matched).fill([]), ...match.mentions],
    shadowRoots: page.shadowRoots,
    takeRecords: () => {
      if (taken) return [];
      taken = true;
      return [...page.records, ...page.release()];
    },
  };
}
