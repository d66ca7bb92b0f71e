/**
 * cardFor on the seed corpus: catalogue data, best passages first, each with its document's
 * metadata, mention offsets of every entity, the editorial translation and citation ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardFor } from '@/lib/corpus/card/card';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { HI, seedBundle, seedDb, TL } from '../../../support/seed-corpus';

let db: CorpusDb;
beforeAll(async () => {
  db = await seedDb();
});
afterAll(() => db.close());

describe('cardFor', () => {
  it("answers cardFor('s300') with the Tagalog S-300 passages and the catalogue entry", async () => {
    const card = await cardFor(db, 's300');
    expect(card.entity).toMatchObject({ id: 's300', kind: 'weapon-system', highlight: true });
    expect(card.entity.description.length).toBeGreaterThan(10);
    expect(card.totalPassages).toBe(2);
    expect(card.passages.map((p) => p.id).sort()).toEqual([`${TL}#2`, `${TL}#4`]);
    expect(card.corpusVersion).toBe((await seedBundle()).version);
    for (const p of card.passages) {
      expect(p.language).toBe('tl');
      expect(p.document).toMatchObject({
        id: TL, language: 'tl', origin: 'bundled', source: 'seed document; publisher unknown',
        title: { editorial: true }, date: { precision: 'year-range', value: '2010/2013', refersTo: 'content' },
        published: { precision: 'unknown', value: null },
      });
      expect(p.translation).toMatchObject({ language: 'en', kind: 'editorial' });
      expect(p.originalEnglish).toBe(false);
      expect(p.citation).toEqual({ corpusVersion: card.corpusVersion, documentId: TL, passageId: p.id, paragraph: p.paragraph });
      const own = p.mentions.filter((m) => m.entity === 's300');
      expect(own.map((m) => p.text.slice(m.start, m.end))).toEqual(['S-300']);
      expect(p.entityMentions).toBe(1);
      // Co-mentioned entities come too, for the card to list them.
      expect(p.entities).toEqual(expect.arrayContaining(['s300', 'ukraine']));
    }
  });

  it('ranks passages best first and mixes documents', async () => {
    const card = await cardFor(db, 'kazakhstan', 5);
    expect(card.totalPassages).toBeGreaterThan(10);
    expect(card.passages).toHaveLength(5);
    expect(new Set(card.passages.map((p) => p.document.id))).toEqual(new Set([TL, HI]));
    expect(card.passages[0]!.score).toBeGreaterThanOrEqual(Math.max(...card.passages.slice(1).map((p) => p.score)) - 0.05);
  });

  it('answers a larger limit with every passage once (the card\'s "more"), and a bad limit with the default', async () => {
    const card = await cardFor(db, 'kazakhstan', 1000);
    expect(card.passages).toHaveLength(card.totalPassages);
    expect(new Set(card.passages.map((p) => p.id)).size).toBe(card.totalPassages);
    expect((await cardFor(db, 'kazakhstan', Number.NaN)).passages).toHaveLength(5);
    expect((await cardFor(db, 'kazakhstan', 0)).passages).toHaveLength(1);
  });

  it('marks original English lines as such, with no translation', async () => {
    const card = await cardFor(db, 'tokayev', 20);
    const tweet = card.passages.find((p) => p.id === `${HI}#10`);
    expect(tweet).toMatchObject({ language: 'en', originalEnglish: true, translation: null });
  });

  it('gives sentence ranges inside the passage', async () => {
    const [p] = (await cardFor(db, 'csto', 1)).passages;
    expect(p!.sentences.length).toBeGreaterThan(0);
    for (const [start, end] of p!.sentences) expect(0 <= start && start < end && end <= p!.text.length).toBe(true);
  });

  it('refuses an entity the catalogue does not know, clearly', async () => {
    await expect(cardFor(db, 'atlantis')).rejects.toThrowError('Unknown entity "atlantis": it is not in the catalogue.');
  });
});
