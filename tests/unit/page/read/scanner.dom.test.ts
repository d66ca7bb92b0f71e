/**
 * The scanner and the mutation batcher in happy-dom, with a stand-in matcher (two literal words)
 * and a fake highlight registry: happy-dom has no CSS Custom Highlight API. The real matcher and
 * real highlights are covered end to end in the browsers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Matcher, Mention } from '@/lib/entities/types';
import { Highlighter, type HighlightApi } from '@/lib/page/paint/highlighter';
import { MutationBatcher } from '@/lib/page/read/mutations';
import { PageIndex } from '@/lib/page/read/page-index';
import { rescan, scanAll, type Rescan, type ScanContext } from '@/lib/page/read/scanner';

const literalMatcher: Matcher = {
  scan(text) {
    const found: Mention[] = [];
    for (const [word, entity] of [['Kazakhstan', 'kazakhstan'], ['CSTO', 'csto']] as const) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        found.push({ entity, start: i, end: i + word.length, surface: word, tier: 'name' });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function setup() {
  const registry = new Map<string, FakeHighlight>();
  const api = { registry, create: () => new FakeHighlight() } as unknown as HighlightApi;
  const index = new PageIndex();
  const highlighter = new Highlighter(api, 'fill');
  // happy-dom has no StaticRange: live Ranges stand in.
  const createRange = (init: StaticRangeInit) => {
    const r = document.createRange();
    r.setStart(init.startContainer, init.startOffset);
    r.setEnd(init.endContainer, init.endOffset);
    return r;
  };
  const ctx: ScanContext = { matcher: literalMatcher, index, highlighter, optionsFor: () => ({}), createRange };
  const painted = () =>
    [...registry.entries()]
      .filter(([name]) => name !== 'backstory-current')
      .flatMap(([name, h]) => [...h].map((r) => `${name}:${rangeText(r)}`))
      .sort();
  return { ctx, index, registry, painted };
}

function rangeText(r: AbstractRange): string {
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
}

const signal = new AbortController().signal;

describe('scanAll', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('paints one range per mention, across inline elements, never across blocks', async () => {
    document.body.innerHTML = '<p>Kazakh<b>stan</b> joined the <i>CSTO</i>.</p><p>Kazakh</p><p>stan</p>';
    const { ctx, painted, index } = setup();
    await scanAll(ctx, document.body, signal);
    expect(painted()).toEqual(['backstory-1:Kazakhstan', 'backstory-2:CSTO']);
    expect(index.blockCount).toBe(3);
    expect(index.withMentions()).toHaveLength(1);
  });

  it('maps text nodes back to their block for hit-testing', async () => {
    document.body.innerHTML = '<p>In Kazakh<b>stan</b></p>';
    const { ctx, index } = setup();
    await scanAll(ctx, document.body, signal);
    const bold = document.querySelector('b')?.firstChild as Text;
    expect(index.positionOf(bold)?.start).toBe(9);
  });
});

describe('rescan after mutations', () => {
  it('re-reads changed text, new subtrees and drops removed ones', async () => {
    document.body.innerHTML = '<div id="feed"><p id="a">Kazakhstan</p><p id="b">nothing</p></div>';
    const { ctx, painted } = setup();
    await scanAll(ctx, document.body, signal);
    expect(painted()).toEqual(['backstory-1:Kazakhstan']);

    const flushes: Rescan[] = [];
    const done: Array<() => void> = [];
    const batcher = new MutationBatcher(async (work) => {
      flushes.push(work);
      await rescan(ctx, work, signal);
      done.shift()?.();
    }, signal);
    batcher.observe(document.documentElement);
    const flushed = () => new Promise<void>((resolve) => done.push(resolve));

    const b = document.getElementById('b')?.firstChild as Text;
    let next = flushed();
    b.data = 'the CSTO met';
    document.getElementById('a')?.remove();
    const added = document.createElement('p');
    added.innerHTML = 'More on Kazakh<em>stan</em>';
    document.getElementById('feed')?.append(added);
    await next;

    expect(flushes).toHaveLength(1);
    expect(painted()).toEqual(['backstory-1:Kazakhstan', 'backstory-2:CSTO']);
    expect(rangeText([...(ctx.index.withMentions()[1]?.ranges ?? [])][0] as AbstractRange)).toBe('Kazakhstan');

    // Backstory's own card host and script changes contribute nothing to the next batch.
    document.documentElement.append(document.createElement('backstory-card'));
    const script = document.createElement('script');
    document.head.append(script);
    script.textContent = 'var csto = 1';
    next = flushed();
    (document.getElementById('b')?.firstChild as Text).data = 'no more';
    await next;
    const last = flushes.at(-1);
    expect([...(last?.own ?? [])]).toEqual([document.getElementById('b')]);
    expect(last?.subtrees.size).toBe(0);
    expect(last?.removals).toBe(false);
    expect(painted()).toEqual(['backstory-1:Kazakhstan']);
  });
});
