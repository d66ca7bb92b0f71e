/**
 * The scanner on hostile pages, in happy-dom with a stand-in matcher and a fake registry: past
 * the highlight cap mentions are counted but not painted (and the keyboard skips them); a huge
 * block is matched piece by piece, never whole; a deeply nested DOM is read without recursion.
 */
import { describe, expect, it } from 'vitest';
import type { Matcher, Mention } from '@/lib/entities/types';
import { Highlighter, type HighlightApi } from '@/lib/page/paint/highlighter';
import { MentionCursor } from '@/lib/page/read/navigation';
import { PageIndex } from '@/lib/page/read/page-index';
import { buildReport } from '@/lib/page/read/report';
import { MATCH_CHUNK, pieceEnds, rescan, scanAll, type ScanContext } from '@/lib/page/read/scanner';

const WORD = 'Kazakhstan';

/** Finds WORD; remembers the longest text it was given. */
function matcher(): Matcher & { longest: number } {
  const m = {
    longest: 0,
    scan(text: string) {
      m.longest = Math.max(m.longest, text.length);
      const found: Mention[] = [];
      for (let i = text.indexOf(WORD); i >= 0; i = text.indexOf(WORD, i + 1)) {
        found.push({ entity: 'kazakhstan', start: i, end: i + WORD.length, surface: WORD, tier: 'name' });
      }
      return found;
    },
  };
  return m;
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function setup(cap?: number) {
  const registry = new Map<string, FakeHighlight>();
  const api = { registry, create: () => new FakeHighlight() } as unknown as HighlightApi;
  const index = new PageIndex();
  const highlighter = new Highlighter(api, 'fill', null, cap);
  const m = matcher();
  const createRange = (init: StaticRangeInit) => {
    const r = document.createRange();
    r.setStart(init.startContainer, init.startOffset);
    r.setEnd(init.endContainer, init.endOffset);
    return r;
  };
  const ctx: ScanContext = { matcher: m, index, highlighter, optionsFor: () => ({}), createRange };
  const paintedTexts = () => [...(registry.get('backstory-1') ?? [])].map((r) => (r as Range).toString());
  return { ctx, index, highlighter, registry, matcher: m, paintedTexts };
}

const signal = new AbortController().signal;
const total = (index: PageIndex) => index.withMentions().reduce((n, r) => n + r.mentions.length, 0);

describe('the highlight cap', () => {
  it('paints the first N, counts them all, and the keyboard goes only to the painted ones', async () => {
    document.body.innerHTML = Array.from({ length: 6 }, (_, i) => `<p id="p${i}">${WORD} and ${WORD}</p>`).join('');
    const { ctx, index, highlighter, paintedTexts } = setup(5);
    await scanAll(ctx, document.body, signal);
    expect(total(index)).toBe(12);
    expect(highlighter.paintedCount).toBe(5);
    expect(paintedTexts()).toHaveLength(5);
    // The report counts all twelve and says five are painted.
    const report = buildReport('u', 'text/html', true, index.blockCount, index.withMentions());
    expect(report.entities[0]?.count).toBe(12);
    expect(report.painted).toBe(5);
    // Next, next… wraps around after the fifth.
    const cursor = new MentionCursor(index);
    const seen = Array.from({ length: 6 }, () => cursor.step(1));
    expect(seen.map((r) => r?.record.block.element.id)).toEqual(['p0', 'p0', 'p1', 'p1', 'p2', 'p0']);
    expect(seen.every((r) => r && r.index < r.record.painted)).toBe(true);
  });

  it('frees a place when a painted mention leaves the page, for the next one read', async () => {
    document.body.innerHTML = `<p id="a">${WORD} ${WORD}</p><p id="b">${WORD}</p>`;
    const { ctx, index, highlighter } = setup(2);
    await scanAll(ctx, document.body, signal);
    expect(highlighter.paintedCount).toBe(2);
    document.getElementById('a')?.remove();
    await rescan(ctx, { own: new Set(), subtrees: new Set(), reread: new Set(), removals: true }, signal);
    expect(highlighter.paintedCount).toBe(0);
    const c = Object.assign(document.createElement('p'), { id: 'c', textContent: `${WORD} ${WORD} ${WORD}` });
    document.body.append(c);
    await rescan(ctx, { own: new Set(), subtrees: new Set([c]), reread: new Set(), removals: false }, signal);
    expect(highlighter.paintedCount).toBe(2);
    expect(total(index)).toBe(4); // b's one (unpainted, still counted) and c's three
  });
});

describe('a huge block', () => {
  it('is cut at line breaks near each piece boundary', () => {
    const line = `${'x'.repeat(99)}\n`;
    const text = line.repeat(2_000); // 200,000 characters
    const ends = pieceEnds(text, 65_536);
    expect(ends.at(-1)).toBe(text.length);
    let from = 0;
    for (const end of ends) {
      expect(end - from).toBeLessThanOrEqual(65_536);
      if (end < text.length) expect(text[end - 1]).toBe('\n');
      from = end;
    }
    // No line break or space at all: hard cuts, still bounded.
    expect(pieceEnds('y'.repeat(200_000), 65_536)).toEqual([65_536, 131_072, 196_608, 200_000]);
  });

  it('is matched piece by piece, with every mention found at its place', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => (i % 1000 === 0 ? `${i} ${WORD} here` : `line ${i} of plain text`));
    document.body.innerHTML = '<pre id="big"></pre>';
    (document.getElementById('big') as Element).textContent = lines.join('\n');
    const { ctx, index, matcher: m, paintedTexts } = setup();
    expect((document.getElementById('big')?.textContent ?? '').length).toBeGreaterThan(3 * MATCH_CHUNK);
    await scanAll(ctx, document.body, signal);
    expect(m.longest).toBeLessThanOrEqual(MATCH_CHUNK);
    expect(total(index)).toBe(40);
    expect(paintedTexts()).toEqual(Array.from({ length: 40 }, () => WORD));
  });
});

// happy-dom's own querySelectorAll recurses per level and overflows near 10,000: the full depth
// is read in the real browsers (tests/e2e/huge-pages.e2e.ts); here, as deep as happy-dom goes.
describe('a deeply nested DOM', () => {
  it('is read to the bottom without overflowing the stack', async () => {
    let el: Element = document.body;
    document.body.innerHTML = '';
    for (let i = 0; i < 2_000; i++) el = el.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
    el.textContent = `deep down, ${WORD}`;
    const { ctx, index, paintedTexts } = setup();
    await scanAll(ctx, document.body, signal);
    expect(total(index)).toBe(1);
    expect(paintedTexts()).toEqual([WORD]);
  });
});
