/**
 * The prefilter (lib/entities/scan/prefilter.ts) may let a block through for nothing, but must
 * never turn one away that holds a mention: the matcher with it must find exactly what the
 * matcher without it finds — on real pages, on every form of every entity however it is typed,
 * on every character that folds into a form, and on random text built from forms and the
 * characters that fold. And it must turn away ordinary text, or it is no use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import { htmlToBlocks } from '@/lib/cli/support/html-blocks';
import { compiledCatalogue, createMatcher } from '@/lib/entities';
import type { CompiledCatalogue } from '@/lib/entities/compile/compile';
import { chooseAnchors } from '@/lib/entities/compile/prefilter';
import { childOf, type FlatTrie } from '@/lib/entities/compile/trie';
import { createPrefilter, PrefilterGate } from '@/lib/entities/scan/prefilter';
import { createMatcherFromCompiled } from '@/lib/entities/scan/scan';
import { parseExpected } from '@/lib/eval/dataset';
import { foldCodePoint } from '@/lib/text/char-fold';
import { normaliseForMatch } from '@/lib/text/normalise';
import { SKELETON_MARK } from '@/lib/text/skeleton';
import { itemAt } from '@/lib/entities/compile/readonly-list';

const compiled = compiledCatalogue();
const fast = createMatcher();
const reference = createMatcherFromCompiled(compiled, { prefilter: false });
const everything = new Set(compiled.entityIds);
const watched = new Set(compiled.entityIds.filter((_, i) => compiled.highlight[i]));

/** Both matchers, both entity sets: the same mentions. */
function expectSame(text: string, lang?: string): void {
  for (const entities of [watched, everything]) {
    expect(fast.scan(text, { lang, entities }), text).toEqual(reference.scan(text, { lang, entities }));
  }
}

/** Every key of a trie with the entity of each of its alias entries (cues left out). */
function trieKeys(c: CompiledCatalogue, trie: FlatTrie): Array<{ key: string; entity: number }> {
  const out: Array<{ key: string; entity: number }> = [];
  const visit = (node: number, key: string) => {
    for (let t = trie.termStart[node] ?? 0; t < (trie.termStart[node + 1] ?? 0); t++) {
      const group = itemAt(c.groups, itemAt(c.entries, trie.terms[t] ?? 0)?.group ?? -1);
      if (group) out.push({ key, entity: group.entity });
    }
    for (let e = trie.edgeStart[node] ?? 0; e < (trie.edgeStart[node + 1] ?? 0); e++) {
      visit(childOf(e), key + String.fromCharCode(trie.edgeChar[e] ?? 0));
    }
  };
  visit(0, '');
  return out;
}

// Skeleton keys (lib/text/skeleton.ts) are matched on a text's consonant skeleton, never on the
// text itself: their own test below types the spellings they stand for.
const allFoldedKeys = trieKeys(compiled, compiled.foldTrie);
const foldedKeys = allFoldedKeys.filter(({ key }) => key.charCodeAt(0) !== SKELETON_MARK);
const exactKeys = trieKeys(compiled, compiled.caseTrie);


describe('prefilter', () => {
  it('changes nothing on the fixture pages, the evaluation sets and the seeds', () => {
    const dir = 'tests/fixtures/pages';
    for (const file of readdirSync(dir)) {
      const page = htmlToBlocks(readFileSync(`${dir}/${file}`, 'utf8'));
      for (const block of page.blocks) expectSame(block, page.lang);
    }
    for (const set of ['mentions-dev', 'mentions-audit']) {
      for (const record of parseExpected(readFileSync(`tests/fixtures/eval/${set}.jsonl`, 'utf8'))) expectSame(record.text, record.lang);
    }
    for (const seed of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(`seeds/${seed}`, 'utf8').split('\n')) expectSame(line);
    }
  });

  // One test per way of typing (each a sixth of the work, so none nears the timeout on a loaded
  // machine); one key can hold several entries (a form and its stem): each text once.
  const everyKey = [...new Set([...foldedKeys, ...exactKeys].map((k) => k.key))];
  const typings: ReadonlyArray<readonly [string, (key: string) => string]> = [
    ['as written', (k) => k],
    ['in upper case', (k) => k.toUpperCase()],
    ['capitalised', (k) => k.charAt(0).toUpperCase() + k.slice(1)],
    ['with soft hyphens everywhere', (k) => [...k].join('\u00AD')],
    ['with zero-width spaces everywhere', (k) => [...k].join('\u200B')],
    ['with no-break hyphens and spaces', (k) => k.replace(/-/g, '\u2011').replace(/ /g, '\u00A0')],
    ['with en dashes and broken lines', (k) => k.replace(/-/g, '\u2013').replace(/ /g, '  \n ')],
    ['in full width', (k) => k.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
    ['with Arabic-Indic digits', (k) => k.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))],
    ['decomposed (NFD)', (k) => k.normalize('NFD')],
    ['with Turkish dotted and dotless I', (k) => k.replace(/\u0130/g, 'I').replace(/i/g, '\u0130')],
  ];
  it.each(typings)('passes every form of every entity, typed %s', (_how, type) => {
    for (const key of everyKey) expectSame(`Reported: ${type(key)}, officials said.`);
  });

  it('passes every spelling a skeleton key stands for: vowels dropped, added or changed, endings attached', () => {
    /** A unit of the same Brahmic block as `ch` (ISCII layout: 0x3e the sign aa, 0x4d the virama, 0x15 ka, 0x46 the sign e). */
    const inBlock = (ch: string, offset: number): string => String.fromCharCode((ch.charCodeAt(0) & ~0x7f) + offset);
    const spellings = (key: string): string[] => {
      if (key.charCodeAt(0) <= 0x06ff) return [key.replace(/\u0627|\u0648|\u064a/gu, ''), key.replace(/\u0643/gu, '\u0642'), `${key}\u0647\u0627`];
      const first = key.charAt(0);
      return [
        key.replace(/\p{M}/gu, ''),
        key.replace(/(\p{L})(?!\p{M})/gu, (c) => c + inBlock(c, 0x3e)),
        key.replace(/\p{M}+/gu, inBlock(first, 0x4d)),
        key + inBlock(first, 0x15) + inBlock(first, 0x4d) + inBlock(first, 0x15) + inBlock(first, 0x46),
      ];
    };
    let checked = 0;
    for (const { key } of foldedKeys) {
      const first = key.charCodeAt(0);
      if (!((first >= 0x0600 && first <= 0x06ff) || (first >= 0x0900 && first <= 0x0d7f))) continue;
      for (const variant of spellings(key)) {
        expectSame(`Reported: ${variant}, officials said.`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('holds, in each class, every character that folds to the unit', () => {
    // Each BMP character, written into each of the first units of each form it can stand for.
    const byUnit = { folded: new Map<string, string[]>(), exact: new Map<string, string[]>() };
    for (let u = 0; u < 0x10000; u++) {
      if (u >= 0xd800 && u <= 0xdfff) continue;
      const ch = String.fromCharCode(u);
      const fold = foldCodePoint(ch);
      if (fold.upper.length !== 1) continue;
      for (const [map, unit] of [[byUnit.folded, fold.lower], [byUnit.exact, fold.upper]] as const) {
        const list = map.get(unit);
        if (list) list.push(ch);
        else map.set(unit, [ch]);
      }
    }
    let checked = 0;
    for (const [keys, kind] of [[foldedKeys, 'folded'], [exactKeys, 'exact']] as const) {
      // The runs the compiler chose as anchors (chooseAnchors), each with its entity.
      const anchors = new Map<string, number>();
      const byEntity = new Map<number, string[]>();
      for (const { key, entity } of keys) byEntity.set(entity, [...(byEntity.get(entity) ?? []), key]);
      for (const [entity, entityKeys] of byEntity) for (const anchor of chooseAnchors(entityKeys)) anchors.set(anchor, entity);
      for (const [anchor, entity] of anchors) {
        const prefilter = createPrefilter(compiled.prefilter, [entity]);
        for (let i = 0; i < anchor.length; i++) {
          for (const ch of byUnit[kind].get(anchor.charAt(i)) ?? []) {
            const text = `${anchor.slice(0, i)}${ch}${anchor.slice(i + 1)}`;
            expect(prefilter.mayMatch(text), `${anchor} with U+${ch.charCodeAt(0).toString(16)} at ${i}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('changes nothing on random text made of forms, their pieces and characters that fold', () => {
    const next = seededRandom(20261205);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const keys = [...foldedKeys, ...exactKeys].map((k) => k.key);
    const noise = [
      ' ', '  ', '-', '\u00AD', '\u200B', '\u200C', '\u2011', '\u2014', '\u00A0', '\u3000', '\u0301', '\u093C', '\u0640',
      '\u2019', "'", 'İ', 'ı', 'ς', 'ё', 'К', 'ｋ', '３', '٣', '😀', '\uD800', 'fi', '\uFB01', '…', '\u2122', 'a', 'ab ', '.',
    ];
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 6);
      for (let p = 0; p < parts; p++) {
        const key = pick(keys);
        const r = next();
        if (r < 0.3) text += key;
        else if (r < 0.6) {
          // a piece of a form, possibly with a character swapped for one that folds the same
          const from = Math.floor(next() * key.length);
          text += key.slice(from, from + 1 + Math.floor(next() * 8));
        } else if (r < 0.8) text += key.toUpperCase();
        else text += pick(noise);
        if (next() < 0.5) text += pick(noise);
      }
      expectSame(text);
    }
  });

  it('turns away most ordinary text', () => {
    // Blocks of an English and a Russian page without a watched mention: the prefilter is only
    // worth having if it spares the matcher nearly all of them.
    const prefilter = createPrefilter(compiled.prefilter, compiled.entityIds.flatMap((id, i) => (watched.has(id) ? [i] : [])));
    for (const file of ['rferl-en.html', 'kommersant-ru.html', 'gmw-zh.html']) {
      const blocks = htmlToBlocks(readFileSync(`tests/fixtures/pages/${file}`, 'utf8')).blocks.filter((b) => reference.scan(b).length === 0);
      const passed = blocks.filter((b) => prefilter.mayMatch(b)).length;
      expect(passed / blocks.length, file).toBeLessThan(0.05);
    }
  });

  it('passes nothing when no entity is wanted, and everything complex when one is', () => {
    expect(createPrefilter(compiled.prefilter, []).mayMatch('Kazakhstan')).toBe(false);
    const kazakhstan = createPrefilter(compiled.prefilter, [compiled.entityIds.indexOf('kazakhstan')]);
    expect(kazakhstan.mayMatch('The weather in Paris')).toBe(false);
    expect(kazakhstan.mayMatch('Kaza\u0301khstan')).toBe(true); // a combining accent: normalised in full
    expect(kazakhstan.mayMatch('Ka\u00ADzakh\u200Bstan')).toBe(true);
    expect(kazakhstan.mayMatch('ＫＡＺＡＫＨＳＴＡＮ')).toBe(true);
  });
});

describe('prefilter gate', () => {
  it('stays open on text where mentions are few, and closes where many paragraphs have one', () => {
    const gate = new PrefilterGate();
    for (let i = 0; i < 1000; i++) gate.record(500, i % 10 === 0);
    expect(gate.open).toBe(true);
    for (let i = 0; i < 1000; i++) gate.record(500, i % 4 === 0);
    expect(gate.open).toBe(false);
    for (let i = 0; i < 1000; i++) gate.record(500, false);
    expect(gate.open).toBe(true);
  });
});

describe('prefilter without its folds list (the packed matcher)', () => {
  const indices = compiled.entityIds.map((_, i) => i).filter((i) => compiled.highlight[i]);
  const stripped = { ...compiled.prefilter, folds: [] };

  it('folds with the fold it is given: ™ and other scripts\' digits turn text away or let it through as with the list', () => {
    const listed = createPrefilter(compiled.prefilter, indices);
    const given = createPrefilter(stripped, indices, normaliseForMatch);
    for (const text of ['Paris™ weather', 'ОДКБ №1', 'Die S-३०० Raketen', 'plain text', 'Room ٣٠٠ is free']) {
      expect(given.mayMatch(text), text).toBe(listed.mayMatch(text));
    }
    expect(given.mayMatch('Paris™ weather')).toBe(false);
    expect(given.mayMatch('Die S-३०० Raketen')).toBe(true);
  });

  it('passes a block on when it knows no fold for such a character', () => {
    const blind = createPrefilter(stripped, indices);
    expect(blind.mayMatch('Paris™ weather')).toBe(true);
    expect(blind.mayMatch('plain text')).toBe(false);
  });
});
