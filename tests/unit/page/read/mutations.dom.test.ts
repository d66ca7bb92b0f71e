/**
 * What a batch of mutations asks to re-read. Block elements added or removed next to a
 * boundary leave their container's own text as it was, so an appended paragraph costs only
 * itself; anything that may join or split a run of text re-reads the block it is in.
 */
import { describe, expect, it } from 'vitest';
import { changesOwnText, MutationBatcher } from '@/lib/page/read/mutations';
import type { Rescan } from '@/lib/page/read/scanner';

function watch(): { next(): Promise<Rescan> } {
  const waiting: Array<(work: Rescan) => void> = [];
  const batcher = new MutationBatcher(async (work) => waiting.shift()?.(work), new AbortController().signal);
  batcher.observe(document.documentElement);
  return { next: () => new Promise((resolve) => waiting.push(resolve)) };
}

const own = (work: Rescan) => [...work.own].map((el) => el.id);

describe('MutationBatcher', () => {
  it('reads only the new paragraphs when paragraphs are appended to an article', async () => {
    document.body.innerHTML = '<article id="feed">\n<p>one</p>\n<p>two</p>\n</article>';
    const feed = document.getElementById('feed') as Element;
    const batches = watch();
    const flushed = batches.next();
    const added = [1, 2, 3].map((n) => Object.assign(document.createElement('p'), { textContent: `new ${n}` }));
    feed.append(...added);
    feed.prepend(Object.assign(document.createElement('p'), { textContent: 'first' }));
    const work = await flushed;
    expect(own(work)).toEqual([]);
    expect(work.subtrees.size).toBe(4);
  });

  it('re-reads the block when a boundary leaves a run of its text', async () => {
    document.body.innerHTML = '<div id="d">S-<br id="br">300</div>';
    const batches = watch();
    const flushed = batches.next();
    document.getElementById('br')?.remove();
    expect(own(await flushed)).toEqual(['d']);
  });

  // happy-dom leaves previousSibling and nextSibling out of records of added nodes (browsers
  // fill them in, as the DOM standard says): these records are written out by hand.
  it('tells which insertions of a block element can split a run of text', () => {
    document.body.innerHTML = '<div id="c">Kazakh<p id="p"></p>\n</div>';
    const c = document.getElementById('c') as Element;
    const [kazakh, p, newline] = [...c.childNodes] as unknown as [Node, Node, Node];
    const div = document.createElement('div');
    const record = (previousSibling: Node | null, nextSibling: Node | null, target: Node = c) =>
      ({ target, addedNodes: [div] as unknown as NodeList, removedNodes: [] as unknown as NodeList, previousSibling, nextSibling });
    expect(changesOwnText(record(kazakh, newline))).toBe(true); // between two pieces of text
    expect(changesOwnText(record(kazakh, p))).toBe(false); // next to a block
    expect(changesOwnText(record(newline, null))).toBe(false); // at the end
    expect(changesOwnText(record(null, kazakh))).toBe(false); // at the start
    expect(changesOwnText(record(null, null, document.createElement('b')))).toBe(true); // inside an inline element
    const script = { ...record(kazakh, newline), addedNodes: [document.createElement('script')] as unknown as NodeList };
    expect(changesOwnText(script)).toBe(false); // a skipped element is neither text nor a boundary
  });

  it('re-reads the block when text or inline elements come or go', async () => {
    document.body.innerHTML = '<p id="p">Kazakh<b id="b">stan</b></p>';
    const batches = watch();
    let flushed = batches.next();
    document.getElementById('p')?.append(document.createElement('i'));
    expect(own(await flushed)).toEqual(['p']);
    flushed = batches.next();
    document.getElementById('b')?.append(document.createElement('div'));
    expect(own(await flushed)).toEqual(['p']);
  });

  it('re-reads an element shown or hidden by an attribute, and ignores other attributes', async () => {
    document.body.innerHTML = '<main id="m" hidden><p>Kazakhstan</p></main><p id="q" class="a">CSTO</p><div hidden><p id="inner">x</p></div>';
    const batches = watch();
    let flushed = batches.next();
    document.getElementById('q')?.setAttribute('class', 'b'); // not followed
    document.getElementById('q')?.setAttribute('aria-hidden', 'true'); // not followed: still on screen
    document.getElementById('m')?.removeAttribute('hidden');
    let work = await flushed;
    expect([...work.reread].map((el) => el.id)).toEqual(['m']);
    flushed = batches.next();
    document.getElementById('inner')?.setAttribute('hidden', ''); // inside a hidden subtree: nothing to do
    document.getElementById('q')?.setAttribute('hidden', '');
    work = await flushed;
    expect([...work.reread].map((el) => el.id)).toEqual(['q']);
  });
});
