/**
 * The page gate (lib/entities/gate.ts, lib/page/stage/page-gate.ts) must never turn away a page
 * the scanner would find a mention on: every form of every watched entity (each trie key, word
 * forms included), mentions split across inline elements, hidden by invisible characters or in
 * an open shadow root, the fixture pages, and random pages (fast-check). And it must turn away
 * ordinary text, the entities the settings switch off, and a damaged or foreign stored gate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '@/lib/cli/support/html-blocks';
import type { CompiledCatalogue } from '@/lib/entities/compile/compile';
import { childOf, type FlatTrie } from '@/lib/entities/compile/trie';
import { pageGateJson, pageGateOf, readPageGate } from '@/lib/entities/gate';
import { collectBlocks, type TextBlock } from '@/lib/page/read/blocks';
import type { Prefilter } from '@/lib/entities/scan/prefilter';
import { gatePrefilter } from '@/lib/entities/gate-answer';
import { askGate, type GateAnswer } from '@/lib/page/stage/page-gate';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { itemAt } from '@/lib/entities/compile/readonly-list';
import { compiled, gate, matcher, prefilter, scannerFinds, setBody, watched } from './gate-page';

/** The gate's answer, read without yielding to timers (the slices are tested on their own). */
async function ask(root: Node, p: Prefilter = prefilter): Promise<GateAnswer> {
  const answer = await askGate(root, p, { pause: async () => undefined });
  if (!answer) throw new Error('the ask was dropped');
  return answer;
}

/** Every key of a trie with its entity's index. */
function trieKeys(c: CompiledCatalogue, trie: FlatTrie): Array<{ key: string; entity: number }> {
  const out: Array<{ key: string; entity: number }> = [];
  const visit = (node: number, key: string) => {
    for (let t = trie.termStart[node] ?? 0; t < (trie.termStart[node + 1] ?? 0); t++) {
      const group = itemAt(c.groups, itemAt(c.entries, trie.terms[t] ?? 0)?.group ?? -1);
      if (group) out.push({ key, entity: group.entity });
    }
    for (let e = trie.edgeStart[node] ?? 0; e < (trie.edgeStart[node + 1] ?? 0); e++) visit(childOf(e), key + String.fromCharCode(trie.edgeChar[e] ?? 0));
  };
  visit(0, '');
  return out;
}

describe('page gate', () => {
  it('lets through every form of every watched entity the scanner finds', async () => {
    const keys = [...trieKeys(compiled, compiled.foldTrie), ...trieKeys(compiled, compiled.caseTrie)].filter((k) => compiled.highlight[k.entity]);
    let found = 0;
    // A key is a normalised form (a consonant skeleton is not even text): asked as a page would
    // hold it, wherever the scanner finds a mention in it the gate must let the page through.
    for (const { key } of new Set(keys)) {
      const body = setBody(`<p>Lorem ipsum ${key} dolor.</p>`);
      if (!scannerFinds(body)) continue;
      found++;
      expect((await ask(body)).possible, key).toBe(true);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('lets through mentions split across elements, behind invisible characters, in shadow roots', async () => {
    expect((await ask(setBody('<p>In Kazakh<b>stan</b> today</p>'))).possible).toBe(true);
    expect((await ask(setBody('<p>Ka\u00ADzakh\u200Bstan</p>'))).possible).toBe(true);
    expect((await ask(setBody('<p>ＫＡＺＡＫＨＳＴＡＮ</p>'))).possible).toBe(true);
    const host = setBody('<div><p>Nothing here</p><div id="host"></div></div>').querySelector('#host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>the S-300 system</p>';
    expect((await ask(document.body)).possible).toBe(true);
  });

  it('finds a mention across the chunks a long page is read in, and early on a long page', async () => {
    const filler = 'The weather in Paris was fine. '.repeat(2200); // about 68,000 characters: past the first chunk
    const cut = 65_536 - filler.length;
    const split = setBody(`<p>${filler.slice(0, filler.length + cut - 6)}</p>`);
    // "Kazakh" ends the first chunk, "stan" starts the second, in one inline run.
    split.firstElementChild!.append('Kazakh', document.createElement('b'));
    split.querySelector('b')!.textContent = 'stan and more';
    split.append(Object.assign(document.createElement('p'), { textContent: filler }));
    expect((await ask(split)).possible).toBe(true);
    const early = await ask(setBody(`<p>Kazakhstan</p><p>${filler}</p><p>${filler}</p><p>${filler}</p>`));
    expect(early.possible).toBe(true);
    expect(early.chars).toBeLessThan(filler.length * 2);
    expect((await ask(setBody(`<p>${filler}</p><p>${filler}</p>`))).possible).toBe(false);
    // A long page without a mention is asked about once whole, besides its first chunk.
    const asked: number[] = [];
    const counting = { mayMatch: (text: string) => (asked.push(text.length), prefilter.mayMatch(text)) };
    const long = await ask(setBody(`<p>${filler}</p>`.repeat(4)), counting);
    expect(long).toEqual({ possible: false, chars: filler.length * 4 });
    expect(asked.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(long.chars + filler.length);
  });

  it('reads a huge text node in pieces, pausing for the page between them, and stops when stale', async () => {
    const filler = 'The weather in Paris was fine. '.repeat(10_000); // 310,000 characters in one node
    const body = setBody('<pre></pre>');
    const node = document.createTextNode(`${filler}Kazakhstan`);
    body.firstElementChild!.append(node);
    const pieces: number[] = [];
    const read = node.substringData.bind(node);
    node.substringData = (offset: number, count: number) => (pieces.push(count), read(offset, count));
    let pauses = 0;
    const answer = await askGate(body, prefilter, { pause: async () => void pauses++, sliceMs: 0 });
    expect(answer).toEqual({ possible: true, chars: node.length });
    expect(pieces.length).toBeGreaterThan(4);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(65_536);
    expect(pauses).toBeGreaterThan(0);
    // An ask overtaken by a newer one stops at its first pause and gives no answer.
    let asked = 0;
    const counting = { mayMatch: (text: string) => (asked++, prefilter.mayMatch(text)) };
    expect(await askGate(body, counting, { pause: async () => undefined, sliceMs: 0, stale: () => true })).toBeNull();
    expect(asked).toBeLessThanOrEqual(1);
  });

  it('turns away ordinary text, text the scanner does not read, and an empty page', async () => {
    expect((await ask(setBody('<p>The weather in Paris</p><p>was fine.</p>'))).possible).toBe(false);
    expect((await ask(setBody('<script>var x = "Kazakhstan";</script><p>Paris</p><textarea>CSTO</textarea>'))).possible).toBe(false);
    expect(await ask(setBody(''))).toEqual({ possible: false, chars: 0 });
  });

  it('skips exactly the elements the scanner skips, found by one query: hidden, editable, SVG titles', async () => {
    const cases = [
      '<p hidden>Kazakhstan</p><p>Paris</p>',
      '<div contenteditable>the CSTO</div>',
      '<div contenteditable="true"><b>S-300</b></div>',
      '<div contenteditable="false">Kazakhstan</div>',
      '<svg><title>Kazakhstan</title><text>Paris</text></svg>',
      '<svg><desc>the CSTO</desc></svg>',
      '<desc>Kazakhstan</desc>',
      '<noscript>Kazakhstan</noscript><select><option>CSTO</option></select>',
      '<section><div hidden><p>Kazakhstan</p></div><p>Paris</p></section>',
    ];
    const answers = [];
    for (const html of cases) {
      const body = setBody(html);
      answers.push([html, (await ask(body)).possible, scannerFinds(body)]);
    }
    // Here the gate passes exactly where the scanner finds a mention: it reads what the scanner reads.
    expect(answers.map(([html, gate]) => [html, gate])).toEqual(answers.map(([html, , scanner]) => [html, scanner]));
    expect(answers.filter(([, gate]) => gate).map(([html]) => html)).toEqual([
      '<div contenteditable="false">Kazakhstan</div>',
      '<desc>Kazakhstan</desc>',
    ]);
  });

  it('sends nothing about a frame with only white space, and marks the last chunk of a page', async () => {
    const asked: Array<[number, boolean]> = [];
    const recording = { mayMatch: (text: string, last: boolean) => (asked.push([text.length, last]), prefilter.mayMatch(text)) };
    const blank = setBody('<p> \n\t</p><script>var kazakhstan = 1;</script><div>  </div>');
    // White space makes no block: nothing is read.
    expect(await askGate(blank, recording, { pause: async () => undefined, askBlank: false })).toEqual({ possible: false, chars: 0 });
    expect(asked).toEqual([]);
    // The top frame asks all the same: its answer is the toolbar's.
    expect(await askGate(blank, recording, { pause: async () => undefined })).toEqual({ possible: false, chars: 0 });
    expect(asked).toEqual([[0, true]]);
    asked.length = 0;
    const filler = 'The weather in Paris was fine. '.repeat(2200);
    await askGate(setBody(`<p>${filler}</p><p>${filler}</p>`), recording, { pause: async () => undefined, askBlank: false });
    // Two full chunks, then what is left (the last chunk's margin): only that one is the last.
    expect(asked.map(([, last]) => last)).toEqual([false, false, true]);
  });

  it('with `keep`, gives each chunk its blocks and answers with every block when the last chunk passes', async () => {
    const given: Array<string[] | undefined> = [];
    const recording = { mayMatch: (text: string, _last: boolean, blocks?: readonly TextBlock[]) => (given.push(blocks?.map((b) => b.text)), prefilter.mayMatch(text)) };
    const line = 'The weather in Paris was fine, and the market was quiet that day.';
    const answer = await askGate(setBody(`${`<p>${line}</p>`.repeat(1000)}<div>Troops of the <b>CSTO</b></div>`), recording, { pause: async () => undefined, keep: 1 << 20 });
    // Two chunks, the first as many blocks as make 64 Ki units with their line feeds; the text asked is theirs, joined.
    const first = Math.ceil((1 << 16) / (line.length + 1));
    expect(given.map((blocks) => blocks?.length)).toEqual([first, 1001 - first]);
    expect(given[1]?.at(-1)).toBe('Troops of the CSTO');
    expect(answer?.possible).toBe(true);
    expect(answer?.blocks?.map((b) => b.text)).toEqual(collectBlocks(document.body).map((b) => b.text));
    // Without `keep`, or past it, no blocks; nor with a huge text node, read as text.
    const plain = await ask(document.body);
    expect(plain.blocks).toBeUndefined();
    given.length = 0;
    expect((await askGate(document.body, recording, { pause: async () => undefined, keep: 10_000 }))?.blocks).toBeUndefined();
    expect(given.at(-1)).toBeUndefined();
    const huge = setBody('<p>The CSTO met.</p><pre></pre>');
    huge.querySelector('pre')!.append('x'.repeat(70_000));
    given.length = 0;
    // The paragraph and the node's first piece make the first chunk, and it passes.
    expect(await askGate(huge, recording, { pause: async () => undefined, keep: 1 << 20 })).toEqual({ possible: true, chars: 13 + 65_536 });
    expect(given[0]).toBeUndefined();
  });

  it('with `keep`, answers with no blocks when a chunk before the last passes (the rest is not read)', async () => {
    const filler = '<p>The weather in Paris was fine, and the market was quiet that day.</p>'.repeat(1000);
    const shadows: ShadowRoot[] = [];
    const body = setBody(`<p>The CSTO met.</p>${filler}<x-post></x-post>`);
    body.querySelector('x-post')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Kazakhstan</p>';
    const answer = await askGate(body, prefilter, { pause: async () => undefined, keep: 1 << 20, onShadowRoot: (root) => shadows.push(root) });
    expect(answer).toMatchObject({ possible: true });
    expect(answer?.blocks).toBeUndefined();
    expect(shadows).toEqual([]);
    // Read to the end, the walk enters the shadow root and says so.
    document.querySelector('p')!.remove();
    await askGate(body, prefilter, { pause: async () => undefined, keep: 1 << 20, onShadowRoot: (root) => shadows.push(root) });
    expect(shadows).toEqual([body.querySelector('x-post')!.shadowRoot]);
  });

  it('asks only about the entities the settings highlight', async () => {
    const off: Settings = { ...DEFAULT_SETTINGS, entities: { ...DEFAULT_SETTINGS.entities, kazakhstan: false } };
    expect((await ask(setBody('<p>Kazakhstan</p>'), gatePrefilter(gate, off))).possible).toBe(false);
    expect((await ask(setBody('<p>CSTO</p>'), gatePrefilter(gate, off))).possible).toBe(true);
  });

  it('lets through every fixture page the matcher finds a mention on, its blocks joined as the gate joins them', () => {
    const dir = 'tests/fixtures/pages';
    let withMentions = 0;
    for (const file of readdirSync(dir)) {
      const page = htmlToBlocks(readFileSync(`${dir}/${file}`, 'utf8'));
      if (!page.blocks.some((block) => matcher.scan(block, { lang: page.lang, entities: watched }).length > 0)) continue;
      withMentions++;
      expect(prefilter.mayMatch(page.blocks.join('\n')), file).toBe(true);
    }
    expect(withMentions).toBeGreaterThan(5);
  });

  it('never turns away a random page the scanner finds a mention on', async () => {
    const forms = ['Kazakhstan', 'Казахстана', 'CSTO', 'ОДКБ', 'S-300', 'С-300ПМУ-1', 'कज़ाख़स्तान', '哈萨克斯坦', 'Kazakistan’ın'];
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('\u00AD', '\u200B', ' ', '\u0301', 'stan', 'Kazakh', '300'),
    );
    const tag = fc.constantFrom('b', 'span', 'p', 'div', 'script', 'rt');
    const tree = fc.array(fc.record({ tag, pieces: fc.array(piece, { maxLength: 4 }) }), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(tree, async (elements) => {
        document.body.replaceChildren();
        for (const { tag: name, pieces } of elements) {
          const el = document.createElement(name);
          for (const text of pieces) el.append(document.createTextNode(text));
          document.body.append(el);
        }
        if (scannerFinds(document.body)) expect((await ask(document.body)).possible).toBe(true);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });
});

describe('stored page gate', () => {
  it('survives storage and is small', () => {
    const stored = JSON.stringify(pageGateOf('unbuilt+abc', compiled));
    expect(readPageGate(JSON.parse(stored), 'unbuilt')?.entityIds).toEqual(compiled.entityIds);
    // Every page reads it: a few kilobytes, against the packed matcher's hundreds.
    expect(stored.length).toBeLessThan(64 * 1024);
  });

  it('refuses a damaged gate or another build\'s', () => {
    const good = pageGateOf('unbuilt', compiled);
    expect(readPageGate(good, 'other-build')).toBeNull();
    expect(readPageGate(null, 'unbuilt')).toBeNull();
    expect(readPageGate(pageGateJson(good).slice(0, -2), 'unbuilt')).toBeNull();
    expect(readPageGate({ ...good, watched: good.watched.slice(1) }, 'unbuilt')).toBeNull();
    expect(readPageGate({ ...good, prefilter: { ...good.prefilter, folded: 3 } }, 'unbuilt')).toBeNull();
  });
});
