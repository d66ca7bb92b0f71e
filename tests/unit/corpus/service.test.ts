/**
 * The background's corpus service: loads once before the first answer, keeps answering from
 * an earlier corpus when a new bundle is broken, and says clearly when there is no corpus.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { bundledCatalogueView } from '@/lib/corpus/catalogue-view';
import { createCorpusService } from '@/lib/corpus/service';
import { textIndexWork } from '@/lib/corpus/search/text-index-cache';
import { indexingMatcher } from '@/lib/corpus/user/indexing';
import { storeUserDocument } from '@/lib/corpus/user/store';
import { seedBundle } from '../../support/seed-corpus';
import { freshDb } from '../../support/db';

let db: CorpusDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('createCorpusService', () => {
  it('loads the bundle once, before the first answer, and answers with native promises', async () => {
    const bundle = await seedBundle();
    const readBundle = vi.fn(async () => structuredClone(bundle));
    const corpus = createCorpusService({ db, readBundle });
    const card = corpus.cardFor('s300');
    expect(card).toBeInstanceOf(Promise);
    const [c, s] = await Promise.all([card, corpus.search('s300')]);
    expect(c.passages).toHaveLength(2);
    expect(s.mode).toBe('entity');
    expect(await corpus.version()).toBe(bundle.version);
    expect(readBundle).toHaveBeenCalledTimes(1);
  });

  it('refreshes the search index on request, so the next search has nothing left to index', async () => {
    const bundle = await seedBundle();
    const corpus = createCorpusService({ db, readBundle: async () => structuredClone(bundle) });
    await corpus.refreshSearch();
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 0 });
    await storeUserDocument(db, {
      file: 'a.txt', format: 'txt', title: 'A', text: 'Quillwort grows on the steppe.', language: 'en',
      date: { value: '', precision: 'unknown', inferredFrom: '' }, source: '', url: '', byline: '',
    }, { indexer: indexingMatcher(), now: 1 });
    await corpus.refreshSearch();
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 1 });
    expect((await corpus.search('quillwort')).hits).toHaveLength(1);
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 1 });
  });

  it('prepares for an import: the corpus, the catalogue\'s query tools and the text index, so the first search builds nothing', async () => {
    const bundle = await seedBundle();
    const view = { ...bundledCatalogueView(), prepareSearch: vi.fn() };
    const corpus = createCorpusService({ db, readBundle: async () => structuredClone(bundle), catalogue: async () => view });
    await corpus.prepareSearch();
    expect(view.prepareSearch).toHaveBeenCalledOnce();
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 0 });
    expect((await corpus.search('steppe')).mode).toBe('text');
    expect(textIndexWork(db)).toEqual({ builds: 1, updates: 0 });
  });

  it('answers "caught up" only once search holds every document stored, so the next search indexes nothing', async () => {
    const bundle = await seedBundle();
    const corpus = createCorpusService({ db, readBundle: async () => structuredClone(bundle) });
    await corpus.prepareSearch();
    const draft = (n: number, word: string) => ({
      file: `${n}.txt`, format: 'txt' as const, title: `N${n}`, text: `${word} grows on the steppe.`, language: 'en',
      date: { value: '', precision: 'unknown' as const, inferredFrom: '' }, source: '', url: '', byline: '',
    });
    await storeUserDocument(db, draft(1, 'Quillwort'), { indexer: indexingMatcher(), now: 1 });
    const refreshing = corpus.refreshSearch();
    await storeUserDocument(db, draft(2, 'Zarnitsa'), { indexer: indexingMatcher(), now: 2 });
    await corpus.searchCaughtUp();
    await refreshing;
    const updates = textIndexWork(db).updates;
    expect(updates).toBeGreaterThanOrEqual(1);
    expect((await corpus.search('zarnitsa')).hits).toHaveLength(1);
    expect((await corpus.search('quillwort')).hits).toHaveLength(1);
    expect(textIndexWork(db).updates).toBe(updates);
  });

  it('keeps answering from the earlier corpus when the new bundle is broken', async () => {
    const bundle = await seedBundle();
    await createCorpusService({ db, readBundle: async () => structuredClone(bundle) }).ready();
    const onLoadError = vi.fn();
    const corpus = createCorpusService({ db, readBundle: async () => ({ format: 1, version: 'x', documents: [], passages: 'no' }), onLoadError });
    expect((await corpus.cardFor('s300')).passages).toHaveLength(2);
    expect(onLoadError).toHaveBeenCalledWith(expect.objectContaining({ name: 'CorpusBundleError' }));
  });

  it('fails clearly with no corpus at all, and tries again on the next call', async () => {
    const bundle = await seedBundle();
    const readBundle = vi.fn()
      .mockRejectedValueOnce(new Error('HTTP 404'))
      .mockResolvedValueOnce(structuredClone(bundle));
    const corpus = createCorpusService({ db, readBundle });
    await expect(corpus.search('Kazakstan')).rejects.toThrowError(/Corpus bundle rejected: could not be read \(HTTP 404\)/);
    expect((await corpus.search('Kazakstan')).total).toBeGreaterThan(10);
  });
});
