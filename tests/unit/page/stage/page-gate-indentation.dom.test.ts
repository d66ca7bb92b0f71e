/**
 * The page gate sends a text node of white space only (a page's indentation) as one space
 * (lib/page/stage/page-gate.ts): fewer bytes, and the same text to the matcher, which reads a run
 * of spaces as one — so a page the scanner finds a mention on is never turned away for it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledCatalogue, createMatcher } from '@/lib/entities';
import { pageGateJson, pageGateOf, readPageGate, type PageGate } from '@/lib/entities/gate';
import { gatePrefilter } from '@/lib/entities/gate-answer';
import { walkBlocks } from '@/lib/page/read/blocks';
import { askGate } from '@/lib/page/stage/page-gate';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const compiled = compiledCatalogue();
const gate = readPageGate(pageGateJson(pageGateOf('unbuilt', compiled)), 'unbuilt') as PageGate;
const watched = new Set(compiled.entityIds.filter((_, i) => compiled.highlight[i]));
const prefilter = gatePrefilter(gate, DEFAULT_SETTINGS);
const matcher = createMatcher();
const scannerFinds = (root: Node) => [...walkBlocks(root)].some((block) => matcher.scan(block.text, { entities: watched }).length > 0);

async function asked(html: string): Promise<{ texts: string[]; possible: boolean; chars: number }> {
  document.body.innerHTML = html;
  const texts: string[] = [];
  const answer = await askGate(document.body, { mayMatch: (text) => (texts.push(text), prefilter.mayMatch(text)) }, { pause: async () => undefined });
  if (!answer) throw new Error('the ask was dropped');
  return { texts, ...answer };
}

describe('page gate, indentation', () => {
  it('sends a node of indentation as one space, and counts what it read', async () => {
    const indent = '\n            ';
    const { texts, possible, chars } = await asked(`<div>${indent}<p>Weather</p>${indent}<p>Markets\n   </p>${indent}</div>`);
    expect(texts).toEqual([' Weather Markets\n    ']);
    expect(possible).toBe(false);
    expect(chars).toBe(3 * indent.length + 'Weather'.length + 'Markets\n   '.length);
  });

  it('still lets through a name whose words only indentation separates', async () => {
    const html = '<p><b>Collective</b>\n                <b>Security Treaty</b>\n\t\t\t\t\t\t\t<b>Organization</b> met.</p>';
    const { texts, possible } = await asked(html);
    expect(scannerFinds(document.body)).toBe(true);
    expect(possible).toBe(true);
    expect(texts[0]).toContain('Collective Security Treaty Organization');
  });

  it('never turns away a random page the scanner finds a mention on', async () => {
    const word = fc.constantFrom('Kazakhstan', 'Kazakh', 'stan', 'Collective', 'Security', 'Treaty', 'Organization', 'S-', '300', 'Республика', 'Казахстан', 'of', '.');
    const gap = fc.constantFrom('', ' ', '\n', '\n        ', '\t\t\t\t\t\t\t\t', '\r\n          \f', '\u00A0\n        ');
    const tag = fc.constantFrom('b', 'span', 'p', 'div');
    const tree = fc.array(fc.record({ tag, word, gap }), { maxLength: 8 });
    let found = 0;
    await fc.assert(
      fc.asyncProperty(tree, async (parts) => {
        document.body.replaceChildren();
        for (const { tag: name, word: text, gap: between } of parts) {
          const el = document.createElement(name);
          el.textContent = text;
          document.body.append(el, document.createTextNode(between));
        }
        if (!scannerFinds(document.body)) return;
        found++;
        const answer = await askGate(document.body, prefilter, { pause: async () => undefined });
        expect(answer?.possible).toBe(true);
      }),
      { numRuns: 1500, seed: 20261206 },
    );
    expect(found).toBeGreaterThan(300);
  });
});
