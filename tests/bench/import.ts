/**
 * Node benchmark of a large import: 1,000 documents (about 10 MB of text, eight languages,
 * from the synthetic corpus generator) indexed by the shared indexer with the full matcher and
 * stored one transaction per document, exactly as the library's import Worker does
 * (lib/corpus/user/import-run.ts), on fake-indexeddb over a database holding the seeds.
 * fake-indexeddb is slower than a browser's IndexedDB, so the figure is an upper bound for the
 * Worker's work; it says nothing about the page, which only shows progress meanwhile.
 *
 *   npx tsx tests/bench/import.ts [--documents 1000] [--paragraphs 20]
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { resolve } from 'node:path';
import { CorpusDb } from '../../lib/corpus/db/db';
import type { ImportDraft } from '../../lib/corpus/import/draft';
import { indexDocument } from '../../lib/corpus/build/indexer';
import { ensureBundledCorpus } from '../../lib/corpus/db/load';
import { buildSeedBundle } from '../../lib/corpus/node/emit';
import { syntheticDocuments } from '../../lib/corpus/build/synthetic';
import { runImport } from '../../lib/corpus/user/import-run';
import { indexingMatcher } from '../../lib/corpus/user/indexing';
import { max, median, p95 } from './stats';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOCUMENTS = option('--documents', 1000);
// 13 paragraphs of the generator's mix of scripts make about 10 KB of UTF-8 per document.
const PARAGRAPHS = option('--paragraphs', 13);

async function main(): Promise<void> {
  const sources = await syntheticDocuments({ passages: DOCUMENTS * PARAGRAPHS, paragraphsPerDocument: PARAGRAPHS, seed: 13 });
  const drafts: ImportDraft[] = sources.map(({ manifest, text }) => ({
    file: manifest.file, format: 'txt', title: manifest.title.text, text, language: manifest.language,
    date: { value: manifest.date.value, precision: manifest.date.precision, inferredFrom: 'batch' },
    source: 'benchmark', url: '', byline: '',
  }));
  const bytes = drafts.reduce((n, d) => n + new TextEncoder().encode(d.text).byteLength, 0);
  const db = new CorpusDb('bench-import', { indexedDB: new IDBFactory(), IDBKeyRange });
  await ensureBundledCorpus(db, () => buildSeedBundle(resolve(import.meta.dirname, '../..')));
  // The indexer alone (no database), to tell its share of the time from the writes'.
  const indexStart = performance.now();
  for (const d of drafts) indexDocument({ id: d.file, language: d.language ?? 'und', text: d.text }, indexingMatcher());
  const indexMs = performance.now() - indexStart;

  const perDocument: number[] = [];
  let last = performance.now();
  const start = last;
  const { progress } = await runImport(drafts, {
    db, indexer: indexingMatcher, batch: 'bench', now: Date.now(), signal: new AbortController().signal,
    onProgress: () => {
      const now = performance.now();
      perDocument.push(now - last);
      last = now;
    },
  });
  const total = performance.now() - start;
  console.log(`documents: ${progress.stored} stored of ${DOCUMENTS} (${(bytes / 1024 / 1024).toFixed(1)} MB of text, ${progress.passages} passages)`);
  console.log(`of which the indexer alone (split, tag, languages): ${(indexMs / 1000).toFixed(2)} s`);
  console.log(`import (index + one transaction per document): ${(total / 1000).toFixed(2)} s`);
  console.log(`per document: median ${median(perDocument).toFixed(1)} ms, p95 ${p95(perDocument).toFixed(1)} ms, max ${max(perDocument).toFixed(1)} ms`);
  db.close();
}

await main();
