/**
 * Node micro-benchmark of the watchlist's background work: compiling and packing the matcher
 * for 100 entities of the journalist's own (the issue's target: ≤ 300 ms), and re-tagging a
 * synthetic 10,000-passage library with it (≤ 5 s) on fake-indexeddb, which is slower than the
 * browsers' IndexedDB, so that figure is an upper bound.
 *
 *   npm run bench:watchlist -- [--entities 100] [--passages 10000] [--runs 5]
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bundledCatalogueView, createCatalogueView } from '../../lib/corpus/catalogue-view';
import { CorpusDb } from '../../lib/corpus/db/db';
import { buildCorpusBundle } from '../../lib/corpus/build/indexer';
import { ensureBundledCorpus } from '../../lib/corpus/db/load';
import { retagPassages } from '../../lib/corpus/db/retag';
import { syntheticDocuments } from '../../lib/corpus/build/synthetic';
import { compileCatalogue } from '../../lib/entities/compile/compile';
import { compiledCatalogue, getCatalogue } from '../../lib/entities/index';
import { entityNames } from '../../lib/entities/names';
import { packMatcher } from '../../lib/entities/pack';
import { applyWatchlist } from '../../lib/watchlist/catalogue';
import { timed } from './corpus-timing';
import { median } from './stats';
import { benchWatchlist } from './watchlist-entities';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ENTITIES = option('--entities', 100);
const PASSAGES = option('--passages', 10_000);
const RUNS = option('--runs', 5);

const watchlist = benchWatchlist(ENTITIES);

compiledCatalogue(); // warm: the bundled catalogue is compiled once per worker anyway
const compileMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const [ms] = await timed(async () => {
    const catalogue = applyWatchlist(getCatalogue(), watchlist);
    const compiled = compileCatalogue(catalogue);
    return JSON.stringify(packMatcher('bench', compiled, entityNames(catalogue)));
  });
  compileMs.push(ms);
}
console.log(`recompile + pack with ${ENTITIES} entities of your own: median ${median(compileMs).toFixed(1)} ms (runs: ${compileMs.map((m) => m.toFixed(0)).join(', ')})`);

const docs = await syntheticDocuments({ passages: PASSAGES });
const bundle = await buildCorpusBundle(docs, bundledCatalogueView().indexerOptions());
const view = createCatalogueView(applyWatchlist(getCatalogue(), watchlist));
const retagMs: number[] = [];
for (let i = 0; i < Math.min(RUNS, 3); i++) {
  const db = new CorpusDb(`bench-retag-${i}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await ensureBundledCorpus(db, async () => structuredClone(bundle));
  const [ms, report] = await timed(() => retagPassages(db, view.indexerOptions(), { key: 'bench+1' }));
  retagMs.push(ms);
  if (i === 0) console.log(`re-tagged ${report?.passages} passages (${report?.changed} changed)`);
  db.close();
}
console.log(`re-tag ${bundle.passages.length} passages (fake-indexeddb): median ${median(retagMs).toFixed(0)} ms (runs: ${retagMs.map((m) => m.toFixed(0)).join(', ')})`);
