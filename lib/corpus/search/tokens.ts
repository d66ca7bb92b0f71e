/**
 * Word tokens for full-text search, in any script. Text is normalised first (the project's
 * normaliser: case, Unicode forms, nukta…), then cut into runs of letters, marks and digits.
 * Scripts written without spaces (Chinese, Japanese, Thai) are cut into overlapping character
 * pairs instead, the usual cheap stand-in for a word segmenter.
 */

import { foldWithOffsets } from '../../text/normalise';

export type Normalise = (text: string) => string;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function pieces(word: string): string[] {
  if (!UNSPACED.test(word)) return [word];
  const chars = [...word];
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(`${chars[i]}${chars[i + 1]}`);
  return pairs;
}

/** Search terms of an already normalised text, in order (repeats kept). */
export function terms(normalised: string): string[] {
  const words = normalised.match(WORD) ?? [];
  // Most text has no unspaced script at all: one test of the whole text, not one per word.
  if (!UNSPACED.test(normalised)) return words;
  const out: string[] = [];
  for (const word of words) {
    if (UNSPACED.test(word)) out.push(...pieces(word));
    else out.push(word);
  }
  return out;
}

export interface RawToken {
  start: number;
  end: number;
  /** The terms this stretch of original text normalises to. */
  terms: string[];
}

/**
 * Words of the original text with their offsets and their terms (for marks). The text is
 * case-folded once with the project's normaliser, whose offset map leads back to the original
 * (a soft hyphen or a nukta inside a word stays inside its range).
 */
export function rawTokens(text: string): RawToken[] {
  const { folded, starts, ends } = foldWithOffsets(text);
  const out: RawToken[] = [];
  for (const match of folded.matchAll(WORD)) {
    const last = match.index + match[0].length - 1;
    out.push({ start: starts[match.index] ?? 0, end: ends[last] ?? text.length, terms: pieces(match[0]) });
  }
  return out;
}

/**
 * What a query asks for, group by group: the terms of each stretch typed between spaces. A
 * stretch of several terms ("s-400") is one compound, matched whole; in scripts written without
 * spaces every character pair is a group of its own. A lone letter is no search (it would match
 * the "S" of every "S-300"), except in those scripts.
 */
export function queryGroups(normalised: string): string[][] {
  const groups: string[][] = [];
  for (const chunk of normalised.split(/\s+/u)) {
    const chunkTerms = terms(chunk);
    if (chunkTerms.length === 0) continue;
    if (UNSPACED.test(chunk)) groups.push(...chunkTerms.map((t) => [t]));
    else if (chunkTerms.length > 1 || Array.from(chunkTerms[0] ?? '').length > 1) groups.push(chunkTerms);
  }
  return groups;
}
