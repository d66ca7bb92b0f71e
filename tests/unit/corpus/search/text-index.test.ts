/**
 * The term index behind full-text search: exact, prefix and typo-tolerant look-ups over a
 * vocabulary in any script, and candidate selection that does not depend on corpus size.
 */
import { describe, expect, it } from 'vitest';
import type { PassageRow } from '@/lib/corpus/db/rows';
import { matchTerms } from '@/lib/corpus/search/text-index';
import { buildTextIndex } from '@/lib/corpus/search/text-index-update';
import { searchText } from '@/lib/corpus/search/text-search';
import { rawTokens, terms } from '@/lib/corpus/search/tokens';
import { editDistance } from '@/lib/text/edit-distance';
import { foldForMatch } from '@/lib/text/normalise';

function row(id: string, text: string, translation: string | null = null): PassageRow {
  return {
    id, docId: id.split('#')[0]!, origin: 'bundled', paragraph: 1, text, lang: 'und', script: 'Zyyy', sentences: [],
    mentions: [], translation: translation === null ? null : { text: translation, mentions: [] }, entities: [], ranks: [],
  };
}

const rows = [
  row('a#1', 'Kazakhstan and Russia signed a declaration.'),
  row('b#1', 'Ang Kazakhstan ay kasosyo ng Ukraine.', 'Kazakhstan is a partner of Ukraine.'),
  row('c#1', 'कज़ाख़स्तान के राष्ट्रपति ने कहा', "Kazakhstan's president said"),
  row('d#1', '哈萨克斯坦总统访问莫斯科'),
  row('e#1', 'Declarations, declared, declaring.'),
];
const index = buildTextIndex(rows, foldForMatch);
const found = (query: string, open = true) => searchText(index, query, 10, open).hits.map((h) => h.row.id);

describe('tokens', () => {
  it('cuts words in any script and pairs characters of unspaced scripts', () => {
    expect(terms(foldForMatch('Kazakhstan’s S-300'))).toEqual(['kazakhstan', 's', 's', '300']);
    expect(terms('哈萨克斯坦')).toEqual(['哈萨', '萨克', '克斯', '斯坦']);
    expect(terms(foldForMatch('कज़ाख़स्तान'))).toEqual([foldForMatch('कजाखस्तान')]);
  });

  it('maps words of the original text to their terms, offsets into the original', () => {
    const text = 'Ka\u00ADzakhstan, S-300';
    expect(rawTokens(text).map((t) => [text.slice(t.start, t.end), t.terms])).toEqual([
      ['Ka\u00ADzakhstan', ['kazakhstan']], ['S', ['s']], ['300', ['300']],
    ]);
  });

  it('measures edit distance with transpositions, giving up past the limit', () => {
    expect(editDistance('zgurets', 'zgurest', 2)).toBe(1);
    expect(editDistance('kazakhstan', 'kazakstan', 1)).toBe(1);
    expect(editDistance('abc', 'xyzabc', 1)).toBe(2);
  });
});

describe('text index', () => {
  it('finds terms exactly, as prefixes and within a typo', () => {
    const kinds = (q: string, prefix: boolean) =>
      matchTerms(index, q, prefix).map((m) => `${index.vocabulary[m.term]}:${m.quality}`).sort();
    expect(kinds('declaration', false)).toEqual(['declaration:1', 'declarations:0.5']);
    expect(kinds('decl', true)).toEqual(['declaration:0.7', 'declarations:0.7', 'declared:0.7', 'declaring:0.7']);
    expect(kinds('kazakstan', false)).toEqual(['kazakhstan:0.5']);
  });

  it('searches passages and translations, in every script', () => {
    expect(found('partner')).toEqual(['b#1']);
    expect(found('कजाखस्तान')).toEqual(['c#1']);
    expect(found('莫斯科')).toEqual(['d#1']);
    expect(found('president said')).toEqual(['c#1']);
  });

  it('puts the verbatim phrase first', () => {
    const result = searchText(index, 'signed a declaration', 10);
    expect(result.hits[0]).toMatchObject({ exact: true, row: { id: 'a#1' } });
  });

  it('prefers passages with every query word', () => {
    expect(found('kazakhstan ukraine')).toEqual(['b#1']);
  });

  it('treats the last word as a prefix only while it is being typed', () => {
    expect(found('dec', true)).toEqual(expect.arrayContaining(['a#1', 'e#1']));
    expect(found('dec ', false)).toEqual([]);
    // Longer words match as stems wherever they stand.
    expect(found('declar kazakhstan', false)).toEqual(['a#1']);
  });
});

describe('candidate selection', () => {
  it('keeps verbatim and best-matching passages first, then position, however many match', () => {
    // 150 passages with the word, 40 of them also with a stem-only neighbour: the phrase query
    // ranks the verbatim ones first, and a common single word still returns its first passages.
    const many = Array.from({ length: 150 }, (_, i) => row(`m${i}#1`, i % 3 === 0 ? `alpha beta ${i}` : `alpha gamma beta ${i}`));
    const big = buildTextIndex(many, foldForMatch);
    const phrase = searchText(big, 'alpha beta', 100, false);
    expect(phrase.total).toBe(150);
    expect(phrase.hits.slice(0, 50).every((h) => h.exact)).toBe(true);
    expect(phrase.hits.filter((h) => h.exact)).toHaveLength(50);
    expect(phrase.hits.slice(0, 3).map((h) => h.row.id)).toEqual(['m0#1', 'm3#1', 'm6#1']);
    const word = searchText(big, 'gamma', 100, false);
    expect(word.total).toBe(100);
    expect(word.hits.slice(0, 2).map((h) => h.row.id)).toEqual(['m1#1', 'm2#1']);
    // Fewer than the candidates kept: every one of them, whatever its bucket.
    const few = buildTextIndex([row('z#1', 'deltas epsilon'), row('y#1', 'epsilon and delta'), row('x#1', 'delta epsilon')], foldForMatch);
    expect(searchText(few, 'delta epsilon', 10, false).hits.map((h) => h.row.id)).toEqual(['x#1', 'y#1', 'z#1']);
  });
});
