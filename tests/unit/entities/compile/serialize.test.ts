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
    // 300 first characters under the root, and 70,000 keys: offsets over 16 bits.
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

  it('refuses offsets that do not end where the edges do', () => {
    const serialized = JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue())));
    const offsets = Buffer.from(serialized.caseTrie.edgeStart.data as string, 'base64');
    expect(serialized.caseTrie.edgeStart.bits).toBe(16);
    offsets.writeUInt16LE(offsets.readUInt16LE(offsets.length - 2) + 1, offsets.length - 2); // one edge too many
    serialized.caseTrie.edgeStart.data = offsets.toString('base64');
    expect(deserializeCompiled(serialized)).toBeNull();
    const truncated = JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue())));
    truncated.caseTrie.termStart.data = Buffer.from(truncated.caseTrie.termStart.data as string, 'base64').subarray(2).toString('base64');
    expect(deserializeCompiled(truncated)).toBeNull();
  });

  it('travels every array as base64, so a page decodes it natively', () => {
    const serialized = serializeCompiled(compiledCatalogue());
    expect(typeof serialized.groups).toBe('string');
    expect(Object.values(serialized.entries).filter((v) => typeof v !== 'string')).toEqual([compiledCatalogue().entries.length]);
    for (const trie of [serialized.foldTrie, serialized.caseTrie, serialized.cueFoldTrie, serialized.cueCaseTrie]) {
      expect([typeof trie.chars, typeof trie.edgeStart.data, typeof trie.termStart.data, typeof trie.terms.data]).toEqual(['string', 'string', 'string', 'string']);
    }
  });

  it('gives groups with the same rules one shared list, as a page keeps them', () => {
    const restored = deserializeCompiled(JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue()))));
    if (!restored) throw new Error('not restored');
    const vetoes = new Set([...restored.groups].map((g) => g.vetoes));
    const distinct = new Set([...restored.groups].map((g) => JSON.stringify(g.vetoes)));
    expect(vetoes.size).toBe(distinct.size);
    expect(vetoes.size).toBeLessThan(restored.groups.length / 10);
    expect(plain([...restored.groups])).toEqual(plain(compiledCatalogue().groups));
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
    const group = restored.groups.at(3);
    expect(group).toBeDefined();
    expect(restored.groups.at(3)).toBe(group);
    expect(plain(group)).toEqual(plain(compiledCatalogue().groups.at(3)));
  });

  it('refuses groups and entries that point past their tables, columns of another length, and the previous format', () => {
    const fresh = () => JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue())));
    /** `value` with the base64 Int32Array at `key` changed by `edit`. */
    const withInt32 = (value: Record<string, unknown>, key: string, edit: (numbers: Int32Array) => Int32Array) => {
      const bytes = Buffer.from(value[key] as string, 'base64');
      const numbers = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      value[key] = Buffer.from(edit(numbers).buffer).toString('base64');
    };
    const badRule = fresh();
    withInt32(badRule, 'groups', (n) => ((n[5] = badRule.ruleLists.length), n)); // vetoes of the first group: no such list
    expect(deserializeCompiled(badRule)).toBeNull();
    const short = fresh();
    withInt32(short, 'groups', (n) => n.slice(0, -1));
    expect(deserializeCompiled(short)).toBeNull();
    const badLang = fresh();
    withInt32(badLang, 'groups', (n) => ((n[2] = 9999), n));
    expect(deserializeCompiled(badLang)).toBeNull();
    const badLabel = fresh();
    withInt32(badLabel.entries, 'label', (n) => ((n[0] = badLabel.labels.length), n));
    expect(deserializeCompiled(badLabel)).toBeNull();
    const badGroup = fresh();
    withInt32(badGroup.entries, 'group', (n) => ((n[0] = 1_000_000), n));
    expect(deserializeCompiled(badGroup)).toBeNull();
    const shortColumn = fresh();
    withInt32(shortColumn.entries, 'cue', (n) => n.slice(1));
    expect(deserializeCompiled(shortColumn)).toBeNull();
    const notText = fresh();
    notText.groups = [0, 1, 2, 3, 4, 5, 6, 7];
    expect(deserializeCompiled(notText)).toBeNull();
    expect(deserializeCompiled({ ...fresh(), format: COMPILED_FORMAT - 1 })).toBeNull();
  });
});

/** A value as plain JSON: undefined fields dropped, as storage drops them. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

