/**
 * Blocks matched by the background (lib/page/read/scanner.ts `matchBlocks`): a first scan and a
 * rescan read their blocks, ask about them at once with each block's language, and paint the
 * answer; the page's own matcher is not loaded (`prepare`) or used. Without an answer, after a
 * failed ask, or past the limit, the page loads its own and matches alone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlockQuestion } from '@/lib/entities/block-answer';
import type { Matcher, Mention } from '@/lib/entities/types';
import { Highlighter, type HighlightApi } from '@/lib/page/paint/highlighter';
import { PageIndex } from '@/lib/page/read/page-index';
import { ASK_LIMIT, rescan, scanAll, type ScanContext } from '@/lib/page/read/scanner';

/** Every "Kazakhstan" in a text: what the page's matcher and the fake background both find. */
function kazakhstans(text: string): Mention[] {
  const found: Mention[] = [];
  for (let i = text.indexOf('Kazakhstan'); i >= 0; i = text.indexOf('Kazakhstan', i + 1)) {
    found.push({ entity: 'kazakhstan', start: i, end: i + 10, surface: 'Kazakhstan', tier: 'name' });
  }
  return found;
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

type Answer = (blocks: readonly BlockQuestion[]) => Promise<readonly (readonly Mention[])[] | null>;

/** The background's answer: the same matches, found where it is asked. */
const background: Answer = async (blocks) => blocks.map((b) => kazakhstans(b.text));

function setup(answer?: Answer, ready = true) {
  const api = { registry: new Map(), create: () => new FakeHighlight() } as unknown as HighlightApi;
  const calls: string[] = [];
  const matcher: Matcher = { scan: (text) => (calls.push(text), kazakhstans(text)) };
  const index = new PageIndex();
  const createRange = (init: StaticRangeInit) => {
    const r = document.createRange();
    r.setStart(init.startContainer, init.startOffset);
    r.setEnd(init.endContainer, init.endOffset);
    return r;
  };
  const asked: Array<readonly BlockQuestion[]> = [];
  const prepared = { count: 0 };
  const ctx: ScanContext = {
    matcher,
    index,
    highlighter: new Highlighter(api, 'fill'),
    // A block's language: its element's, as the page's languages say.
    optionsFor: (block) => (block.element.closest('[lang]') ? { lang: block.element.closest('[lang]')?.getAttribute('lang') ?? '' } : {}),
    createRange,
    prepare: async () => (prepared.count++, ready),
  };
  if (answer) ctx.matchBlocks = (blocks) => (asked.push(blocks), answer(blocks));
  return { ctx, index, calls, asked, prepared };
}

const signal = new AbortController().signal;
const PAGE = '<p>Weather in Paris.</p><p>Kazakh<b>stan</b> joined.</p><div lang="ru">Sport.</div><p>Kazakhstan again, and Kazakhstan.</p>';
const mentionCounts = (index: PageIndex) => index.withMentions().map((r) => r.mentions.length);

describe('scanAll, the blocks matched by the background', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('asks once with every block and its language, paints the answer, and never loads the page its own matcher', async () => {
    const { ctx, index, calls, asked, prepared } = setup(background);
    expect(await scanAll(ctx, document.body, signal)).toBe(true);
    expect(asked).toEqual([[{ text: 'Weather in Paris.' }, { text: 'Kazakhstan joined.' }, { text: 'Sport.', lang: 'ru' }, { text: 'Kazakhstan again, and Kazakhstan.' }]]);
    expect(calls).toEqual([]);
    expect(prepared.count).toBe(0);
    expect(index.blockCount).toBe(4);
    expect(mentionCounts(index)).toEqual([1, 2]);
    // The range spans the inline element: "Kazakh" + "stan".
    expect(index.withMentions()[0]?.ranges[0]?.toString()).toBe('Kazakhstan');
  });

  it('loads its own matcher and matches every block when the answer is null, fails, or does not fit the blocks', async () => {
    const answers: Answer[] = [async () => null, async () => Promise.reject(new Error('no background')), async () => [[]]];
    for (const answer of answers) {
      document.body.innerHTML = PAGE;
      const { ctx, index, calls, prepared } = setup(answer);
      expect(await scanAll(ctx, document.body, signal)).toBe(true);
      expect(prepared.count).toBe(1);
      expect(calls).toHaveLength(4);
      expect(mentionCounts(index)).toEqual([1, 2]);
    }
  });

  it('keeps no mention that falls outside its block', async () => {
    const { ctx, index } = setup(async (blocks) => blocks.map((b) => [{ entity: 'kazakhstan', start: b.text.length - 2, end: b.text.length + 5, surface: 'x', tier: 'name' }]));
    expect(await scanAll(ctx, document.body, signal)).toBe(true);
    expect(mentionCounts(index)).toEqual([]);
  });

  it('does not ask about a page past the limit, or one with a huge text node: it matches as it reads', async () => {
    // Blocks of 60,000 units (each under a huge node's 65,536), more of them than the limit holds.
    const paragraph = `<p>${'Kazakhstan '.repeat(60_000 / 11)}</p>`;
    const count = Math.ceil(ASK_LIMIT / 60_000) + 1;
    const huge = `<p>${'x'.repeat(70_000)}</p><p>Kazakhstan last.</p>`;
    for (const page of [`${paragraph.repeat(count)}<p>Kazakhstan last.</p>`, huge]) {
      document.body.innerHTML = page;
      const { ctx, index, calls, asked, prepared } = setup(background);
      expect(await scanAll(ctx, document.body, signal)).toBe(true);
      expect(asked).toEqual([]);
      expect(prepared.count).toBe(1);
      expect(calls.at(-1)).toBe('Kazakhstan last.');
      expect(index.blockCount).toBe(page === huge ? 2 : count + 1);
    }
  });

  it('matches nothing when its own matcher cannot be loaded', async () => {
    const { ctx, index, calls } = setup(async () => null, false);
    expect(await scanAll(ctx, document.body, signal)).toBe(false);
    expect(calls).toEqual([]);
    expect(index.blockCount).toBe(0);
  });

  it('asks nothing on a page without text, and stops when aborted during the ask', async () => {
    document.body.innerHTML = '<div></div>';
    const empty = setup(background);
    expect(await scanAll(empty.ctx, document.body, signal)).toBe(true);
    expect(empty.asked).toEqual([]);

    document.body.innerHTML = PAGE;
    const controller = new AbortController();
    const aborted = setup(async (blocks) => (controller.abort(), background(blocks)));
    expect(await scanAll(aborted.ctx, document.body, controller.signal)).toBe(false);
    expect(aborted.index.blockCount).toBe(0);
  });
});

describe('rescan, the blocks matched by the background', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('forgets what changed, asks about the new blocks at once, and paints the answer', async () => {
    const { ctx, index, calls, asked } = setup(background);
    await scanAll(ctx, document.body, signal);
    const changed = document.querySelector('p:last-of-type') as HTMLElement;
    changed.textContent = 'Only one Kazakhstan now.';
    const added = document.createElement('section');
    added.innerHTML = '<p>Kazakhstan, added.</p><p>Nothing here.</p>';
    document.body.append(added);
    const work = { own: new Set<Element>([changed]), subtrees: new Set<Node>([added]), reread: new Set<Element>(), removals: false };
    expect(await rescan(ctx, work, signal)).toBe(true);
    expect(asked.at(-1)).toEqual([{ text: 'Only one Kazakhstan now.' }, { text: 'Kazakhstan, added.' }, { text: 'Nothing here.' }]);
    expect(calls).toEqual([]);
    expect(index.blockCount).toBe(6);
    expect(mentionCounts(index)).toEqual([1, 1, 1]);
  });

  it('reads a block once when two added subtrees hold it', async () => {
    const { ctx, index, asked } = setup(background);
    await scanAll(ctx, document.body, signal);
    const outer = document.createElement('section');
    outer.innerHTML = '<article><p>Kazakhstan inside.</p></article>';
    document.body.append(outer);
    const inner = outer.querySelector('article') as Element;
    const work = { own: new Set<Element>(), subtrees: new Set<Node>([outer, inner]), reread: new Set<Element>(), removals: false };
    expect(await rescan(ctx, work, signal)).toBe(true);
    expect(asked.at(-1)).toEqual([{ text: 'Kazakhstan inside.' }]);
    expect(mentionCounts(index)).toEqual([1, 2, 1]);
  });

  it('matches the new blocks itself when the background cannot answer', async () => {
    let answering = true;
    const { ctx, index, calls, prepared } = setup((blocks) => (answering ? background(blocks) : Promise.resolve(null)));
    await scanAll(ctx, document.body, signal);
    answering = false;
    const added = document.createElement('p');
    added.textContent = 'Kazakhstan, added.';
    document.body.append(added);
    const work = { own: new Set<Element>(), subtrees: new Set<Node>([added]), reread: new Set<Element>(), removals: false };
    expect(await rescan(ctx, work, signal)).toBe(true);
    expect(prepared.count).toBe(1);
    expect(calls).toEqual(['Kazakhstan, added.']);
    expect(mentionCounts(index)).toEqual([1, 2, 1]);
  });
});
