/**
 * The first scan with the blocks asked about at once (lib/page/read/scanner.ts `askBlocks`): only
 * the blocks the answer names are matched, and the matcher is told they passed; every other
 * block is still indexed. Without an answer, a failed ask, or on a page past the limit, the page's
 * own prefilter decides, as the matcher does by itself.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Matcher, Mention, ScanOptions } from '@/lib/entities/types';
import { Highlighter, type HighlightApi } from '@/lib/page/paint/highlighter';
import { PageIndex } from '@/lib/page/read/page-index';
import { ASK_LIMIT, scanAll, type ScanContext } from '@/lib/page/read/scanner';

/** Finds "Kazakhstan"; records every text it is given and how. */
function recordingMatcher(): { matcher: Matcher; calls: Array<{ text: string; prefiltered: boolean }> } {
  const calls: Array<{ text: string; prefiltered: boolean }> = [];
  const matcher: Matcher = {
    scan(text: string, options?: ScanOptions) {
      calls.push({ text, prefiltered: options?.prefiltered === true });
      const found: Mention[] = [];
      for (let i = text.indexOf('Kazakhstan'); i >= 0; i = text.indexOf('Kazakhstan', i + 1)) {
        found.push({ entity: 'kazakhstan', start: i, end: i + 10, surface: 'Kazakhstan', tier: 'name' });
      }
      return found;
    },
  };
  return { matcher, calls };
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function setup(askBlocks?: ScanContext['askBlocks']) {
  const api = { registry: new Map(), create: () => new FakeHighlight() } as unknown as HighlightApi;
  const { matcher, calls } = recordingMatcher();
  const index = new PageIndex();
  const createRange = (init: StaticRangeInit) => {
    const r = document.createRange();
    r.setStart(init.startContainer, init.startOffset);
    r.setEnd(init.endContainer, init.endOffset);
    return r;
  };
  const asked: Array<readonly string[]> = [];
  const ctx: ScanContext = { matcher, index, highlighter: new Highlighter(api, 'fill'), optionsFor: () => ({}), createRange };
  if (askBlocks) ctx.askBlocks = (texts) => (asked.push(texts), askBlocks(texts));
  return { ctx, index, calls, asked };
}

const signal = new AbortController().signal;
const PAGE = '<p>Weather in Paris.</p><p>Kazakh<b>stan</b> joined.</p><div>Sport.</div><p>Kazakhstan again, and Kazakhstan.</p>';

describe('scanAll, the blocks asked about first', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('asks once with every block, then matches only the passing ones, told they passed', async () => {
    const { ctx, index, calls, asked } = setup(async () => [1, 3]);
    expect(await scanAll(ctx, document.body, signal)).toBe(true);
    expect(asked).toEqual([['Weather in Paris.', 'Kazakhstan joined.', 'Sport.', 'Kazakhstan again, and Kazakhstan.']]);
    expect(calls).toEqual([
      { text: 'Kazakhstan joined.', prefiltered: true },
      { text: 'Kazakhstan again, and Kazakhstan.', prefiltered: true },
    ]);
    expect(index.blockCount).toBe(4);
    expect(index.withMentions().map((r) => r.mentions.length)).toEqual([1, 2]);
  });

  it('matches every block with its own prefilter when the answer is null or the ask fails', async () => {
    for (const answer of [async () => null, async () => Promise.reject(new Error('no background'))]) {
      document.body.innerHTML = PAGE;
      const { ctx, index, calls } = setup(answer);
      expect(await scanAll(ctx, document.body, signal)).toBe(true);
      expect(calls.map((c) => c.prefiltered)).toEqual([false, false, false, false]);
      expect(index.withMentions().map((r) => r.mentions.length)).toEqual([1, 2]);
    }
  });

  it('does not ask about a page past the limit, or one with a huge text node: its own prefilter decides as it reads', async () => {
    // Blocks of 60,000 units (each under a huge node's 65,536), more of them than the limit holds.
    const paragraph = `<p>${'Kazakhstan '.repeat(60_000 / 11)}</p>`;
    const count = Math.ceil(ASK_LIMIT / 60_000) + 1;
    const huge = `<p>${'x'.repeat(70_000)}</p><p>Kazakhstan last.</p>`;
    for (const page of [`${paragraph.repeat(count)}<p>Kazakhstan last.</p>`, huge]) {
      document.body.innerHTML = page;
      const { ctx, index, calls, asked } = setup(async () => []);
      expect(await scanAll(ctx, document.body, signal)).toBe(true);
      expect(asked).toEqual([]);
      expect(calls.every((c) => !c.prefiltered)).toBe(true);
      expect(calls.at(-1)?.text).toBe('Kazakhstan last.');
      expect(index.blockCount).toBe(page === huge ? 2 : count + 1);
    }
  });

  it('asks nothing on a page without text, and stops when aborted during the ask', async () => {
    document.body.innerHTML = '<div></div>';
    const empty = setup(async () => []);
    expect(await scanAll(empty.ctx, document.body, signal)).toBe(true);
    expect(empty.asked).toEqual([]);

    document.body.innerHTML = PAGE;
    const controller = new AbortController();
    const aborted = setup(async () => (controller.abort(), [1, 3]));
    expect(await scanAll(aborted.ctx, document.body, controller.signal)).toBe(false);
    expect(aborted.calls).toEqual([]);
  });
});
