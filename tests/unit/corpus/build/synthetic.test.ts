/**
 * The synthetic corpus used by the benchmark: deterministic, multilingual, with entity
 * mentions the real matcher finds; and search on it stays index-driven at a larger size.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogueView } from '@/lib/corpus/catalogue-view';
import { buildCorpusBundle } from '@/lib/corpus/build/indexer';
import { ensureBundledCorpus } from '@/lib/corpus/db/load';
import { search } from '@/lib/corpus/search/search';
import { syntheticDocuments } from '@/lib/corpus/build/synthetic';
import { freshDb } from '../../../support/db';

describe('syntheticDocuments', () => {
  it('is deterministic and multilingual', async () => {
    const [a, b] = [await syntheticDocuments({ passages: 400 }), await syntheticDocuments({ passages: 400 })];
    expect(a).toEqual(b);
    expect(a.reduce((n, d) => n + d.text.split('\n').length, 0)).toBe(400);
    expect(new Set(a.map((d) => d.manifest.language)).size).toBeGreaterThanOrEqual(6);
    expect((await syntheticDocuments({ passages: 400, seed: 7 }))[0]!.text).not.toBe(a[0]!.text);
  });

  it('indexes, loads and searches at 2,000 passages', async () => {
    const bundle = await buildCorpusBundle(await syntheticDocuments({ passages: 2000 }), bundledCatalogueView().indexerOptions());
    expect(bundle.passages).toHaveLength(2000);
    const db = freshDb();
    await ensureBundledCorpus(db, async () => bundle);
    const kz = await search(db, 'Kazakstan');
    expect(kz.mode).toBe('entity');
    expect(kz.total).toBeGreaterThan(100);
    expect(new Set(kz.hits.map((h) => h.passage.language)).size).toBeGreaterThan(1);
    const text = await search(db, 'energy deal');
    expect(text.mode).toBe('text');
    expect(text.hits[0]?.exact).toBe(true);
    db.close();
  }, 60_000);
});
