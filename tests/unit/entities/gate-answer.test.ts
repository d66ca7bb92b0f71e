/**
 * The gate as the background answers it (lib/entities/gate-answer.ts): by the stored gate, for
 * the entities the settings highlight, following a newly stored gate, and letting everything
 * through where no usable gate is stored; and a second stage's blocks, one by one.
 */
import { describe, expect, it } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { pageGateJson, pageGateOf } from '@/lib/entities/gate';
import { GateAnswerer, type BlocksRequest } from '@/lib/entities/gate-answer';
import { createPrefilter } from '@/lib/entities/scan/prefilter';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

const GATE = pageGateJson(pageGateOf(TEXT_BUILD_KEY, compiledCatalogue()));

describe('gate answerer', () => {
  it('passes text that may name a watched entity and turns away text that cannot', () => {
    const answerer = new GateAnswerer(TEXT_BUILD_KEY);
    expect(answerer.mayMatch(GATE, DEFAULT_SETTINGS, 'Troops of the CSTO arrived.')).toBe(true);
    expect(answerer.mayMatch(GATE, DEFAULT_SETTINGS, 'The weather in Paris was fine.')).toBe(false);
  });

  it('asks only about the entities the settings highlight, per settings', () => {
    const answerer = new GateAnswerer(TEXT_BUILD_KEY);
    const noKazakhstan = { ...DEFAULT_SETTINGS, entities: { kazakhstan: false } };
    expect(answerer.mayMatch(GATE, noKazakhstan, 'Kazakhstan')).toBe(false);
    expect(answerer.mayMatch(GATE, DEFAULT_SETTINGS, 'Kazakhstan')).toBe(true);
    expect(answerer.mayMatch(GATE, noKazakhstan, 'Kazakhstan')).toBe(false);
  });

  it('lets everything through without a usable gate, and follows a gate stored later', () => {
    const answerer = new GateAnswerer(TEXT_BUILD_KEY);
    expect(answerer.mayMatch(undefined, DEFAULT_SETTINGS, 'The weather in Paris was fine.')).toBe(true);
    expect(answerer.mayMatch('{not json', DEFAULT_SETTINGS, 'The weather in Paris was fine.')).toBe(true);
    expect(answerer.mayMatch(pageGateJson(pageGateOf('another-build', compiledCatalogue())), DEFAULT_SETTINGS, 'Paris')).toBe(true);
    expect(answerer.mayMatch(GATE, DEFAULT_SETTINGS, 'The weather in Paris was fine.')).toBe(false);
  });
});

describe("gate answerer, a second stage's blocks", () => {
  const blocks = ['The weather in Paris was fine.', 'Troops of the CSTO arrived.', '', 'Казахстан купил С-300.', 'Nothing here either.'];
  const request = (overrides: Partial<BlocksRequest> = {}): BlocksRequest => ({
    key: TEXT_BUILD_KEY,
    entities: ['kazakhstan', 'csto', 's300'],
    texts: blocks,
    ...overrides,
  });

  it('names the blocks the prefilter passes, as the page matcher would ask it, for the entities asked about', () => {
    const answerer = new GateAnswerer(TEXT_BUILD_KEY);
    expect(answerer.passing(GATE, request())).toEqual([1, 3]);
    expect(answerer.passing(GATE, request({ entities: ['csto'] }))).toEqual([1]);
    expect(answerer.passing(GATE, request({ entities: [] }))).toEqual([]);
    // The same answers the page's own prefilter gives, block by block.
    const { prefilter, entityIds } = compiledCatalogue();
    const own = createPrefilter(prefilter, ['kazakhstan', 'csto', 's300'].map((id) => entityIds.indexOf(id)));
    expect(blocks.flatMap((b, i) => (own.mayMatch(b) ? [i] : []))).toEqual([1, 3]);
  });

  it('cannot say for another matcher, an entity it has no anchors for, texts that are not strings, or without a gate', () => {
    const answerer = new GateAnswerer(TEXT_BUILD_KEY);
    expect(answerer.passing(GATE, request({ key: `${TEXT_BUILD_KEY}+other-watchlist` }))).toBeNull();
    expect(answerer.passing(GATE, request({ entities: ['csto', 'no-such-entity'] }))).toBeNull();
    expect(answerer.passing(GATE, request({ texts: [...blocks, 5] as unknown as string[] }))).toBeNull();
    expect(answerer.passing(GATE, request({ texts: 'Kazakhstan' as unknown as string[] }))).toBeNull();
    expect(answerer.passing(undefined, request())).toBeNull();
  });
});
