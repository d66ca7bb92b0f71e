/**
 * The background's side of matching a page's blocks (lib/entities/block-answer.ts): the
 * catalogue in force, with one answerer whose matcher is built once per worker and catalogue.
 */
import { BlockAnswerer, type MatchBlocksAnswer, type MatchBlocksRequest } from '@/lib/entities/block-answer';
import type { MatcherCache } from './matcher-cache';

export interface BlockMatching {
  /** The mentions in a second stage's blocks (lib/page/read/scanner.ts asks). */
  matchBlocks(request: MatchBlocksRequest): Promise<MatchBlocksAnswer>;
}

export function blockMatching(matchers: Pick<MatcherCache, 'active'>): BlockMatching {
  const answerer = new BlockAnswerer();
  // The blocks are only matched, never kept, like the gate's text.
  return { matchBlocks: async (request) => ({ mentions: answerer.answer(await matchers.active(), request) }) };
}
