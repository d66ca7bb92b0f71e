/**
 * The pieces a huge block is matched in: sized by the matcher's measured speed, so that a cold
 * matcher (the first pieces of a page) never gets a piece that makes a long task.
 */
import { describe, expect, it } from 'vitest';
import { FIRST_PIECE, MATCH_CHUNK, MIN_PIECE, PIECE_TARGET_MS, PieceSizer, pieceLength, textPieces } from '@/lib/page/read/pieces';

/**
 * What matching `chars` costs, in ms, as the trace of the 50 MB page showed it in Chromium: the
 * first 64 K took about 50 ms (cold code), the next about 15, then about 1 ms per 64 K.
 */
function cost(chars: number, charsBefore: number): number {
  const perChar = charsBefore < MATCH_CHUNK ? 50 / MATCH_CHUNK : charsBefore < 2 * MATCH_CHUNK ? 15 / MATCH_CHUNK : 1 / MATCH_CHUNK;
  return chars * perChar;
}

describe('PieceSizer', () => {
  it('starts small while the matcher is cold, and grows to the largest piece as it warms', () => {
    const sizer = new PieceSizer();
    const times: number[] = [];
    const sizes: number[] = [];
    let read = 0;
    while (read < 4 * 1024 * 1024) {
      const size = sizer.size;
      const ms = cost(size, read);
      sizes.push(size);
      times.push(ms);
      sizer.took(size, ms);
      read += size;
    }
    expect(sizes[0]).toBe(FIRST_PIECE);
    // No piece costs much more than the target, cold or warm: 50 ms for a first 64 K piece before.
    expect(Math.max(...times)).toBeLessThan(4 * PIECE_TARGET_MS);
    expect(sizes.at(-1)).toBe(MATCH_CHUNK);
  });

  it('shrinks after a slow piece (a collection, a deoptimisation), never below the smallest', () => {
    const sizer = new PieceSizer();
    sizer.took(FIRST_PIECE, 0.1);
    sizer.took(sizer.size, 0.1);
    expect(sizer.size).toBe(MATCH_CHUNK);
    sizer.took(MATCH_CHUNK, 40);
    expect(sizer.size).toBeLessThan(MATCH_CHUNK / 8);
    sizer.took(sizer.size, 1_000);
    expect(sizer.size).toBe(MIN_PIECE);
  });

  it('grows at most fourfold at a time, even when a piece took no measurable time', () => {
    const sizer = new PieceSizer();
    sizer.took(FIRST_PIECE, 0);
    expect(sizer.size).toBe(4 * FIRST_PIECE);
  });
});

describe('pieces', () => {
  it('cut small pieces at a line break too, so a name is not split', () => {
    const chunk = `${'x'.repeat(900)}\nKazakh`; // a 1 K piece ending inside a name
    expect(pieceLength(chunk, false)).toBe(901);
    expect(pieceLength(chunk, true)).toBe(chunk.length);
  });

  it('join back into the text whatever sizes they are asked for', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `line ${i} Kazakhstan`).join('\n');
    const sizes = [1_024, 4_096, 2_000, 65_536];
    let n = 0;
    const pieces = [...textPieces(text, () => sizes[n++ % sizes.length] as number)];
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const [i, p] of pieces.entries()) {
      if (i < pieces.length - 1) expect(p.text.endsWith('\n')).toBe(true);
      expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    }
  });
});
