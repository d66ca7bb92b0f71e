/**
 * The prefilter's anchors (lib/entities/compile/prefilter.ts) are chosen to be rare in ordinary
 * text — two words of a name together rather than one everyday word of it — and characters
 * folding to several units (™ → TM, № → No) are folded in rather than sending a block to the
 * full matcher. Neither may cost a mention: wherever the matcher without the prefilter finds
 * one, the prefilter lets the text through.
 */
import { describe, expect, it } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { chooseAnchors, CROSS_LENGTH } from '@/lib/entities/compile/prefilter';
import { spaceRunSource } from '@/lib/entities/compile/regex-source';
import { normaliseForMatch } from '@/lib/text/normalise';
import { childOf, type FlatTrie } from '@/lib/entities/compile/trie';
import { createPrefilter } from '@/lib/entities/scan/prefilter';
import { createMatcherFromCompiled } from '@/lib/entities/scan/scan';

const compiled = compiledCatalogue();
const reference = createMatcherFromCompiled(compiled, { prefilter: false });
const watchedIndices = compiled.entityIds.flatMap((_, i) => (compiled.highlight[i] ? [i] : []));
const watched = new Set(watchedIndices.map((i) => compiled.entityIds[i] ?? ''));
const prefilter = createPrefilter(compiled.prefilter, watchedIndices);

function trieKeys(trie: FlatTrie): string[] {
  const out = new Set<string>();
  const visit = (node: number, key: string) => {
    if ((trie.termStart[node + 1] ?? 0) > (trie.termStart[node] ?? 0)) out.add(key);
    for (let e = trie.edgeStart[node] ?? 0; e < (trie.edgeStart[node + 1] ?? 0); e++) visit(childOf(e), key + String.fromCharCode(trie.edgeChar[e] ?? 0));
  };
  visit(0, '');
  return [...out];
}

/** [character, its case-preserved fold] for each character the prefilter folds in. */
const folds: Array<[string, string]> = [];
for (let i = 0; i + 1 < compiled.prefilter.folds.length; i += 2) folds.push([compiled.prefilter.folds[i] ?? '', compiled.prefilter.folds[i + 1] ?? '']);

describe('prefilter anchors', () => {
  it('folds in ™ and № instead of passing every block that holds one', () => {
    expect(folds.map(([ch]) => ch)).toEqual(expect.arrayContaining(['\u2122', '\u2116']));
    expect(prefilter.mayMatch('Apple™ reported results for quarter № 5, the ﬁrst of the year.')).toBe(false);
  });

  it('lets through every form with a folded character written in place of its fold', () => {
    let checked = 0;
    // Characters folding to several units (the digits have a test of their own below).
    const several = folds.filter(([, fold]) => fold.length > 1);
    for (const key of [...trieKeys(compiled.foldTrie), ...trieKeys(compiled.caseTrie)]) {
      for (const [ch, fold] of several) {
        for (const written of [fold, fold.toLowerCase()]) {
          const at = key.indexOf(written);
          if (at < 0) continue;
          const text = `Reported: ${key.slice(0, at)}${ch}${key.slice(at + written.length)}, officials said.`;
          if (reference.scan(text, { entities: watched }).length === 0) continue;
          expect(prefilter.mayMatch(text), text).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('folds in the digits of other scripts: S-300 written with any of them still passes', () => {
    const threes = folds.filter(([, fold]) => fold === '3').map(([ch]) => ch);
    expect(threes.length).toBeGreaterThan(30);
    const zeros = new Map(folds.filter(([, fold]) => fold === '0').map(([ch]) => [ch.charCodeAt(0) & ~0xf, ch]));
    let checked = 0;
    for (const three of threes) {
      const zero = zeros.get(three.charCodeAt(0) & ~0xf) ?? '0'; // the zero of the same block, where there is one
      const text = `Reported: the S-${three}${zero}${zero} battery, officials said.`;
      if (reference.scan(text, { entities: watched }).length === 0) continue;
      expect(prefilter.mayMatch(text), text).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('anchors names of several words on two of their words, not on an everyday word of them', () => {
    const anchors = chooseAnchors([
      'collective security treaty organization',
      'organization of the collective security treaty',
      'организация договора о коллективной безопасности',
      'организации договора о коллективной безопасности',
      'organización del tratado de seguridadcolectiva',
    ]);
    for (const anchor of anchors) expect(anchor.length, anchor).toBe(CROSS_LENGTH);
    expect([...anchors].filter((a) => a.includes(' ')).length).toBeGreaterThan(0);
    for (const common of ['organ', 'colle', 'treat', 'орган', 'колле', 'догов']) expect([...anchors].some((a) => a.startsWith(common)), common).toBe(false);
  });

  it('turns away ordinary text that shares a word with a name', () => {
    for (const text of [
      'The organization said its security team was collecting evidence for the treaty talks.',
      'Коллектив организации подписал договор о поставках и обсудил вопросы национальной безопасности.',
      "L'organisation des Nations unies et le traité de paix.",
    ]) {
      expect(prefilter.mayMatch(text), text).toBe(false);
    }
  });
});

describe('the run of spaces in anchors of several words', () => {
  // Every BMP unit the normaliser writes as a space (alone: a run of them is one space).
  const spaceUnits: number[] = [];
  for (let u = 1; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue;
    if (normaliseForMatch(`a${String.fromCharCode(u)}b`) === 'a b') spaceUnits.push(u);
  }
  const source = spaceRunSource(spaceUnits);
  const run = new RegExp(`^${source}$`, 'u');

  it('takes every unit that folds to a space, and runs of them', () => {
    expect(spaceUnits.length).toBeGreaterThan(40);
    for (const u of spaceUnits) expect(run.test(String.fromCharCode(u)), u.toString(16)).toBe(true);
    expect(run.test(' \u00a0\t\u3000')).toBe(true);
  });

  it('takes no letter, digit or punctuation of ordinary text, and is written short', () => {
    for (const ch of ['a', 'Z', '0', '-', '.', ',', 'й', 'ك', '中']) expect(run.test(ch), ch).toBe(false);
    expect(source.length).toBeLessThan(80);
  });
});
