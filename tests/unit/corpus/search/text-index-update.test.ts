/**
 * Growing the text index in place: however passages arrive (one slice or many, on an index read
 * back from the database or not), the index holds what one built at once from the same passages
 * does — each term's postings once per passage, in row order, and the vocabulary in text order.
 */
import { describe, expect, it } from 'vitest';
import type { PassageRow } from '@/lib/corpus/db/rows';
import { packTextIndex, unpackTextIndex } from '@/lib/corpus/db/text-index-store';
import { emptyTextIndex, type TextIndex } from '@/lib/corpus/search/text-index';
import { addPassages, buildTextIndex, removePassages } from '@/lib/corpus/search/text-index-update';
import { searchText } from '@/lib/corpus/search/text-search';
import { foldForMatch } from '@/lib/text/normalise';

function row(id: string, text: string, translation: string | null = null): PassageRow {
  return {
    id, docId: id.split('#')[0]!, origin: 'user', paragraph: 1, text, lang: 'und', script: 'Zyyy', sentences: [],
    mentions: [], translation: translation === null ? null : { text: translation, mentions: [] }, entities: [], ranks: [],
  };
}

const WORDS = ['kazakhstan', 'астана', 'csto', 'ОДКБ', 's-300', 'declaration', 'declared', 'border', 'trade', '哈萨克斯坦总统', 'zebra', 'alpha'];

/** Passages with repeated words, words shared by text and translation, and new words late on. */
function passages(n: number): PassageRow[] {
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 6 + (i % 5) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]!);
    const text = `${words.join(' ')} ${words[0]} word${i % 37}`;
    return row(`d${i}#1`, text, i % 3 === 0 ? `${words[1]} ${words[1]} translated${i % 11}` : null);
  });
}

/** Each term's postings, by text: what a search reads, whatever the term ids are. */
function postingsByTerm(index: TextIndex): Map<string, number[]> {
  return new Map(index.vocabulary.map((term, t) => [term, [...(index.postings[t] ?? [])]]));
}

function inTextOrder(index: TextIndex): boolean {
  const sorted = [...index.order].map((t) => index.vocabulary[t] ?? '');
  return sorted.length === index.vocabulary.length && sorted.every((term, i) => i === 0 || (sorted[i - 1] ?? '') < term);
}

describe('addPassages', () => {
  const all = passages(400);
  const whole = buildTextIndex(all, foldForMatch);

  it('posts every term once per passage, in row order', () => {
    for (const [term, list] of postingsByTerm(whole)) {
      expect(list.length, term).toBeGreaterThan(0);
      expect(list.every((p, i) => i === 0 || (list[i - 1] ?? -1) < p), term).toBe(true);
    }
    // A word twice in a passage, and in its translation too, posts it once.
    const t = whole.vocabulary.indexOf(foldForMatch('kazakhstan'));
    const list = [...(whole.postings[t] ?? [])];
    expect(new Set(list).size).toBe(list.length);
    expect(inTextOrder(whole)).toBe(true);
  });

  it('builds in slices what it builds at once', () => {
    const sliced = emptyTextIndex(foldForMatch);
    for (let i = 0; i < all.length; i += 17) addPassages(sliced, all.slice(i, i + 17));
    expect(postingsByTerm(sliced)).toEqual(postingsByTerm(whole));
    expect(inTextOrder(sliced)).toBe(true);
  });

  it('grows an index read back from the database as it grows its own', () => {
    const first = buildTextIndex(all.slice(0, 150), foldForMatch);
    const readBack = unpackTextIndex(packTextIndex(first, 1, 'g'), foldForMatch);
    if (!readBack) throw new Error('not unpacked');
    for (let i = 150; i < all.length; i += 50) addPassages(readBack, all.slice(i, i + 50));
    expect(postingsByTerm(readBack)).toEqual(postingsByTerm(whole));
    expect(inTextOrder(readBack)).toBe(true);
    // The index it was read from is not changed by the growth of the one read back.
    expect(first.rows).toHaveLength(150);
    expect(postingsByTerm(first)).toEqual(postingsByTerm(buildTextIndex(all.slice(0, 150), foldForMatch)));
  });

  it('keeps a list the first slice grew intact when a later slice grows it again', () => {
    const index = emptyTextIndex(foldForMatch);
    addPassages(index, [row('a#1', 'zebra alpha')]);
    const before = index.postings[index.vocabulary.indexOf('zebra')];
    addPassages(index, [row('b#1', 'zebra'), row('c#1', 'zebra zebra')]);
    expect([...(before ?? [])]).toEqual([0]);
    expect([...(index.postings[index.vocabulary.indexOf('zebra')] ?? [])]).toEqual([0, 1, 2]);
    expect([...(index.postings[index.vocabulary.indexOf('alpha')] ?? [])]).toEqual([0]);
  });

  it('replaces a passage added again and forgets a removed one', () => {
    const index = buildTextIndex([row('a#1', 'zebra'), row('b#1', 'alpha')], foldForMatch);
    addPassages(index, [row('a#1', 'border')]);
    removePassages(index, ['b#1']);
    const ids = (query: string) => searchText(index, query, 10, false).hits.map((h) => h.row.id);
    expect(ids('zebra')).toEqual([]);
    expect(ids('border')).toEqual(['a#1']);
    expect(ids('alpha')).toEqual([]);
  });
});
