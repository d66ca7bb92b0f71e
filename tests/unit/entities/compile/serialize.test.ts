/** The compiled catalogue's JSON form (lib/entities/compile/serialize.ts): tries survive it exactly. */
import { describe, expect, it } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { COMPILED_FORMAT, deserializeCompiled, serializeCompiled } from '@/lib/entities/compile/serialize';
import { TrieBuilder, type FlatTrie } from '@/lib/entities/compile/trie';

const numbers = (trie: FlatTrie) => ({
  edgeStart: Array.from(trie.edgeStart),
  termStart: Array.from(trie.termStart),
  edgeChar: Array.from(trie.edgeChar),
  terms: Array.from(trie.terms),
});

describe('serialized tries', () => {
  it('keep a node with 255 children or more, and terms past 65,535 edges', () => {
    // 300 first characters under the root, and 70,000 keys: counts over one byte, offsets over 16 bits.
    const builder = new TrieBuilder();
    for (let i = 0; i < 300; i++) builder.add(String.fromCharCode(0x4e00 + i), i);
    for (let i = 0; i < 70_000; i++) builder.add(`k${String.fromCharCode(0x3400 + (i % 5000), 0x3400 + Math.floor(i / 5000))}`, i);
    const big = builder.build(true);
    expect((big.edgeStart[1] ?? 0)).toBeGreaterThanOrEqual(255);
    const compiled = { ...compiledCatalogue(), cueCaseTrie: big };
    const restored = deserializeCompiled(JSON.parse(JSON.stringify(serializeCompiled(compiled))));
    expect(restored).not.toBeNull();
    expect(numbers(restored!.cueCaseTrie)).toEqual(numbers(big));
    expect(restored!.cueCaseTrie.edgeStart.at(-1)).toBeGreaterThan(0xffff);
  });

  it('refuses counts that do not add up to the edges', () => {
    const serialized = JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue())));
    const counts = Buffer.from(serialized.caseTrie.edgeStart.counts as string, 'base64');
    counts[0] = 255; // the root's count is "see big", and big says 9,999
    serialized.caseTrie.edgeStart.counts = counts.toString('base64');
    serialized.caseTrie.edgeStart.big = [0, 9999];
    expect(deserializeCompiled(serialized)).toBeNull();
  });

  it('gives groups with the same rules one shared list, as a page keeps them', () => {
    const restored = deserializeCompiled(JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue()))));
    if (!restored) throw new Error('not restored');
    const vetoes = new Set(restored.groups.map((g) => g.vetoes));
    const distinct = new Set(restored.groups.map((g) => JSON.stringify(g.vetoes)));
    expect(vetoes.size).toBe(distinct.size);
    expect(vetoes.size).toBeLessThan(restored.groups.length / 10);
    expect(plain(restored.groups)).toEqual(plain(compiledCatalogue().groups));
  });

  it('serialises an unpacked catalogue (as the background re-packs the one it stored) to the same value', () => {
    const first = JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue())));
    const restored = deserializeCompiled(first);
    if (!restored) throw new Error('not restored');
    expect(JSON.parse(JSON.stringify(serializeCompiled(restored)))).toEqual(first);
  });

  it('gives a group the same object each time it is read', () => {
    const restored = deserializeCompiled(JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue()))));
    if (!restored) throw new Error('not restored');
    const group = restored.groups[3];
    expect(group).toBeDefined();
    expect(restored.groups[3]).toBe(group);
    expect(plain(group)).toEqual(plain(compiledCatalogue().groups[3]));
  });

  it('refuses groups and entries that point past their tables, and the previous format', () => {
    const fresh = () => JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue())));
    const badRule = fresh();
    badRule.groups[5] = badRule.ruleLists.length; // vetoes of the first group: no such list
    expect(deserializeCompiled(badRule)).toBeNull();
    const short = fresh();
    short.groups.pop();
    expect(deserializeCompiled(short)).toBeNull();
    const badLabel = fresh();
    badLabel.entries[2] = badLabel.labels.length;
    expect(deserializeCompiled(badLabel)).toBeNull();
    const badLang = fresh();
    badLang.groups[2] = 9999;
    expect(deserializeCompiled(badLang)).toBeNull();
    const notANumber = fresh();
    notANumber.groups[1] = '0';
    expect(deserializeCompiled(notANumber)).toBeNull();
    expect(deserializeCompiled({ ...fresh(), format: COMPILED_FORMAT - 1 })).toBeNull();
  });
});

/** A value as plain JSON: undefined fields dropped, as storage drops them. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

