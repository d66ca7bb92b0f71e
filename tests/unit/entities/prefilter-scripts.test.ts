/**
 * The prefilter's anchors split by script (lib/entities/compile/prefilter-scripts.ts, built
 * lazily in scan/prefilter.ts): a mention in any script still passes, in a block of one script
 * or of several, and a block builds only the expressions of scripts whose anchors its
 * characters can start — a Latin page never builds the Cyrillic, Arabic, Brahmic or CJK ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '@/lib/cli/support/html-blocks';
import { compiledCatalogue } from '@/lib/entities';
import type { CompiledPrefilter } from '@/lib/entities/compile/prefilter';
import { SCRIPT_SEPARATOR, scriptOfUnit } from '@/lib/entities/compile/prefilter-scripts';
import { childOf, type FlatTrie } from '@/lib/entities/compile/trie';
import { createPrefilter } from '@/lib/entities/scan/prefilter';
import { SKELETON_MARK } from '@/lib/text/skeleton';
import { itemAt } from '@/lib/entities/compile/readonly-list';

const compiled = compiledCatalogue();
const every = compiled.entityIds.map((_, i) => i);
const watched = every.filter((i) => compiled.highlight[i]);

/** Every key of a trie with its entity. */
function keysOf(trie: FlatTrie): Array<{ key: string; entity: number }> {
  const out: Array<{ key: string; entity: number }> = [];
  const visit = (node: number, key: string) => {
    for (let t = trie.termStart[node] ?? 0; t < (trie.termStart[node + 1] ?? 0); t++) {
      const group = itemAt(compiled.groups, itemAt(compiled.entries, trie.terms[t] ?? 0)?.group ?? -1);
      if (group) out.push({ key, entity: group.entity });
    }
    for (let e = trie.edgeStart[node] ?? 0; e < (trie.edgeStart[node + 1] ?? 0); e++) visit(childOf(e), key + String.fromCharCode(trie.edgeChar[e] ?? 0));
  };
  visit(0, '');
  return out;
}

const keys = [...keysOf(compiled.foldTrie), ...keysOf(compiled.caseTrie)].filter(({ key }) => key.charCodeAt(0) !== SKELETON_MARK);
const scriptsOfText = (text: string) => new Set([...text].map((ch) => scriptOfUnit(ch.charCodeAt(0))));

/** The prefilter with one expression for every script, as an older build packed it. */
function unsplit(p: CompiledPrefilter): CompiledPrefilter {
  const join = (source: string) => source.split(SCRIPT_SEPARATOR).filter((s) => s !== '').map((s) => `(?:${s})`).join('|');
  const { scripts: _scripts, triggers: _triggers, ...rest } = p;
  return { ...rest, folded: p.folded.map(join), exact: p.exact.map(join) } as CompiledPrefilter;
}

describe('prefilter by script', () => {
  it('splits the anchors into several scripts, Latin, Cyrillic, Arabic, Brahmic and CJK among them', () => {
    expect(compiled.prefilter.scripts).toEqual(expect.arrayContaining(['latin', 'cyrillic', 'arabic', 'brahmic', 'cjk']));
    expect(compiled.prefilter.triggers).toHaveLength(compiled.prefilter.scripts.length);
    for (const source of [...compiled.prefilter.folded, ...compiled.prefilter.exact]) {
      if (source !== '') expect(source.split(SCRIPT_SEPARATOR)).toHaveLength(compiled.prefilter.scripts.length);
    }
  });

  it('passes every form in a block of its own, building only the scripts its characters belong to', () => {
    const builtByScript = new Map<string, number>();
    // One prefilter per entity for all its forms; a fresh one for every fifth form, to see what it builds.
    const byEntity = new Map<number, ReturnType<typeof createPrefilter>>();
    keys.forEach(({ key, entity }, n) => {
      let shared = byEntity.get(entity);
      if (!shared) byEntity.set(entity, (shared = createPrefilter(compiled.prefilter, [entity])));
      expect(shared.mayMatch(key), key).toBe(true);
      if (n % 5 !== 0) return;
      const prefilter = createPrefilter(compiled.prefilter, [entity]);
      expect(prefilter.mayMatch(key), key).toBe(true);
      const built = prefilter.built?.() ?? [];
      const own = scriptsOfText(key);
      for (const script of built) expect(own.has(script), `${key} built ${script}`).toBe(true);
      for (const script of built) builtByScript.set(script, (builtByScript.get(script) ?? 0) + 1);
    });
    // Every script's expression serves some form.
    for (const script of compiled.prefilter.scripts) expect(builtByScript.get(script) ?? 0, script).toBeGreaterThan(0);
  });

  it('passes a mention of one script in a block of another, whichever comes first', () => {
    const prefilter = createPrefilter(compiled.prefilter, watched);
    const mentions = ['Kazakhstan', 'Казахстан', 'كازاخستان', 'कज़ाख़स्तान', '哈萨克斯坦', 'Καζακστάν'];
    const prose = ['The weather was mild', 'Погода была тёплой', 'كان الطقس معتدلا', 'मौसम सुहाना था', '天气很温和', 'Ο καιρός ήταν ήπιος'];
    const tested = new Set<string>();
    for (const mention of mentions) {
      const alone = createPrefilter(compiled.prefilter, watched);
      // Only test mentions the catalogue has (each script's own entity forms are tested above).
      if (!alone.mayMatch(mention)) continue;
      tested.add(mention);
      for (const other of prose) {
        expect(prefilter.mayMatch(`${other}. ${mention}.`), `${other} + ${mention}`).toBe(true);
        expect(createPrefilter(compiled.prefilter, watched).mayMatch(`${mention}: ${other}`), `${mention} + ${other}`).toBe(true);
      }
    }
    expect(tested.size).toBeGreaterThanOrEqual(5);
    expect(createPrefilter(compiled.prefilter, watched).mayMatch('Погода была тёплой. Казахстан.')).toBe(true);
    expect(createPrefilter(compiled.prefilter, watched).mayMatch('天气很温和. 哈萨克斯坦')).toBe(true);
    // And mixed blocks without a mention are still turned away.
    for (const other of prose) expect(prefilter.mayMatch(`${prose[0] ?? ''}, ${other}`), other).toBe(false);
  });

  it('builds only the Latin expression on Latin pages', () => {
    for (const file of ['lefigaro-fr.html', 'foxnews-s300-en.html', 'rferl-en.html']) {
      const prefilter = createPrefilter(compiled.prefilter, every);
      // rferl-en's menu names its language services in their own scripts (عربی, Հայերեն, Авар): those blocks are left out.
      const blocks = htmlToBlocks(readFileSync(`tests/fixtures/pages/${file}`, 'utf8')).blocks.filter((b) => [...scriptsOfText(b)].every((s) => s === 'latin'));
      expect(blocks.length, file).toBeGreaterThan(50);
      for (const block of blocks) prefilter.mayMatch(block);
      expect(prefilter.built?.(), file).toEqual(['latin']);
    }
  });

  it('builds the Cyrillic expression on a Russian page but not the Arabic, Brahmic or CJK ones', () => {
    const prefilter = createPrefilter(compiled.prefilter, every);
    for (const block of htmlToBlocks(readFileSync('tests/fixtures/pages/kommersant-ru.html', 'utf8')).blocks) prefilter.mayMatch(block);
    const built = prefilter.built?.() ?? [];
    expect(built).toContain('cyrillic');
    for (const script of ['arabic', 'brahmic', 'cjk']) expect(built).not.toContain(script);
  });

  it('answers as one expression for every script does, on the fixture pages', () => {
    const old = createPrefilter(unsplit(compiled.prefilter), every);
    const split = createPrefilter(compiled.prefilter, every);
    for (const file of ['rferl-en.html', 'kommersant-ru.html', 'gmw-zh.html', 'assabah-tn-ar.html', 'bhaskar-hi.html']) {
      for (const block of htmlToBlocks(readFileSync(`tests/fixtures/pages/${file}`, 'utf8')).blocks) {
        expect(split.mayMatch(block), block).toBe(old.mayMatch(block));
      }
    }
  });

  it('asks every script on every block when the triggers are missing or damaged (an older build\'s or a damaged value)', () => {
    const { triggers: _triggers, ...noTriggers } = compiled.prefilter;
    for (const damaged of [noTriggers as CompiledPrefilter, { ...compiled.prefilter, triggers: 'x' as unknown as number[][] }]) {
      const prefilter = createPrefilter(damaged, watched);
      expect(prefilter.mayMatch('The weather was mild')).toBe(false);
      expect(prefilter.mayMatch('Погода была тёплой. Казахстан.')).toBe(true);
      // Latin and Cyrillic text only, yet every script was asked.
      expect(prefilter.built?.()).toEqual(expect.arrayContaining(['latin', 'cyrillic', 'arabic', 'cjk']));
    }
    // An older build's prefilter (one expression, no scripts) still answers.
    const old = createPrefilter(unsplit(compiled.prefilter), watched);
    expect(old.mayMatch('Погода была тёплой. Казахстан.')).toBe(true);
    expect(old.mayMatch('The weather was mild')).toBe(false);
  });
});
