import { describe, expect, it } from 'vitest';
import { createMatcher, describeMention, displayName, highlightedByDefault, resolveEntityQueries, resolveEntityQuery } from '@/lib/entities';

describe('resolveEntityQuery', () => {
  it.each([
    ['Kazakstan', 'kazakhstan'],
    ['kazakhstan', 'kazakhstan'],
    ['казахстана', 'kazakhstan'],
    ['ОДКБ', 'csto'],
    ['одкб', 'csto'],
    ['s300', 's300'],
    ['S 300', 's300'],
    ['С-300', 's300'],
    ['कजाकिस्तान', 'kazakhstan'],
    ['कज़ाख़स्तान', 'kazakhstan'],
    ['Tokaev', 'tokayev'],
    ['csto', 'csto'],
    ['#CSTO', 'csto'],
    ['  Collective Security Treaty Organization ', 'csto'],
    ['Kazakhtsan', 'kazakhstan'],
    ['Kazachstann', 'kazakhstan'],
    ['S-300 missiles in Syria', 's300'],
    ['Moscow', 'moscow'],
  ])('%s → %s', (query, entity) => {
    expect(resolveEntityQuery(query)?.entity).toBe(entity);
  });

  it.each(['banana', 'hello world', 'weather', 'пар', 'a', '', '   ', 'Kazakh language'])('%s resolves to nothing', (query) => {
    expect(resolveEntityQuery(query)).toBeNull();
  });

  it('returns the catalogue spelling that matched', () => {
    expect(resolveEntityQuery('ОДКБ')).toEqual({ entity: 'csto', alias: 'ОДКБ' });
    expect(resolveEntityQuery('Kazakstan')).toEqual({ entity: 'kazakhstan', alias: 'Kazakstan' });
  });
});

describe('near misses and several entities', () => {
  it.each(['S-400', 's400', 'S-400s', 'S-3000', 'С-400'])('%s is a near miss of S-300, not S-300: a typo never changes a number', (query) => {
    expect(resolveEntityQuery(query)).toBeNull();
  });

  it.each([
    ['tokayev putin', ['tokayev', 'putin']],
    ['Токаев и Путин', ['tokayev', 'putin']],
    ['Kazakhstan, CSTO', ['kazakhstan', 'csto']],
    ['csto s-300 kazakhstan', ['csto', 's300', 'kazakhstan']],
  ])('%s names %j', (query, entities) => {
    expect(resolveEntityQueries(query).map((r) => r.entity)).toEqual(entities);
  });

  it.each(['Collective Security Treaty Organization', 'S-300 missiles', 'tokayev', 'banana split', 'Kazakh language'])(
    '%s names fewer than two entities',
    (query) => {
      expect(resolveEntityQueries(query)).toEqual([]);
    },
  );
});

describe('describeMention', () => {
  const matcher = createMatcher();
  it.each([
    ['Казахстана', 'Казахстана — Russian, genitive'],
    ['Kazakistan’ın', 'Kazakistan’ın — Turkish, genitive'],
    ['ОДКБ', 'ОДКБ — Russian, abbreviation'],
    ['S-300PMU-2', 'S-300PMU-2 — variant PMU2'],
  ])('%s', (text, description) => {
    const [m] = matcher.scan(text);
    expect(m && describeMention(m)).toBe(description);
  });
});

describe('display helpers', () => {
  it('names entities in UI languages, falling back to English', () => {
    expect(displayName('kazakhstan', 'ru')).toBe('Казахстан');
    expect(displayName('kazakhstan', 'hi')).toBe('कज़ाख़स्तान');
    expect(displayName('kazakhstan', 'pt-BR')).toBe('Kazakhstan');
    expect(displayName('unknown-id')).toBe('unknown-id');
    expect(highlightedByDefault()).toEqual(['kazakhstan', 'csto', 's300']);
  });
});

describe('buildQueryIndexInSlices', () => {
  it('builds the same index as in one go, pausing whenever a slice has run its time', async () => {
    const { getCatalogue } = await import('@/lib/entities');
    const { buildQueryIndex, buildQueryIndexInSlices } = await import('@/lib/entities/query');
    const catalogue = getCatalogue();
    // A clock that advances 1 ms per reading: an 8 ms slice is a handful of alias groups.
    let clock = 0;
    let pauses = 0;
    const sliced = await buildQueryIndexInSlices(catalogue, async () => void pauses++, 8, () => clock++);
    const whole = buildQueryIndex(catalogue);
    expect([...sliced.exact]).toEqual([...whole.exact]);
    expect([...sliced.caseExact]).toEqual([...whole.caseExact]);
    expect(sliced.fuzzy).toEqual(whole.fuzzy);
    const groups = catalogue.entities.reduce((n, e) => n + e.aliases.length, 0);
    expect(pauses).toBeGreaterThan(groups / 10);
    expect(pauses).toBeLessThan(groups);
  });
});
