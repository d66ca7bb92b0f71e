/**
 * The matcher a page unpacks from storage (lib/entities/unpack.ts) is the matcher the catalogue
 * compiles to: same tables after a trip through JSON, same mentions on real text, and refused
 * when it is another build's or damaged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledCatalogue, createMatcher, displayName, highlightedByDefault } from '@/lib/entities';
import { deserializeCompiled } from '@/lib/entities/compile/serialize';
import { packedJson, packMatcher } from '@/lib/entities/pack';
import { unpackMatcher } from '@/lib/entities/unpack';
import { parseExpected } from '@/lib/eval/dataset';

/** What extension storage does to a value: Chrome keeps JSON. */
const throughStorage = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('packed matcher', () => {
  const packed = packMatcher('build-a');

  it('survives JSON with every table intact', () => {
    // Offsets come back 16 bits wide where they fit: compared as numbers, not as array types.
    const plain = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint16Array) : v)));
    const restored = deserializeCompiled(throughStorage(packed.compiled));
    expect(restored).not.toBeNull();
    // All but the prefilter's folds list, which a page's matcher takes from its normaliser.
    const compiled = compiledCatalogue();
    expect(restored?.prefilter.folds).toEqual([]);
    expect(plain(restored)).toEqual(plain({ ...compiled, prefilter: { ...compiled.prefilter, folds: [] } }));
  });

  it('folds ™, № and the digits of other scripts with the page\'s normaliser, as the compiled matcher does', () => {
    const unpacked = unpackMatcher(throughStorage(packed), 'build-a');
    if (!unpacked) throw new Error('not unpacked');
    const reference = createMatcher();
    const texts = ['Die S-३०० Raketen', 'صواريخ إس-٣٠٠ الروسية', 'The S-۳۰۰ system', 'KAZAKHSTAN™ and Kazakh™stan', 'ОДКБ №1 и ОДКБ'];
    for (const text of texts) expect(unpacked.matcher.scan(text), text).toEqual(reference.scan(text));
    expect(unpacked.matcher.scan('Die S-३०० Raketen').map((m) => m.entity)).toEqual(['s300']);
  });

  it('finds exactly what the compiled catalogue finds', () => {
    const unpacked = unpackMatcher(throughStorage(packed), 'build-a');
    if (!unpacked) throw new Error('not unpacked');
    const reference = createMatcher();
    const everything = { entities: new Set(compiledCatalogue().entityIds) };
    const texts = parseExpected(readFileSync('tests/fixtures/eval/mentions-dev.jsonl', 'utf8')).map((r) => ({ text: r.text, lang: r.lang }));
    texts.push(...readFileSync('seeds/001_f757772c22decdf9.txt', 'utf8').split('\n').map((text) => ({ text, lang: 'hi' })));
    for (const { text, lang } of texts) {
      expect(unpacked.matcher.scan(text, { lang })).toEqual(reference.scan(text, { lang }));
      expect(unpacked.matcher.scan(text, { lang, ...everything })).toEqual(reference.scan(text, { lang, ...everything }));
    }
  });

  it('carries the watched entities and their names', () => {
    const unpacked = unpackMatcher(throughStorage(packed), 'build-a');
    expect(unpacked?.watched).toEqual(highlightedByDefault());
    expect(unpacked?.nameOf('csto')).toBe(displayName('csto'));
  });

  it("refuses another build's matcher, another format and damaged values", () => {
    expect(unpackMatcher(throughStorage(packed), 'build-b')).toBeNull();
    expect(unpackMatcher({ ...packed, compiled: { ...packed.compiled, format: 0 } }, 'build-a')).toBeNull();
    expect(unpackMatcher({ ...packed, compiled: { ...packed.compiled, foldTrie: { ...packed.compiled.foldTrie, terms: { bits: 16, data: '%%%' } } } }, 'build-a')).toBeNull();
    const { caseTrie } = packed.compiled;
    expect(unpackMatcher({ ...packed, compiled: { ...packed.compiled, caseTrie: { ...caseTrie, edgeStart: caseTrie.termStart } } }, 'build-a')).toBeNull();
    expect(unpackMatcher(undefined, 'build-a')).toBeNull();
    expect(unpackMatcher('matcher', 'build-a')).toBeNull();
  });
});

describe('packed matcher as stored', () => {
  it('unpacks from its JSON text, as the background stores it', () => {
    const text = JSON.stringify(packMatcher('build-a'));
    expect(unpackMatcher(text, 'build-a')?.watched).toEqual(highlightedByDefault());
    expect(unpackMatcher(text.slice(0, -10), 'build-a')).toBeNull();
  });

  it('is stored as Latin-1 text (one byte a character in V8) that reads back as the same value', () => {
    const packed = packMatcher('build-a');
    const raw = JSON.stringify(packed);
    expect(/[\u0100-\uffff]/.test(raw)).toBe(true); // the plain JSON would be two-byte text
    const text = packedJson(packed);
    expect(/[\u0100-\uffff]/.test(text)).toBe(false);
    expect(JSON.parse(text)).toEqual(packed);
    const kazakh = 'Қазақстан мен ҰҚШҰ; Kazakhstan™ and the CSTO';
    const entities = new Set(highlightedByDefault());
    expect(unpackMatcher(text, 'build-a')?.matcher.scan(kazakh, { entities })).toEqual(unpackMatcher(raw, 'build-a')?.matcher.scan(kazakh, { entities }));
  });
});
