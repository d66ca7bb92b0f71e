/** The matcher's summary a page starts from (lib/entities/matcher-summary.ts): made, stored, read back, checked. */
import { describe, expect, it } from 'vitest';
import { compiledCatalogue, getCatalogue } from '@/lib/entities/index';
import { readMatcherSummary, storedSummaryKey, summaryOf } from '@/lib/entities/matcher-summary';
import { entityNames } from '@/lib/entities/names';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

const SUMMARY = summaryOf(`${TEXT_BUILD_KEY}+abc`, compiledCatalogue(), entityNames(getCatalogue()));

describe('matcher summary', () => {
  it('names the watched entities, in catalogue order, and every entity', () => {
    expect(SUMMARY.watched).toEqual(['kazakhstan', 'csto', 's300']);
    expect(SUMMARY.names.russia).toBe('Russia');
    expect(storedSummaryKey(SUMMARY)).toBe(`${TEXT_BUILD_KEY}+abc`);
  });

  it('is read back as stored (through storage’s structured clone), names looked up', () => {
    const read = readMatcherSummary(structuredClone(SUMMARY), TEXT_BUILD_KEY);
    expect(read?.key).toBe(SUMMARY.key);
    expect(read?.watched).toEqual(SUMMARY.watched);
    expect(read?.nameOf('csto')).toBe(SUMMARY.names.csto);
    expect(read?.nameOf('csto')).toMatch(/^Collective Security Treaty/);
    expect(read?.nameOf('no-such-entity')).toBe('no-such-entity');
  });

  it("is null when missing, damaged or another build's", () => {
    const damaged = [undefined, null, 'text', { ...SUMMARY, key: 'another-build' }, { ...SUMMARY, watched: 'kazakhstan' }, { ...SUMMARY, watched: [1] }, { ...SUMMARY, names: { csto: 2 } }, { ...SUMMARY, names: [] }];
    for (const value of damaged) expect(readMatcherSummary(value, TEXT_BUILD_KEY)).toBeNull();
    expect(storedSummaryKey(undefined)).toBeUndefined();
  });
});
