/** The flattened trie (lib/entities/compile/trie.ts): its root table and its steps. */
import { describe, expect, it } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { rootStep, step, TrieBuilder } from '@/lib/entities/compile/trie';

const units = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

function build(words: readonly string[], denseRoot: boolean) {
  const builder = new TrieBuilder();
  words.forEach((w, i) => builder.add(w, i));
  return builder.build(denseRoot);
}

describe('flat trie', () => {
  const words = ['kazakh', 'kazan', 'csto', 'с-300', 'ҚАЗАҚ', '哈萨克'];

  it('finds the same first steps with the dense 16-bit root table as by searching the root', () => {
    const dense = build(words, true);
    const searched = build(words, false);
    expect(dense.root).toBeInstanceOf(Int16Array);
    expect(searched.root).toBeNull();
    for (let unit = 0; unit < 0x10000; unit++) expect(rootStep(dense, unit)).toBe(rootStep(searched, unit));
  });

  it('keeps the root table to the pages of Unicode its first characters fall in, not a slot per code unit', () => {
    // First characters in every one of the 256 pages, and at both ends of each page.
    const everywhere = Array.from({ length: 256 }, (_, page) => [String.fromCharCode(page << 8), String.fromCharCode((page << 8) | 0xff)]).flat();
    const full = build(everywhere, true);
    const searched = build(everywhere, false);
    for (let unit = 0; unit < 0x10000; unit++) expect(rootStep(full, unit)).toBe(rootStep(searched, unit));
    // Five pages of Unicode (Latin, Cyrillic, Han…) and a few hundred slots of index: not 65,536.
    expect(build(words, true).root?.length).toBeLessThanOrEqual(256 * 7);
    const catalogue = compiledCatalogue();
    expect(catalogue.foldTrie.root?.byteLength).toBeLessThan(32 * 1024);
    expect(catalogue.caseTrie.root?.byteLength).toBeLessThan(32 * 1024);
  });

  it('walks each word to a node holding its payload', () => {
    const trie = build(words, true);
    words.forEach((word, i) => {
      let node = rootStep(trie, word.charCodeAt(0));
      for (const u of units(word).slice(1)) node = step(trie, node, u);
      const payloads = Array.from(trie.terms.slice(trie.termStart[node], trie.termStart[node + 1]));
      expect(payloads).toContain(i);
    });
    expect(rootStep(trie, 'x'.charCodeAt(0))).toBe(-1);
  });
});
