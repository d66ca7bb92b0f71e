/**
 * Re-tagging the stored passages for a watchlist: the journalist's entities appear in the
 * passages' entities, ranks and counts (so cards and search find them), an alias switched off
 * disappears, the revision moves on, and going back to no watchlist restores the bundle's tags.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogueView } from '@/lib/corpus/catalogue-view';
import { cardFor } from '@/lib/corpus/card/card';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { entityPassageCount, readRevision } from '@/lib/corpus/db/meta';
import { needsRetag, readTagState, retagPassages } from '@/lib/corpus/db/retag';
import { search } from '@/lib/corpus/search/search';
import { getCatalogue } from '@/lib/entities/index';
import { applyWatchlist, builtInAliasKey } from '@/lib/watchlist/catalogue';
import { countAliasHits, isCommon } from '@/lib/watchlist/alias-hits';
import type { Watchlist } from '@/lib/watchlist/schema';
import { seedDb } from '../../../support/seed-corpus';

// Every alias of Tokayev switched off but the Hindi ones (Latin-script forms come from many languages).
const tokayevRecord = getCatalogue().entities.find((e) => e.id === 'tokayev');
const watchlist: Watchlist = {
  entities: [{ id: 'user:samuel-ramani', name: 'Samuel Ramani', kind: 'person', description: 'Analyst.', aliases: [{ text: 'Ramani', lang: 'en', tier: 'name' }] }],
  builtIn: { tokayev: { added: [], off: (tokayevRecord?.aliases ?? []).filter((g) => g.lang !== 'hi').flatMap((g) => g.forms.map((f) => builtInAliasKey(g, f))) } },
};
const view = createCatalogueView(applyWatchlist(getCatalogue(), watchlist));
const BUILD = 'build';
const KEY = 'build+abc';

let db: CorpusDb;
beforeAll(async () => {
  db = await seedDb();
});
afterAll(() => db.close());

const passageWith = (needle: string) => db.passages.filter((p) => p.text.includes(needle)).first();

describe('retagPassages', () => {
  it('tags the passages with the watchlist’s entities and drops aliases switched off', async () => {
    expect(await needsRetag(db, BUILD, BUILD)).toBe(false);
    expect(await needsRetag(db, KEY, BUILD)).toBe(true);
    const before = await readRevision(db);
    const tweet = await passageWith('Tokayev had a meeting');
    expect(tweet?.entities).toContain('tokayev');

    const report = await retagPassages(db, view.indexerOptions(), { key: KEY, batchSize: 7 });
    expect(report).toMatchObject({ passages: await db.passages.count(), revision: before + 1 });
    expect(report?.changed).toBeGreaterThan(0);
    expect((await passageWith('Tokayev had a meeting'))?.entities).not.toContain('tokayev');
    // The Hindi spellings were not switched off.
    expect((await passageWith('टोकायव ने ज़ोर'))?.entities).toContain('tokayev');
    const ramani = await passageWith('Samuel Ramani');
    expect(ramani?.entities).toContain('user:samuel-ramani');
    expect(ramani?.ranks.some((k) => k.startsWith('user:samuel-ramani\u0001'))).toBe(true);
    expect(await readTagState(db)).toEqual({ key: KEY, revision: before + 1 });
    // The counts stored with the new revision are the index's.
    for (const entity of ['user:samuel-ramani', 'tokayev', 'kazakhstan', 'putin']) {
      expect(await entityPassageCount(db, entity)).toBe(await db.passages.where('entities').equals(entity).count());
    }
    expect((await db.meta.get('entityCounts'))?.value).toMatchObject({ revision: before + 1 });
    expect(await needsRetag(db, KEY, BUILD)).toBe(false);
  });

  it('lets cards and search find the journalist’s entity', async () => {
    const card = await cardFor(db, 'user:samuel-ramani', 5, view);
    expect(card.entity).toMatchObject({ name: 'Samuel Ramani', kind: 'person' });
    expect(card.totalPassages).toBe(await entityPassageCount(db, 'user:samuel-ramani'));
    expect(card.passages[0]?.text).toContain('Ramani');
    const found = await search(db, 'Ramani', { catalogue: view });
    expect(found.mode).toBe('entity');
    expect(found.resolved?.entity.id).toBe('user:samuel-ramani');
    await expect(cardFor(db, 'user:samuel-ramani')).rejects.toThrow(/Unknown entity/);
  });

  it('restores the bundle’s tags for an empty watchlist, and stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await retagPassages(db, createCatalogueView(getCatalogue()).indexerOptions(), { key: BUILD, signal: controller.signal })).toBeNull();
    expect(await needsRetag(db, BUILD, BUILD)).toBe(true);
    await retagPassages(db, createCatalogueView(getCatalogue()).indexerOptions(), { key: BUILD });
    expect((await passageWith('Tokayev had a meeting'))?.entities).toContain('tokayev');
    expect(await db.passages.where('entities').equals('user:samuel-ramani').count()).toBe(0);
  });
});

describe('countAliasHits', () => {
  it('counts the passages an alias would match, and calls a word common when it is nearly everywhere', async () => {
    const total = await db.passages.count();
    expect(await countAliasHits(db, { text: 'Ramani', lang: 'en', tier: 'name' }, getCatalogue())).toEqual({ passages: 1, total });
    const the = await countAliasHits(db, { text: 'की', lang: 'hi', tier: 'name' }, getCatalogue());
    expect(the.passages).toBeGreaterThanOrEqual(5);
    expect(isCommon(the)).toBe(true);
    expect(isCommon({ passages: 1, total })).toBe(false);
  });
});
