/**
 * Timing helpers of the corpus benchmarks, shared by the Node one (search.ts) and the one that
 * runs in an extension page (browser/corpus-page.ts): no Node imports. `plainFuse` is the
 * baseline both compare the search with: fuse.js over every passage and translation.
 */
import Fuse from 'fuse.js';
import { foldForMatch } from '../../lib/text/normalise';

/** How long `fn` took, in milliseconds, and what it returned. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/** One timing per item per run, in order. */
export async function samples(items: readonly string[], runs: number, fn: (item: string) => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let r = 0; r < runs; r++) for (const item of items) out.push((await timed(() => fn(item)))[0]);
  return out;
}

interface PassageText {
  text: string;
  translation?: { text: string } | null;
}

/** Plain fuse.js over all passages: a search function, 20 results a query. */
export function plainFuse(passages: readonly PassageText[]): (query: string) => unknown {
  const items = passages.map((p) => ({ text: foldForMatch(p.text), translation: p.translation ? foldForMatch(p.translation.text) : '' }));
  const fuse = new Fuse(items, { keys: ['text', 'translation'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  return (query) => fuse.search(foldForMatch(query), { limit: 20 });
}
