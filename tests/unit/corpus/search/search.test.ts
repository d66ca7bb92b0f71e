/**
 * Search on the seed corpus: entity queries in any script or form return that entity's
 * passages in every language; other queries fall back to fuzzy full text over passages and
 * translations, verbatim matches first, with what matched marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { ensureBundledCorpus } from '@/lib/corpus/db/load';
import { search } from '@/lib/corpus/search/search';
import type { SearchHit } from '@/lib/corpus/types';
import { sourceDocument } from '../../../support/bundles';
import { HI, seedBundle, seedDb, TL } from '../../../support/seed-corpus';
import { buildCorpusBundle } from '@/lib/corpus/build/indexer';
import { bundledCatalogueView } from '@/lib/corpus/catalogue-view';

let db: CorpusDb;
beforeAll(async () => {
  db = await seedDb();
});
afterAll(() => db.close());

const ids = (hits: SearchHit[]) => hits.map((h) => h.passage.id).sort();
const docsOf = (hits: SearchHit[]) => [...new Set(hits.map((h) => h.passage.document.id))].sort();
const marked = (h: SearchHit) => h.marks.text.map((r) => h.passage.text.slice(r.start, r.end));
const markedEn = (h: SearchHit) => h.marks.translation.map((r) => h.passage.translation?.text.slice(r.start, r.end));

describe('search: queries that name an entity', () => {
  it.each([
    ['Kazakstan', 'kazakhstan'],
    ['казахстана', 'kazakhstan'],
    ['कजाकिस्तान', 'kazakhstan'],
    ['ОДКБ', 'csto'],
    ['s300', 's300'],
    ['Tokaev', 'tokayev'],
  ])('%s resolves to %s and returns its passages', async (query, entity) => {
    const response = await search(db, query, { limit: 50 });
    expect(response.mode).toBe('entity');
    expect(response.resolved?.entity.id).toBe(entity);
    expect(response.hits.length).toBe(response.total);
    for (const hit of response.hits) {
      expect(hit.passage.entities).toContain(entity);
      expect(hit.marks.text.length + hit.marks.translation.length).toBeGreaterThan(0);
    }
  });

  it('"कजाकिस्तान" returns passages from both documents (Tagalog and Hindi)', async () => {
    const response = await search(db, 'कजाकिस्तान', { limit: 50 });
    expect(docsOf(response.hits)).toEqual([TL, HI]);
    expect(response.hits.map((h) => h.passage.language)).toEqual(expect.arrayContaining(['tl', 'hi', 'en']));
  });

  it('"s300" returns exactly the Tagalog S-300 passages, marked', async () => {
    const response = await search(db, 's300');
    expect(ids(response.hits)).toEqual([`${TL}#2`, `${TL}#4`]);
    for (const hit of response.hits) {
      expect(marked(hit)).toEqual(['S-300']);
      expect(markedEn(hit)).toEqual(['S-300']);
    }
  });

  it('"ОДКБ" finds the CSTO in Tagalog and Hindi', async () => {
    const response = await search(db, 'ОДКБ');
    expect(ids(response.hits)).toEqual(expect.arrayContaining([`${TL}#7`, `${TL}#8`, `${HI}#16`]));
    expect(response.resolved?.entity.name).toMatch(/CSTO|Collective Security/);
  });

  it('"Tokaev" returns the Hindi passages about Tokayev, Devanagari mentions marked', async () => {
    const response = await search(db, 'Tokaev', { limit: 50 });
    expect(docsOf(response.hits)).toEqual([HI]);
    const hit = response.hits.find((h) => h.passage.id === `${HI}#2`);
    expect(hit && marked(hit)).toEqual(['टोकायव', 'टोकायेव']);
  });
});

describe('search: near misses and several entities', () => {
  it.each(['S-400', 's400', 'S 400', 'S-400s', 'С-400', 'S-3000'])('"%s" is not answered with S-300 passages', async (query) => {
    const response = await search(db, query, { limit: 50 });
    expect(response.resolved).toBeNull();
    expect(response.hits.filter((h) => h.passage.entities.includes('s300')).map((h) => h.passage.id)).toEqual([]);
  });

  it.each(['S-400', 'Zgurest', 'strategic partner', 'Akta', 'a'])('"%s": no hit marks a single letter', async (query) => {
    const response = await search(db, query, { limit: 50 });
    for (const hit of response.hits) {
      for (const text of [...marked(hit), ...markedEn(hit)]) expect(Array.from(text ?? '').length, text).toBeGreaterThan(1);
    }
  });

  it('"tokayev putin" returns the passages that mention both first, each marked', async () => {
    const response = await search(db, 'tokayev putin', { limit: 50 });
    expect(response.mode).toBe('entities');
    expect(response.together?.map((e) => e.id)).toEqual(['tokayev', 'putin']);
    const both = (h: SearchHit) => h.passage.entities.includes('tokayev') && h.passage.entities.includes('putin');
    const flags = response.hits.map(both);
    expect(flags[0]).toBe(true);
    // Every passage naming both comes before any naming one.
    expect(flags.indexOf(false) === -1 || flags.lastIndexOf(true) < flags.indexOf(false)).toBe(true);
    expect(response.hits.length).toBe(response.total);
    const first = response.hits[0]!;
    expect(first.marks.text.length).toBeGreaterThanOrEqual(2);
  });

  it('a query naming one entity in two words stays one entity', async () => {
    expect((await search(db, 'Collective Security Treaty Organization')).resolved?.entity.id).toBe('csto');
    expect((await search(db, 'S-300 missiles')).resolved?.entity.id).toBe('s300');
  });
});

describe('search: full text', () => {
  it('tolerates a typo, in the English translation', async () => {
    const response = await search(db, 'anniversery');
    expect(response.mode).toBe('text');
    expect(ids(response.hits)).toEqual([`${HI}#2`]);
    expect(markedEn(response.hits[0]!)).toEqual(['anniversary']);
  });

  it('tolerates a typo in a name the catalogue does not know, in the original text', async () => {
    const response = await search(db, 'Zgurest');
    expect(ids(response.hits)).toEqual([`${TL}#2`, `${TL}#4`]);
    expect(response.hits.flatMap(marked).sort()).toEqual(['Zgurets', 'Zgurts']);
    expect(response.hits.flatMap(markedEn).sort()).toEqual(['Zgurets', 'Zgurts']);
  });

  it('ranks verbatim matches first and marks the words', async () => {
    const response = await search(db, 'strategic partner');
    expect(response.hits.length).toBeGreaterThan(0);
    expect(response.hits[0]!.exact).toBe(true);
    const exact = response.hits.filter((h) => h.exact).map((h) => h.passage.id);
    expect(exact).toEqual(expect.arrayContaining([`${HI}#1`, `${HI}#2`, `${HI}#16`]));
    expect(markedEn(response.hits[0]!)).toEqual(expect.arrayContaining(['strategic', 'partner']));
    const typo = await search(db, 'strategic partnr ');
    expect(typo.hits.every((h) => !h.exact)).toBe(true);
    expect(ids(typo.hits)).toEqual(expect.arrayContaining(exact));
  });

  it('matches the word being typed as a prefix', async () => {
    const response = await search(db, 'Akta');
    expect(ids(response.hits)).toEqual([`${HI}#8`]);
    expect(markedEn(response.hits[0]!)).toEqual(['Aktau']);
  });

  it('answers nothing for nonsense and for an empty query, without error', async () => {
    expect(await search(db, 'xyzzyq')).toMatchObject({ mode: 'text', hits: [], total: 0 });
    expect(await search(db, '   ')).toMatchObject({ mode: 'empty', hits: [] });
  });

  it('carries document metadata, translation and citation ids on every hit', async () => {
    const [hit] = (await search(db, 'Halyk')).hits;
    expect(hit?.passage).toMatchObject({
      id: `${HI}#14`,
      language: 'hi',
      originalEnglish: false,
      translation: { language: 'en', kind: 'editorial' },
      document: { id: HI, language: 'hi', source: 'seed document; publisher unknown', date: { precision: 'day', value: '2022-11-28' } },
      citation: { documentId: HI, passageId: `${HI}#14`, paragraph: 14, corpusVersion: (await seedBundle()).version },
    });
  });

  it('rebuilds its index when the corpus changes', async () => {
    expect((await search(db, 'Zgurest')).total).toBe(2);
    const other = await buildCorpusBundle([await sourceDocument('other', ['Nothing but Zgurets here.'])], bundledCatalogueView().indexerOptions());
    await ensureBundledCorpus(db, async () => other);
    expect(ids((await search(db, 'Zgurest')).hits)).toEqual(['other#1']);
    await ensureBundledCorpus(db, async () => structuredClone(await seedBundle()));
    expect((await search(db, 'Zgurest')).total).toBe(2);
  });
});
