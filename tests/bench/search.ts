/**
 * Node micro-benchmark of the corpus: indexing, loading into (fake) IndexedDB, `search` and
 * `cardFor`, on the seeds and on a synthetic 10,000-passage corpus, beside plain fuse.js over
 * every passage. fake-indexeddb is slower than the browsers' IndexedDB, so database-bound
 * numbers here are upper bounds; the browser measurements are the targets' judge.
 *
 *   npm run bench:search -- [--passages 10000] [--runs 20]
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { resolve } from 'node:path';
import type { CorpusBundle } from '../../lib/corpus/build/bundle';
import { cardFor } from '../../lib/corpus/card/card';
import { bundledCatalogueView } from '../../lib/corpus/catalogue-view';
import { CorpusDb } from '../../lib/corpus/db/db';
import { buildCorpusBundle } from '../../lib/corpus/build/indexer';
import { ensureBundledCorpus } from '../../lib/corpus/db/load';
import { buildSeedBundle } from '../../lib/corpus/node/emit';
import { search } from '../../lib/corpus/search/search';
import { forgetTextIndex, textIndexStored } from '../../lib/corpus/search/text-index-cache';
import { syntheticDocuments } from '../../lib/corpus/build/synthetic';
import { plainFuse, samples, timed } from './corpus-timing';
import { max, median, p95 } from './stats';
import { CARD_ENTITIES as ENTITIES, ENTITY_QUERIES, keystrokes, TEXT_QUERIES, TYPED } from './queries';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PASSAGES = option('--passages', 10_000);
const RUNS = option('--runs', 20);

function stats(samples: number[]): string {
  return `median ${median(samples).toFixed(2)} ms, p95 ${p95(samples).toFixed(2)} ms, max ${max(samples).toFixed(2)} ms`;
}

const repeat = (queries: readonly string[], fn: (q: string) => unknown) => samples(queries, RUNS, fn);

async function benchCorpus(label: string, bundle: CorpusBundle): Promise<void> {
  console.log(`\n## ${label}: ${bundle.passages.length} passages`);
  const db = new CorpusDb(`bench-${label}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const [loadMs] = await timed(() => ensureBundledCorpus(db, async () => structuredClone(bundle)));
  console.log(`load at install (verify + one transaction): ${loadMs.toFixed(1)} ms`);
  const [coldMs] = await timed(() => search(db, 'strategic partner'));
  console.log(`first text search (builds the text index and stores it): ${coldMs.toFixed(1)} ms`);
  // The first search stores the index without waiting for the write: wait for it here.
  await textIndexStored(db);
  forgetTextIndex(db);
  const [restartMs] = await timed(() => search(db, 'strategic partner'));
  console.log(`first text search after a worker restart (reads the stored index): ${restartMs.toFixed(1)} ms`);
  console.log(`search, entity queries:  ${stats(await repeat(ENTITY_QUERIES, (q) => search(db, q)))}`);
  console.log(`search, text queries:    ${stats(await repeat(TEXT_QUERIES, (q) => search(db, q)))}`);
  console.log(`search, per keystroke:   ${stats(await repeat(keystrokes(TYPED), (q) => search(db, q)))}`);
  await cardFor(db, 'kazakhstan');
  console.log(`cardFor (warm):          ${stats(await repeat(ENTITIES, (e) => cardFor(db, e)))}`);
  const [fuseBuildMs, fuse] = await timed(() => plainFuse(bundle.passages));
  console.log(`plain fuse.js, all passages: index ${fuseBuildMs.toFixed(1)} ms; per query ${stats(await repeat(TEXT_QUERIES, fuse))}`);
  db.close();
}

const root = resolve(import.meta.dirname, '../..');
const [seedMs, seeds] = await timed(() => buildSeedBundle(root));
console.log(`indexing the seeds: ${seedMs.toFixed(1)} ms`);
await benchCorpus('seeds', seeds);

const [genMs, docs] = await timed(() => syntheticDocuments({ passages: PASSAGES }));
const [indexMs, synthetic] = await timed(() => buildCorpusBundle(docs, bundledCatalogueView().indexerOptions()));
console.log(`\nsynthetic corpus: generated in ${genMs.toFixed(0)} ms, indexed in ${indexMs.toFixed(0)} ms`);
await benchCorpus('synthetic', synthetic);
