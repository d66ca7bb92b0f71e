/**
 * A page's blocks matched where the matcher is warm (lib/entities/block-answer.ts): the mentions
 * the page's own matcher would find, block by block, with each block's language and the page's
 * entities; nothing for another matcher's key or a request it does not answer.
 */
import { describe, expect, it } from 'vitest';
import { BlockAnswerer, MATCH_LIMIT, type MatchBlocksRequest } from '@/lib/entities/block-answer';
import { compileCatalogue } from '@/lib/entities/compile/compile';
import { compiledCatalogue, createMatcher, getCatalogue } from '@/lib/entities/index';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

const CATALOGUE = { key: TEXT_BUILD_KEY, compiled: compiledCatalogue() };
const BLOCKS = [
  { text: 'The weather in Paris was fine.' },
  { text: 'Troops of the CSTO arrived in Kazakhstan.' },
  { text: '' },
  { text: 'Казахстан купил С-300 у России.', lang: 'ru' },
  // A Kyrgyz abbreviation, matched only on a page in Kyrgyz.
  { text: 'ЖККУнун жыйыны.', lang: 'ky' },
  { text: 'ЖККУнун жыйыны.', lang: 'en' },
];
const request = (overrides: Partial<MatchBlocksRequest> = {}): MatchBlocksRequest => ({
  key: TEXT_BUILD_KEY,
  entities: ['kazakhstan', 'csto', 's300'],
  blocks: BLOCKS,
  ...overrides,
});

describe('block answerer', () => {
  it("finds what the page's own matcher finds, block by block, in each block's language", () => {
    const answer = new BlockAnswerer().answer(CATALOGUE, request());
    const own = createMatcher();
    const entities = new Set(['kazakhstan', 'csto', 's300']);
    expect(answer).toEqual(BLOCKS.map(({ text, lang }) => own.scan(text, { lang, entities })));
    expect(answer?.map((mentions) => mentions.map((m) => m.surface))).toEqual([[], ['CSTO', 'Kazakhstan'], [], ['Казахстан', 'С-300'], ['ЖККУнун'], []]);
  });

  it('finds only the entities asked about, and keeps answering as they change', () => {
    const answerer = new BlockAnswerer();
    const surfaces = (entities: string[]) => answerer.answer(CATALOGUE, request({ entities }))?.flat().map((m) => m.surface);
    expect(surfaces(['csto'])).toEqual(['CSTO', 'ЖККУнун']);
    expect(surfaces([])).toEqual([]);
    expect(surfaces(['s300', 'kazakhstan'])).toEqual(['Kazakhstan', 'Казахстан', 'С-300']);
    expect(surfaces(['kazakhstan', 's300'])).toEqual(['Kazakhstan', 'Казахстан', 'С-300']);
  });

  it('follows a new catalogue: another watchlist, another matcher', () => {
    const answerer = new BlockAnswerer();
    expect(answerer.answer(CATALOGUE, request())?.[1]?.map((m) => m.entity)).toEqual(['csto', 'kazakhstan']);
    const catalogue = getCatalogue();
    const withoutCsto = compileCatalogue({ ...catalogue, entities: catalogue.entities.filter((e) => e.id !== 'csto') });
    const other = { key: `${TEXT_BUILD_KEY}+no-csto`, compiled: withoutCsto };
    expect(answerer.answer(other, request({ key: other.key }))?.[1]?.map((m) => m.entity)).toEqual(['kazakhstan']);
  });

  it("cannot say for another matcher's key, blocks that are not text, or more text than it takes at once", () => {
    const answerer = new BlockAnswerer();
    expect(answerer.answer(CATALOGUE, request({ key: `${TEXT_BUILD_KEY}+other-watchlist` }))).toBeNull();
    expect(answerer.answer(CATALOGUE, request({ blocks: [{ text: 5 }] as unknown as MatchBlocksRequest['blocks'] }))).toBeNull();
    expect(answerer.answer(CATALOGUE, request({ blocks: [{ text: 'CSTO', lang: 7 }] as unknown as MatchBlocksRequest['blocks'] }))).toBeNull();
    expect(answerer.answer(CATALOGUE, request({ blocks: 'CSTO' as unknown as MatchBlocksRequest['blocks'] }))).toBeNull();
    expect(answerer.answer(CATALOGUE, request({ entities: [3] as unknown as string[] }))).toBeNull();
    const half = { text: 'x'.repeat(MATCH_LIMIT / 2) };
    expect(answerer.answer(CATALOGUE, request({ blocks: [half, half] }))).toEqual([[], []]);
    expect(answerer.answer(CATALOGUE, request({ blocks: [half, half, { text: 'CSTO' }] }))).toBeNull();
  });
});
