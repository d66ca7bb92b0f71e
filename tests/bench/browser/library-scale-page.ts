/**
 * Runs inside the extension's library page (bundled by browser/library-scale.ts and evaluated
 * there, never part of the extension build): fills the extension's own database with documents
 * of the journalist's own through the import path — the shared indexer and `storeUserDocument`,
 * one document per transaction, as the import Worker stores them, the background told about
 * once a second as the library page tells it — then asks the background for
 * searches as the popup does, message by message; and times the watchlist's background work in
 * the browser: the matcher compiled and packed for 100 entities of one's own, and 10,000 stored
 * passages re-tagged (in a database of their own, deleted afterwards). Exposes
 * `globalThis.__backstoryScale`.
 */
import Dexie from 'dexie';
import { buildCorpusBundle } from '../../../lib/corpus/build/indexer';
import { syntheticDocuments } from '../../../lib/corpus/build/synthetic';
import { bundledCatalogueView, createCatalogueView } from '../../../lib/corpus/catalogue-view';
import { CorpusDb, openCorpusDb } from '../../../lib/corpus/db/db';
import { ensureBundledCorpus } from '../../../lib/corpus/db/load';
import { retagPassages } from '../../../lib/corpus/db/retag';
import { indexingMatcher } from '../../../lib/corpus/user/indexing';
import { storeUserDocument } from '../../../lib/corpus/user/store';
import { compileCatalogue } from '../../../lib/entities/compile/compile';
import { compiledCatalogue, getCatalogue } from '../../../lib/entities/index';
import { entityNames } from '../../../lib/entities/names';
import { packMatcher } from '../../../lib/entities/pack';
import { envelope } from '../../../lib/messages/envelope';
import type { BackgroundProtocol } from '../../../lib/messages/protocol';
import { applyWatchlist } from '../../../lib/watchlist/catalogue';
import { samples, timed } from '../corpus-timing';
import { benchWatchlist } from '../watchlist-entities';

type Reply = { ok: boolean; error?: string; value?: { total?: number } };
type Api = { runtime: { sendMessage(message: unknown): Promise<Reply> } };
const g = globalThis as unknown as { browser?: Api; chrome?: Api };
const runtime = (g.browser ?? g.chrome)?.runtime;

async function ask<K extends keyof BackgroundProtocol>(type: K, data: BackgroundProtocol[K] extends { request: infer R } ? R : never): Promise<Reply> {
  if (!runtime) throw new Error('no extension runtime in this page');
  const reply = await runtime.sendMessage(envelope<BackgroundProtocol, K>(type, data as never));
  if (!reply?.ok) throw new Error(`${String(type)} failed: ${reply?.error ?? 'no answer'}`);
  return reply;
}

const RETAG_DB = 'backstory-bench-retag';

const api = {
  /**
   * Stores `passages` passages of synthetic documents (eight languages, `perDocument`
   * paragraphs each; another `seed`, other documents) in the extension's database as the import
   * does; returns how long it took.
   */
  async seedLibrary(passages: number, perDocument: number, seed: number): Promise<{ ms: number; documents: number; passages: number }> {
    const db = openCorpusDb();
    const docs = await syntheticDocuments({ passages, paragraphsPerDocument: perDocument, seed });
    const indexer = indexingMatcher();
    let stored = 0;
    let told = performance.now();
    const [ms] = await timed(async () => {
      for (const { manifest, text } of docs) {
        // As the library page does during an import: the background is told about once a second.
        if (performance.now() - told > 1000) {
          told = performance.now();
          ask('corpusChanged', null).catch(() => undefined);
        }
        const result = await storeUserDocument(db, {
          file: manifest.file, format: 'txt', title: `Library report ${manifest.id}`, text, language: manifest.language,
          date: { value: manifest.published.value ?? '', precision: 'year', inferredFrom: 'user' }, source: 'Bench desk', url: '', byline: '',
        }, { indexer, now: Date.now(), batch: 'bench-scale' });
        if (result.status === 'stored') stored += result.passages;
      }
    });
    db.close();
    return { ms, documents: docs.length, passages: stored };
  },

  /**
   * The library's own notice to the background; resolves once its search index is current. A
   * background unloaded meanwhile (Firefox's event page) loses the reply: asked again, it
   * carries on from the stored index and the change log.
   */
  async indexNow(): Promise<number> {
    return (await timed(() => ask('corpusChanged', null).catch(() => ask('corpusChanged', null))))[0];
  },

  /** Each query sent to the background as the popup sends it (a message per keystroke). */
  searchTimes(queries: string[], runs: number): Promise<number[]> {
    return samples(queries, runs, (query) => ask('search', { query, limit: 20 }));
  },

  cardForTimes(entities: string[], runs: number): Promise<number[]> {
    return samples(entities, runs, (entity) => ask('cardFor', { entity }));
  },

  /** The watchlist's catalogue applied, compiled and packed as the background stores it. */
  recompileTimes(entities: number, runs: number): Promise<number[]> {
    compiledCatalogue(); // the bundled catalogue is compiled once per worker anyway
    const watchlist = benchWatchlist(entities);
    return samples(Array.from({ length: runs }, (_, i) => String(i)), 1, () => {
      const catalogue = applyWatchlist(getCatalogue(), watchlist);
      return JSON.stringify(packMatcher('bench', compileCatalogue(catalogue), entityNames(catalogue)));
    });
  },

  /** A library of `passages` bundled passages re-tagged for the watchlist, as the background does. */
  async retag(passages: number, entities: number): Promise<{ ms: number; passages: number; changed: number }> {
    await Dexie.delete(RETAG_DB);
    const db = new CorpusDb(RETAG_DB);
    try {
      const bundle = await buildCorpusBundle(await syntheticDocuments({ passages }), bundledCatalogueView().indexerOptions());
      await ensureBundledCorpus(db, async () => bundle);
      const view = createCatalogueView(applyWatchlist(getCatalogue(), benchWatchlist(entities)));
      const tagger = view.indexerOptions();
      const [ms, report] = await timed(() => retagPassages(db, tagger, { key: 'bench+watchlist' }));
      return { ms, passages: report?.passages ?? 0, changed: report?.changed ?? 0 };
    } finally {
      db.close();
      await Dexie.delete(RETAG_DB);
    }
  },
};

export type LibraryScaleApi = typeof api;
(globalThis as unknown as { __backstoryScale: LibraryScaleApi }).__backstoryScale = api;
