/**
 * A page the gate turned away is asked again about the places that changed only
 * (lib/page/stage/page-gate.ts changedRegions, outermostRegions, askGateAbout): every change that
 * can make the scanner find a mention — text completed across inline elements, an element removed
 * between two texts, a hidden part shown, a new post — is read with the whole block around it, and
 * the rest of the page is not read again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledCatalogue, createMatcher } from '@/lib/entities';
import { pageGateJson, pageGateOf, readPageGate, type PageGate } from '@/lib/entities/gate';
import { gatePrefilter } from '@/lib/entities/gate-answer';
import { walkBlocks } from '@/lib/page/read/blocks';
import { askGateAbout, changedRegions, outermostRegions } from '@/lib/page/stage/page-gate';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const compiled = compiledCatalogue();
const gate = readPageGate(pageGateJson(pageGateOf('unbuilt', compiled)), 'unbuilt') as PageGate;
const watched = new Set(compiled.entityIds.filter((_, i) => compiled.highlight[i]));
const prefilter = gatePrefilter(gate, DEFAULT_SETTINGS);
const matcher = createMatcher();
const FILLER = '<p>The weather in Paris was fine, and the market was quiet.</p>'.repeat(20);

const scannerFinds = (root: Node) => [...walkBlocks(root)].some((block) => matcher.scan(block.text, { entities: watched }).length > 0);

let observer: MutationObserver;
beforeEach(() => {
  observer = new MutationObserver(() => undefined);
});
afterEach(() => observer.disconnect());

/** Sets the page up, watches it as the first stage does, makes `change`, and returns the regions it touched and the text they were asked with. */
async function afterChange(html: string, change: () => void) {
  observer.disconnect();
  document.body.innerHTML = html;
  expect(scannerFinds(document.body)).toBe(false);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'contenteditable'] });
  change();
  const regions = outermostRegions(observer.takeRecords().flatMap(changedRegions));
  const asked: { text: string; last: boolean }[] = [];
  const answer = await askGateAbout(regions, { mayMatch: (text, last) => (asked.push({ text, last }), prefilter.mayMatch(text)) }, { pause: async () => undefined });
  return { regions, asked, answer };
}

describe('page gate, asked again about what changed', () => {
  it('reads the block around text completed in an inline element, not the page', async () => {
    const { asked, answer } = await afterChange(`${FILLER}<p id="live">Live: the S-<b></b></p>`, () => {
      document.querySelector('#live b')!.textContent = '300 batteries';
    });
    expect(scannerFinds(document.body)).toBe(true);
    expect(answer?.possible).toBe(true);
    expect(asked).toEqual([{ text: 'Live: the S-300 batteries', last: false }]);
  });

  it('reads the block where a removed element joined two texts, or a hidden part was shown', async () => {
    const joined = await afterChange(`${FILLER}<p>In Kazakh<br>stan</p>`, () => document.querySelector('br')!.remove());
    expect(scannerFinds(document.body)).toBe(true);
    expect(joined.answer?.possible).toBe(true);
    expect(joined.asked.map((a) => a.text)).toEqual(['In Kazakhstan']);
    const shown = await afterChange(`${FILLER}<div><p>Talks in</p><p id="more" hidden>Astana, Kazakhstan</p></div>`, () => document.querySelector('#more')!.removeAttribute('hidden'));
    expect(shown.answer?.possible).toBe(true);
    // Two blocks, joined with a line feed as the gate sends them.
    expect(shown.asked.map((a) => a.text)).toEqual(['Talks in\nAstana, Kazakhstan']);
  });

  it('reads a new post on its own, and text changed in place by its block', async () => {
    const post = await afterChange(`${FILLER}<div id="feed"></div>`, () => {
      const p = document.createElement('p');
      p.textContent = 'CSTO troops arrive';
      document.querySelector('#feed')!.append(p, document.createComment('ad'));
    });
    expect(post.answer?.possible).toBe(true);
    expect(post.asked.map((a) => a.text)).toEqual(['CSTO troops arrive']);
    const ticker = await afterChange(`${FILLER}<p>Score: <i>1-0</i></p>`, () => {
      (document.querySelector('i')!.firstChild as Text).data = '2-0';
    });
    expect(ticker.answer).toEqual({ possible: false, chars: 'Score: 2-0'.length });
    expect(ticker.asked.map((a) => a.text)).toEqual(['Score: 2-0']);
  });

  it('reads each place once, not what was removed or is never scanned, and no blank text', async () => {
    const { regions, asked } = await afterChange(`${FILLER}<section id="s"><p id="a">one</p><p id="gone">y</p></section><textarea id="t">x</textarea>`, () => {
      document.querySelector('#a')!.append(' two');
      document.querySelector('#s')!.append(document.createElement('p'));
      document.querySelector('#s')!.insertBefore(document.createTextNode(' '), null);
      (document.querySelector('#t')!.firstChild as Text).data = 'Kazakhstan';
      const gone = document.querySelector('#gone')!;
      gone.append('z');
      gone.remove();
    });
    expect(regions.map((r) => r.id)).toEqual(['s']);
    // The blank text added after the paragraph is no block: not sent.
    expect(asked.map((a) => a.text)).toEqual(['one two']);
  });
});
