/**
 * Runs inside one of the extension's own pages (bundled by browser/corpus.ts and evaluated
 * there, never part of the extension build): the corpus functions the background runs —
 * loading the bundle, `search`, `cardFor` — on the browser's real IndexedDB, in databases of
 * their own that are deleted afterwards. Exposes `globalThis.__backstoryBench`.
 */
import Dexie from 'dexie';
import { cardFor } from '../../../lib/corpus/card/card';
import { bundledCatalogueView } from '../../../lib/corpus/catalogue-view';
import { CorpusDb } from '../../../lib/corpus/db/db';
import { buildCorpusBundle } from '../../../lib/corpus/build/indexer';
import { ensureBundledCorpus } from '../../../lib/corpus/db/load';
import { search } from '../../../lib/corpus/search/search';
import { forgetTextIndex, textIndexStored } from '../../../lib/corpus/search/text-index-cache';
import { syntheticDocuments } from '../../../lib/corpus/build/synthetic';
import { plainFuse, samples, timed } from '../corpus-timing';

const databases = new Map<string, CorpusDb>();

function db(name: string): CorpusDb {
  const found = databases.get(name);
  if (!found) throw new Error(`no database ${name}`);
  return found;
}

async function fresh(name: string): Promise<CorpusDb> {
  databases.get(name)?.close();
  await Dexie.delete(name);
  const created = new CorpusDb(name);
  databases.set(name, created);
  return created;
}

/** Milliseconds `fn` took. */
const ms = async (fn: () => Promise<unknown>): Promise<number> => (await timed(fn))[0];

const api = {
  /** As at install: read /corpus.json, verify it, load it into an empty database. */
  async loadSeeds(name: string): Promise<number> {
    const target = await fresh(name);
    return ms(async () => {
      const bundle: unknown = await (await fetch('/corpus.json')).json();
      await ensureBundledCorpus(target, async () => bundle);
    });
  },

  /** Generates and indexes a synthetic corpus in this page, then loads it. */
  async loadSynthetic(name: string, passages: number): Promise<{ indexMs: number; loadMs: number; passages: number }> {
    const target = await fresh(name);
    const start = performance.now();
    const bundle = await buildCorpusBundle(await syntheticDocuments({ passages }), bundledCatalogueView().indexerOptions());
    const indexMs = performance.now() - start;
    const loadMs = await ms(() => ensureBundledCorpus(target, async () => bundle));
    return { indexMs, loadMs, passages: bundle.passages.length };
  },

  /**
   * The first text search of a corpus revision (builds the text index and stores it), then the
   * first one after a worker restart (the in-memory index dropped: it is read back).
   */
  async firstTextSearch(name: string, query: string): Promise<{ buildMs: number; restartMs: number }> {
    const target = db(name);
    forgetTextIndex(target);
    await target.textIndex.clear();
    const buildMs = await ms(() => search(target, query));
    // The index is stored without the search waiting for it: wait here.
    await textIndexStored(target);
    forgetTextIndex(target);
    const restartMs = await ms(() => search(target, query));
    return { buildMs, restartMs };
  },

  searchTimes(name: string, queries: string[], runs: number): Promise<number[]> {
    const target = db(name);
    return samples(queries, runs, (q) => search(target, q));
  },

  cardForTimes(name: string, entities: string[], runs: number): Promise<number[]> {
    const target = db(name);
    return samples(entities, runs, (e) => cardFor(target, e));
  },

  /** Plain fuse.js over every passage and translation (what the term index spares). */
  async fuseTimes(name: string, queries: string[], runs: number): Promise<{ buildMs: number; samples: number[] }> {
    const rows = await db(name).passages.toArray();
    const [buildMs, search] = await timed(() => plainFuse(rows));
    return { buildMs, samples: await samples(queries, runs, search) };
  },

  async cleanup(): Promise<void> {
    for (const [name, open] of databases) {
      open.close();
      await Dexie.delete(name);
    }
    databases.clear();
  },
};

export type CorpusBenchApi = typeof api;
(globalThis as unknown as { __backstoryBench: CorpusBenchApi }).__backstoryBench = api;
