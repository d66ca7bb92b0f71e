/**
 * The gate as the background answers it (lib/entities/gate-answer.ts): by the stored gate, for
 * the entities the settings highlight, following a newly stored gate, and letting everything
 * through where no usable gate is stored.
 */
import { describe, expect, it } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { pageGateJson, pageGateOf } from '@/lib/entities/gate';
import { GateAnswerer } from '@/lib/entities/gate-answer';
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
