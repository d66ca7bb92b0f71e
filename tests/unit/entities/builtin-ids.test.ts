/** The content script's list of built-in entity ids is the catalogue's. */
import { expect, it } from 'vitest';
import { BUILT_IN_ENTITY_IDS } from '@/lib/entities/builtin-ids';
import { catalogue } from '@/lib/entities/catalogue';

it('lists exactly the catalogue entities', () => {
  expect([...BUILT_IN_ENTITY_IDS].sort()).toEqual(catalogue.entities.map((e) => e.id).sort());
});
