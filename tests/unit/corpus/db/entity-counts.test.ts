/**
 * A card's "passages about X" total comes from counts stored with the corpus revision (counting
 * thousands of index entries per request was the slowest part of a card at 10,000 passages),
 * and falls back to counting when the stored counts belong to another revision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { bumpRevision, entityPassageCount } from '@/lib/corpus/db/meta';
import { seedDb } from '../../../support/seed-corpus';

let db: CorpusDb;
beforeAll(async () => {
  db = await seedDb();
});
afterAll(() => db.close());

const ENTITIES = ['kazakhstan', 'csto', 's300', 'russia', 'tokayev', 'nowhere'];
const counted = (entity: string) => db.passages.where('entities').equals(entity).count();

describe('entity passage counts', () => {
  it('are stored by the loader and match the index', async () => {
    expect((await db.meta.get('entityCounts'))?.value).toMatchObject({ revision: expect.any(Number) });
    for (const entity of ENTITIES) expect(await entityPassageCount(db, entity)).toBe(await counted(entity));
  });

  it('are counted afresh when the corpus changed without new counts', async () => {
    await db.transaction('rw', db.passages, db.meta, async () => {
      await db.passages.where('entities').equals('csto').modify((p) => {
        p.entities = p.entities.filter((e) => e !== 'csto');
      });
      await bumpRevision(db);
    });
    expect(await entityPassageCount(db, 'csto')).toBe(0);
    expect(await entityPassageCount(db, 'kazakhstan')).toBe(await counted('kazakhstan'));
  });
});
