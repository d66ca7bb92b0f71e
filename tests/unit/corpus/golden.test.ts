/**
 * Which seed passages each catalogue entity gets, and which passages its card shows first.
 * Pinned in tests/fixtures/golden/corpus-*.json: a matcher, catalogue or ranking change that
 * moves them must be reviewed and accepted (UPDATE_GOLDEN=1), never slip through.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { cardFor } from '@/lib/corpus/card/card';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { expectGolden } from '../../support/golden';
import { seedBundle, seedDb } from '../../support/seed-corpus';

let db: CorpusDb;
beforeAll(async () => {
  db = await seedDb();
});
afterAll(() => db.close());

describe('seed corpus goldens', () => {
  it('pins every entity mention of every passage (text and translation)', async () => {
    const bundle = await seedBundle();
    const byEntity: Record<string, Record<string, string[]>> = {};
    for (const p of bundle.passages) {
      const mentions = [
        ...p.mentions.map((m) => [m[0], p.text.slice(m[1], m[2])] as const),
        ...(p.translation?.mentions ?? []).map((m) => [m[0], `en: ${p.translation?.text.slice(m[1], m[2])}`] as const),
      ];
      for (const [entity, surface] of mentions) ((byEntity[entity] ??= {})[p.id] ??= []).push(surface);
    }
    const sorted = Object.fromEntries(Object.keys(byEntity).sort().map((e) => [e, byEntity[e]]));
    expectGolden('corpus-entities.json', sorted);
  });

  it('pins the best passages of each watched entity card, in order', async () => {
    const cards: Record<string, string[]> = {};
    for (const entity of ['kazakhstan', 'csto', 's300', 'russia', 'tokayev', 'putin']) {
      const card = await cardFor(db, entity);
      cards[entity] = card.passages.map((p) => `${p.id} (${p.score.toFixed(3)})`);
    }
    expectGolden('corpus-cards.json', cards);
  });
});
