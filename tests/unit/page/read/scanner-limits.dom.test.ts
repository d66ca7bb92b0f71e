/**
 * The scanner on hostile pages, in happy-dom with a stand-in matcher and a fake registry: past
 * the highlight cap mentions are counted but not painted (and the keyboard skips them); a huge
 * block is matched piece by piece, never whole; a deeply nested DOM is read without recursion.
 */
import { describe, expect, it } from 'vitest';
import type { Matcher, Mention } from '@/lib/entities/types';
import { Highlighter, type HighlightApi } from '@/lib/page/paint/highlighter';
import { MentionSteps } from '@/lib/page/extras/mention-steps';
import { countVisibleMentions, MentionCursor, visibleMentions } from '@/lib/page/read/navigation';
import { PageIndex } from '@/lib/page/read/page-index';
import { buildReport } from '@/lib/page/read/report';
import { HUGE_TEXT_NODE } from '@/lib/page/read/blocks';
import { FIRST_PIECE, MATCH_CHUNK, nodePieces, pieceEnds } from '@/lib/page/read/pieces';
import { rescan, scanAll, type ScanContext } from '@/lib/page/read/scanner';
import { normaliseForMatch as normalise } from '@/lib/text/normalise';

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
  /** The texts painted for Kazakhstan: decorated (`backstory-1`) and tint-only inside huge text nodes (`-plain`). */
  const paintedIn = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());
  const paintedTexts = () => [...paintedIn('backstory-1'), ...paintedIn('backstory-1-plain')];
  return { ctx, index, highlighter, registry, matcher: m, paintedTexts, paintedIn };
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
    const report = buildReport('u', 'text/html', true, index.blockCount, index.withMentions(), { normalise });
    expect(report.entities[0]?.count).toBe(12);
    expect(report.painted).toBe(5);
    // Next, next… wraps around after the fifth.
    const cursor = new MentionSteps(index, new MentionCursor());
    const seen = Array.from({ length: 6 }, () => cursor.step(1));
    expect(seen.map((r) => r?.record.block.element.id)).toEqual(['p0', 'p0', 'p1', 'p1', 'p2', 'p0']);
    expect(seen.every((r) => r && r.index < r.record.painted)).toBe(true);
  });

  it('makes no range for a mention past the cap until one is asked for', async () => {
    document.body.innerHTML = Array.from({ length: 6 }, (_, i) => `<p id="p${i}">${WORD} and ${WORD}</p>`).join('');
    const { ctx, index } = setup(5);
    await scanAll(ctx, document.body, signal);
    const made = () => index.withMentions().reduce((n, r) => n + r.ranges.filter(Boolean).length, 0);
    expect(made()).toBe(5);
    // Counting them all (the badge) makes none.
    expect(countVisibleMentions(index)).toBe(12);
    const refs = visibleMentions(index);
    expect(refs).toHaveLength(12);
    expect(made()).toBe(5);
    // Revealing the last one (past the cap) makes its range, over its text.
    const last = refs.at(-1);
    const range = last?.range;
    expect(range?.startContainer.textContent?.slice(range.startOffset, range.endOffset)).toBe(WORD);
    expect(last?.record.block.element.id).toBe('p5');
    expect(made()).toBe(6);
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

describe('a huge text node', () => {
  /**
   * A <pre> holding one text node of `lines`, whose `data` throws if the scanner reads it
   * (happy-dom's own `length`, `substringData` and ranges read it inside: those go `through`).
   */
  function hugePre(lines: string[]): { node: Text; through: <T>(read: () => T) => T } {
    const node = document.createTextNode(lines.join('\n'));
    const proto = Object.getPrototypeOf(node) as Text;
    const getter = (name: string) => {
      for (let o: object | null = proto; o; o = Object.getPrototypeOf(o) as object | null) {
        const get = Object.getOwnPropertyDescriptor(o, name)?.get;
        if (get) return get;
      }
      return undefined;
    };
    const dataOf = getter('data');
    const lengthOf = getter('length');
    if (!dataOf || !lengthOf) throw new Error('no data getter to trap');
    let inside = false;
    const through = <T>(read: () => T): T => {
      inside = true;
      try {
        return read();
      } finally {
        inside = false;
      }
    };
    Object.defineProperties(node, {
      data: {
        get() {
          if (!inside) throw new Error('the whole text node was read');
          return dataOf.call(node) as string;
        },
      },
      length: { get: () => through(() => lengthOf.call(node) as number) },
      substringData: { value: (offset: number, count: number) => through(() => proto.substringData.call(node, offset, count)) },
    });
    document.body.replaceChildren(Object.assign(document.createElement('pre'), { id: 'big' }));
    document.getElementById('big')?.append(node);
    return { node, through };
  }

  it('is read in pieces with substringData, never whole, and every mention is found and painted', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => (i % 1000 === 0 ? `${i} ${WORD} here` : `line ${i} of plain text`));
    const { node, through } = hugePre(lines);
    expect(node.length).toBeGreaterThan(3 * HUGE_TEXT_NODE);
    const { ctx, index, matcher: m, paintedTexts } = setup();
    const { createRange } = ctx;
    if (!createRange) throw new Error('no range maker');
    await scanAll({ ...ctx, createRange: (init) => through(() => createRange(init)) }, document.body, signal);
    expect(m.longest).toBeLessThanOrEqual(MATCH_CHUNK);
    expect(total(index)).toBe(40);
    expect(through(paintedTexts)).toEqual(Array.from({ length: 40 }, () => WORD));
  });

  it('gives pieces that join back into the text, each at most a chunk, cut after a line break', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `line ${i} ${i % 7 === 0 ? WORD : ''}`).join('\n');
    const node = document.createTextNode(text);
    const pieces = [...nodePieces(node, 10_000)];
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    let at = 0;
    for (const [i, piece] of pieces.entries()) {
      expect(piece.start).toBe(at);
      expect(piece.text.length).toBeLessThanOrEqual(10_000);
      if (i < pieces.length - 1) expect(piece.text.endsWith('\n')).toBe(true);
      at += piece.text.length;
    }
    // The same cuts as a block's text gets (pieceEnds).
    expect(pieces.map((p) => p.start + p.text.length)).toEqual(pieceEnds(text, 10_000));
  });

  it('is a block of its own: the short text around it is read as before', async () => {
    const big = document.createTextNode(`${'filler line\n'.repeat(10_000)}${WORD} at the end`);
    const p = document.createElement('p');
    p.append(`Before: ${WORD}. `, big, ` After: ${WORD}.`);
    document.body.replaceChildren(p);
    const { ctx, index, paintedTexts, paintedIn } = setup();
    await scanAll(ctx, document.body, signal);
    expect(index.withMentions().map((r) => r.mentions.length)).toEqual([1, 1, 1]);
    expect(paintedTexts()).toEqual([WORD, WORD, WORD]);
    // The one inside the huge node is tinted only; the two around it as usual.
    expect(paintedIn('backstory-1-plain')).toEqual([WORD]);
    expect(paintedIn('backstory-1')).toEqual([WORD, WORD]);
  });

  it('is read in pieces that start small and grow as the matcher proves fast, each cut at a line break', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => (i % 1000 === 0 ? `${i} ${WORD} here` : `line ${i} of plain text`));
    document.body.innerHTML = '<pre id="big"></pre>';
    (document.getElementById('big') as Element).textContent = lines.join('\n');
    const { ctx, matcher: m } = setup();
    const sizes: number[] = [];
    const scan = m.scan.bind(m);
    await scanAll({ ...ctx, matcher: { scan: (text, options) => (sizes.push(text.length), scan(text, options)) } }, document.body, signal);
    expect(sizes[0]).toBeLessThanOrEqual(FIRST_PIECE);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MATCH_CHUNK);
    expect(sizes.at(-1)).toBeGreaterThan(0);
    // The stand-in matcher is fast: the pieces grow to well past the first.
    expect(Math.max(...sizes)).toBeGreaterThan(4 * FIRST_PIECE);
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
