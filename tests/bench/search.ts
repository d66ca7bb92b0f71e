/**
 * Node micro-benchmark of the corpus: indexing, loading into (fake) IndexedDB, `search` and
 * `cardFor`, on the seeds and on a synthetic 10,000-passage corpus, beside plain fuse.js over
 * every passage. fake-indexeddb is slower than the browsers' IndexedDB, so database-bound
 * numbers here are upper bounds; the browser measurements are the targets' judge.
 *
 *   npm run bench:search -- [--passages 10000] [--runs 20]
 */
import 'fake-indexeddb/auto';
import Fuse from 'fuse.js';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CorpusBundle } from '../../lib/corpus/bundle';
import { cardFor } from '../../lib/corpus/card';
import { catalogueIndexerOptions } from '../../lib/corpus/catalogue';
import { CorpusDb } from '../../lib/corpus/db';
import { buildCorpusBundle } from '../../lib/corpus/indexer';
import { ensureBundledCorpus } from '../../lib/corpus/load';
import { buildSeedBundle } from '../../lib/corpus/node/emit';
import { search } from '../../lib/corpus/search';
import { forgetTextIndex } from '../../lib/corpus/search-cache';
import { syntheticDocuments } from '../../lib/corpus/synthetic';
import { foldForMatch } from '../../lib/text/normalise';
import { CARD_ENTITIES as ENTITIES, ENTITY_QUERIES, keystrokes, TEXT_QUERIES, TYPED } from './queries';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PASSAGES = option('--passages', 10_000);
const RUNS = option('--runs', 20);

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${(sorted[sorted.length - 1] ?? NaN).toFixed(2)} ms`;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

async function repeat(queries: string[], fn: (q: string) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) for (const q of queries) samples.push((await time(() => fn(q)))[0]);
  return samples;
}

function plainFuse(bundle: CorpusBundle) {
  const items = bundle.passages.map((p) => ({ text: foldForMatch(p.text), translation: p.translation ? foldForMatch(p.translation.text) : '' }));
  const fuse = new Fuse(items, { keys: ['text', 'translation'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  return (q: string) => fuse.search(foldForMatch(q), { limit: 20 });
}

async function benchCorpus(label: string, bundle: CorpusBundle): Promise<void> {
  console.log(`\n## ${label}: ${bundle.passages.length} passages`);
  const db = new CorpusDb(`bench-${label}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const [loadMs] = await time(() => ensureBundledCorpus(db, async () => structuredClone(bundle)));
  console.log(`load at install (verify + one transaction): ${loadMs.toFixed(1)} ms`);
  const [coldMs] = await time(() => search(db, 'strategic partner'));
  console.log(`first text search (builds the text index and stores it): ${coldMs.toFixed(1)} ms`);
  // The first search stores the index without waiting for the write: wait for it here.
  while ((await db.textIndex.count()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  forgetTextIndex(db);
  const [restartMs] = await time(() => search(db, 'strategic partner'));
  console.log(`first text search after a worker restart (reads the stored index): ${restartMs.toFixed(1)} ms`);
  console.log(`search, entity queries:  ${stats(await repeat(ENTITY_QUERIES, (q) => search(db, q)))}`);
  console.log(`search, text queries:    ${stats(await repeat(TEXT_QUERIES, (q) => search(db, q)))}`);
  console.log(`search, per keystroke:   ${stats(await repeat(keystrokes(TYPED), (q) => search(db, q)))}`);
  await cardFor(db, 'kazakhstan');
  console.log(`cardFor (warm):          ${stats(await repeat(ENTITIES, (e) => cardFor(db, e)))}`);
  const [fuseBuildMs, fuse] = await time(() => plainFuse(bundle));
  console.log(`plain fuse.js, all passages: index ${fuseBuildMs.toFixed(1)} ms; per query ${stats(await repeat(TEXT_QUERIES, fuse))}`);
  db.close();
}

const root = resolve(import.meta.dirname, '../..');
const [seedMs, seeds] = await time(() => buildSeedBundle(root));
console.log(`indexing the seeds: ${seedMs.toFixed(1)} ms`);
await benchCorpus('seeds', seeds);

const [genMs, docs] = await time(() => syntheticDocuments({ passages: PASSAGES }));
const [indexMs, synthetic] = await time(() => buildCorpusBundle(docs, catalogueIndexerOptions()));
console.log(`\nsynthetic corpus: generated in ${genMs.toFixed(0)} ms, indexed in ${indexMs.toFixed(0)} ms`);
await benchCorpus('synthetic', synthetic);
