/**
 * Full-text search, the fallback when a query names no entity. The term index picks the
 * passages that contain every query word (or as many as any passage does), exactly, as a
 * prefix or with a typo; fuse.js then ranks only the best candidates, and only on a window of
 * text around their match, so the cost stays flat as the corpus grows. Passages holding the
 * query verbatim (after normalisation) come first. A compound ("S-400") matches whole, its parts
 * side by side: never as any "S" plus any "400".
 */
import Fuse from 'fuse.js';
import { matchTerms, type PassageRef, type TextIndex } from './text-index';
import { queryGroups } from './tokens';
import { clearScratch, scratchFor, type Scratch, type WordSlot } from './search-scratch';

/** Candidates handed to fuse.js at most. */
const MAX_CANDIDATES = 60;
/** Multi-word queries: passages checked for the verbatim phrase at most (best first). */
const MAX_PHRASE_CHECKS = 2000;
/** Characters of context on each side of a match that fuse.js sees. */
const WINDOW = 60;

export interface TextHit {
  row: PassageRef;
  exact: boolean;
  score: number;
}

export interface TextResult {
  hits: TextHit[];
  total: number;
  /** Vocabulary terms that matched some query word: what to mark in the hits. */
  matched: Set<string>;
}

interface Candidate {
  position: number;
  quality: number;
  exact: boolean;
  fuse: number;
}

/** Sets `slot` to the hits of `word`: per position, the best quality and its term. */
function wordHits(index: TextIndex, word: string, allowPrefix: boolean, matched: Set<string>, slot: WordSlot): void {
  const { quality, term: termAt, touched } = slot;
  let count = 0;
  for (const { term, quality: q } of matchTerms(index, word, allowPrefix)) {
    matched.add(index.vocabulary[term] ?? '');
    const postings = index.postings[term];
    if (!postings) continue;
    for (let i = 0; i < postings.length; i++) {
      const p = postings[i] ?? 0;
      const had = quality[p] ?? 0;
      if (had < q) {
        if (had === 0) touched[count++] = p;
        quality[p] = q;
        termAt[p] = term + 1;
      }
    }
  }
  slot.count = count;
}

function window(text: string, at: number, length: number): string {
  return at < 0 ? '' : text.slice(Math.max(0, at - WINDOW), at + length + WINDOW);
}

/** A compound's terms, as matched in one passage, one after the other ("s-400", "s 400"). */
function adjacentIn(index: TextIndex, p: number, group: readonly number[], perWord: readonly WordSlot[]): boolean {
  const parts = group.map((w) => index.vocabulary[(perWord[w]?.term[p] ?? 0) - 1] ?? '');
  if (parts.some((t) => t === '')) return false;
  const escaped = parts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped.join('[^\\p{L}\\p{M}\\p{N}]{0,3}')}(?![\\p{L}\\p{M}\\p{N}])`, 'u');
  return pattern.test(index.text[p] ?? '') || pattern.test(index.translation[p] ?? '');
}

/** `open` means the user may still be typing the last word: let it match as a prefix. */
export function searchText(index: TextIndex, query: string, limit: number, open = true): TextResult {
  const normalised = index.normalise(query).trim();
  const termGroups = queryGroups(normalised);
  const words = [...new Set(termGroups.flat())];
  const groups = termGroups.map((g) => g.map((term) => words.indexOf(term)));
  const matched = new Set<string>();
  if (words.length === 0) return { hits: [], total: 0, matched };
  const scratch = scratchFor(index, words.length);
  try {
    return searchWith(index, scratch, { normalised, words, groups, matched, limit, open });
  } finally {
    clearScratch(scratch, words.length);
  }
}

interface Query {
  normalised: string;
  words: string[];
  groups: number[][];
  matched: Set<string>;
  limit: number;
  open: boolean;
}

function searchWith(index: TextIndex, scratch: Scratch, { normalised, words, groups, matched, limit, open }: Query): TextResult {
  // Words of 4+ characters also match as stems (declar → declaration, declared); shorter
  // ones only while being typed, as the last word, and never a single letter.
  const perWord = words.map((word, w) => {
    const length = [...word].length;
    const slot = scratch.words[w] as WordSlot;
    wordHits(index, word, length >= 4 || (open && w === words.length - 1 && length >= 2), matched, slot);
    return slot;
  });
  // Coverage counts the groups a passage matches: every term of a compound, side by side.
  const { coverage, quality, hit, exact: exactAt, bucket: bucketAt } = scratch;
  let maxCoverage = 0;
  const { removed } = index;
  for (const slot of perWord) {
    for (let i = 0; i < slot.count; i++) {
      const p = slot.touched[i] ?? 0;
      const had = quality[p] ?? 0;
      if (had === 0) hit[scratch.hitCount++] = p;
      quality[p] = had + (slot.quality[p] ?? 0);
    }
  }
  for (const group of groups) {
    const [head, ...rest] = group.map((w) => perWord[w] as WordSlot);
    if (!head) continue;
    for (let i = 0; i < head.count; i++) {
      const p = head.touched[i] ?? 0;
      if (rest.length > 0 && rest.some((h) => (h.quality[p] ?? 0) === 0)) continue;
      // A deleted passage keeps its row until the next full build: it is never a hit.
      if (removed.size > 0 && removed.has(p)) continue;
      if (rest.length > 0 && !adjacentIn(index, p, group, perWord)) continue;
      const c = (coverage[p] = (coverage[p] ?? 0) + 1);
      if (c > maxCoverage) maxCoverage = c;
    }
  }
  if (maxCoverage === 0) return { hits: [], total: 0, matched };

  // The candidates: every passage with the best coverage. Only the best MAX_CANDIDATES of them
  // are ranked further. Order: verbatim first, then how well the words matched (together, the
  // passage's bucket), then position. A common word matches tens of thousands of passages and
  // this runs on every keystroke: buckets are counted in one pass over the positions hit, and a
  // second keeps only the passages of the buckets that fill MAX_CANDIDATES, rather than sorting
  // them all.
  let total = 0;
  // Verbatim: a single word matched exactly, or the whole phrase found in the text (checked
  // for the first MAX_PHRASE_CHECKS all-exact passages, by position).
  const allExact: number[] = [];
  for (let i = 0; i < scratch.hitCount; i++) {
    const p = hit[i] ?? 0;
    if (coverage[p] !== maxCoverage) continue;
    total++;
    if ((quality[p] ?? 0) >= words.length) allExact.push(p);
  }
  if (words.length === 1) for (const p of allExact) exactAt[p] = 1;
  else {
    // By position, and only until MAX_CANDIDATES are verbatim: those fill the best bucket, where
    // ties go to the first by position, so a later verbatim passage could not be a candidate.
    const byPosition = Int32Array.from(allExact).sort();
    let verbatim = 0;
    for (let i = 0; i < byPosition.length && i < MAX_PHRASE_CHECKS && verbatim < MAX_CANDIDATES; i++) {
      const p = byPosition[i] ?? 0;
      if ((index.text[p] ?? '').includes(normalised) || (index.translation[p] ?? '').includes(normalised)) {
        exactAt[p] = 1;
        verbatim++;
      }
    }
  }
  // Buckets are small numbers (verbatim or not, and the summed quality in sixteenths of a word):
  // counted in an array, not a Map updated once per passage hit.
  const top = 16 * words.length + 1;
  const perBucket = new Uint32Array(2 * top);
  for (let i = 0; i < scratch.hitCount; i++) {
    const p = hit[i] ?? 0;
    if (coverage[p] !== maxCoverage) continue;
    const q = quality[p] ?? 0;
    const bucket = (exactAt[p] ?? 0) * top + Math.min(top - 1, Math.round(q * 16));
    bucketAt[p] = bucket;
    perBucket[bucket] = (perBucket[bucket] ?? 0) + 1;
  }
  // The lowest bucket still needed, and how many of its passages (the first ones) are; with
  // fewer candidates than MAX_CANDIDATES, every bucket (threshold -1: buckets are never negative).
  let threshold = -1;
  let room = MAX_CANDIDATES;
  for (let bucket = perBucket.length - 1; bucket >= 0; bucket--) {
    const count = perBucket[bucket] ?? 0;
    if (count === 0) continue;
    if (count >= room) {
      threshold = bucket;
      break;
    }
    room -= count;
  }
  // Those above the threshold, and the first `room` (by position) of the threshold's bucket.
  // The positions are visited in the order they were hit, not by position: the threshold's are
  // kept as the `room` smallest seen so far (a short sorted list), never collected whole.
  const above: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < scratch.hitCount; i++) {
    const p = hit[i] ?? 0;
    if (coverage[p] !== maxCoverage) continue;
    const bucket = bucketAt[p] ?? 0;
    if (bucket > threshold) above.push(p);
    else if (bucket === threshold) keepSmallest(at, p, room);
  }
  const chosen = above.concat(at);
  chosen.sort((x, y) => (bucketAt[y] ?? 0) - (bucketAt[x] ?? 0) || x - y);
  const candidates: Candidate[] = chosen.map((position) => ({ position, quality: quality[position] ?? 0, exact: exactAt[position] === 1, fuse: 1 }));

  const first = perWord[0] as WordSlot;
  const items = candidates.map((c) => {
    const term = index.vocabulary[(first.term[c.position] ?? 0) - 1] ?? '';
    const text = index.text[c.position] ?? '';
    const translation = index.translation[c.position] ?? '';
    return { c, text: window(text, text.indexOf(term), term.length), translation: window(translation, translation.indexOf(term), term.length) };
  });
  const fuse = new Fuse(items, { keys: ['text', 'translation'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  for (const result of fuse.search(normalised)) result.item.c.fuse = result.score ?? 1;

  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.quality - a.quality || a.fuse - b.fuse || a.position - b.position);
  const hits = candidates.slice(0, limit).map((c): TextHit => ({
    row: index.rows[c.position] as PassageRef,
    exact: c.exact,
    // In (0, 1]: verbatim first, then how well the words matched, then fuse.js's closeness.
    score: (c.exact ? 0.5 : 0) + (0.3 * c.quality) / words.length + 0.2 * (1 - c.fuse),
  }));
  return { hits, total, matched };
}

/** Adds `p` to `sorted` (ascending) if it is among the `k` smallest seen. */
function keepSmallest(sorted: number[], p: number, k: number): void {
  if (k <= 0 || (sorted.length === k && p >= (sorted[k - 1] ?? 0))) return;
  let i = sorted.length;
  while (i > 0 && (sorted[i - 1] ?? 0) > p) i--;
  sorted.splice(i, 0, p);
  if (sorted.length > k) sorted.pop();
}
