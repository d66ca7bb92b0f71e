/**
 * A string that is a name in one language and a vetoed word in another is judged by the page's
 * language, and when that is unknown (or has no reading of the string) by its strongest
 * reading: a veto of one reading no longer kills every reading. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';
import type { Catalogue } from '@/lib/entities/types';

const matcher = createMatcher();
const kz = (text: string, lang?: string) => matcher.scan(text, lang === undefined ? {} : { lang }).filter((m) => m.entity === 'kazakhstan').map((m) => m.surface);

describe('vetoes per reading: Swahili Kazakistani (also an Italian adjective)', () => {
  it('finds Kazakistani alone, in quotes and in a sentence on a Swahili page', () => {
    expect(kz('Kazakistani', 'sw')).toEqual(['Kazakistani']);
    expect(kz('“Kazakistani”', 'sw')).toEqual(['Kazakistani']);
    expect(kz('"Kazakistani"', 'sw')).toEqual(['Kazakistani']);
    expect(kz('Rais wa Kazakistani amewasili jijini Nairobi kwa ziara ya siku mbili.', 'sw')).toEqual(['Kazakistani']);
  });

  it('finds it when the language is unknown: the name is the stronger reading', () => {
    expect(kz('Kazakistani')).toEqual(['Kazakistani']);
  });

  it('still applies the Italian veto on an Italian page (a lone label is the adjective, not the state)', () => {
    expect(kz('Kazakistani', 'it')).toEqual([]);
    expect(kz('«kazakistani»', 'it')).toEqual([]);
    expect(kz('Gli investitori kazakistani hanno firmato il contratto.', 'it')).toEqual(['kazakistani']);
  });
});

describe('vetoes per reading: the rule on a small catalogue', () => {
  const catalogue: Catalogue = {
    entities: [
      {
        id: 'place',
        kind: 'country',
        highlight: true,
        description: 'A country whose name is an adjective elsewhere (test entity).',
        displayNames: { en: 'Place' },
        aliases: [
          { lang: 'xa', tier: 'name', forms: ['Zorbania'] },
          { lang: 'xb', tier: 'adjective', forms: ['Zorbania'], vetoes: [{ wholeBlock: true }] },
          { lang: 'xc', tier: 'adjective', forms: ['Quelmar'], vetoes: [{ wholeBlock: true }] },
          { lang: 'xd', tier: 'adjective', forms: ['Quelmar'] },
        ],
      },
    ],
    suffixSets: {},
    cues: {},
  };
  const small = createMatcher({ catalogue });
  const found = (text: string, lang?: string) => small.scan(text, lang === undefined ? {} : { lang }).map((m) => `${m.surface}|${m.language ?? ''}`);

  it('judges by the page language when it has a reading of the string', () => {
    expect(found('Zorbania', 'xa')).toEqual(['Zorbania|xa']);
    expect(found('Zorbania', 'xb')).toEqual([]);
    expect(found('Quelmar', 'xd')).toEqual(['Quelmar|xd']);
    expect(found('Quelmar', 'xc')).toEqual([]);
  });

  it('judges by the strongest reading when the page language is unknown or has none', () => {
    expect(found('Zorbania')).toEqual(['Zorbania|xa']);
    expect(found('Zorbania', 'en')).toEqual(['Zorbania|xa']);
  });

  it('keeps a veto of equally strong readings when nothing tells them apart', () => {
    expect(found('Quelmar')).toEqual([]);
    expect(found('Quelmar', 'en')).toEqual([]);
    expect(found('The Quelmar envoy arrived.')).toEqual(['Quelmar|xc']);
  });
});

describe("another language's reading, beside a mention of its entity", () => {
  const csto = (text: string, lang: string) => matcher.scan(text, { lang }).filter((m) => m.entity === 'csto').map((m) => m.surface);

  it('takes the Spanish abbreviation in English copy that names the alliance', () => {
    expect(csto('Under the OTSC defence mechanism, the Collective Security Treaty Organization sent troops.', 'en')).toEqual([
      'OTSC',
      'Collective Security Treaty Organization',
    ]);
  });

  it('not alone, where the page language has no such reading', () => {
    expect(csto('The OTSC defence mechanism was discussed.', 'en')).toEqual([]);
  });

  it('never an adjective gated to other languages (Latvian kazaka, a coat, beside Kazakhstan)', () => {
    expect(kz('Viņš uzvilka kazaku un brauca uz Kazahstānu.', 'lv')).toEqual(['Kazahstānu']);
  });
});
