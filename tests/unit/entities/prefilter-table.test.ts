/**
 * The prefilter's two-level flag table (lib/entities/scan/prefilter-table.ts) gives every UTF-16
 * unit the flags a flat 65,536-byte table would, and is much smaller for the catalogue's ranges.
 */
import { describe, expect, it } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { flagsOf, SPECIAL, unitFlags } from '@/lib/entities/scan/prefilter-table';

describe('prefilter flag table', () => {
  it('flags every unit as a flat table would, with ranges overlapping, touching the ends and crossing pages', () => {
    const flagged = [
      { flag: SPECIAL, ranges: [0, 0, 0x00ad, 0x00ad, 0x0300, 0x036f, 0xd800, 0xdfff, 0xffff, 0xffff] },
      { flag: 1, ranges: [0x41, 0x5a, 0x61, 0x7a, 0x00c0, 0x024f, 0x2010, 0x2015] },
      { flag: 2, ranges: [0x0400, 0x052f, 0x0250, 0x0301] },
      { flag: 4, ranges: [0x00ff, 0x0100, 0x4e00, 0x9fff] },
    ];
    const flat = new Uint8Array(0x10000);
    for (const { flag, ranges } of flagged) for (let i = 0; i < ranges.length; i += 2) for (let u = ranges[i] ?? 0; u <= (ranges[i + 1] ?? -1); u++) flat[u] = (flat[u] ?? 0) | flag;
    const table = unitFlags(flagged);
    for (let u = 0; u < 0x10000; u++) if (flagsOf(table, u) !== flat[u]) expect(flagsOf(table, u), `U+${u.toString(16)}`).toBe(flat[u]);
    expect(flagsOf(table, 0x4e00)).toBe(4);
    expect(flagsOf(table, 0x0300)).toBe(SPECIAL | 2);
  });

  it('keeps the catalogue\'s special characters and script triggers in under a third of the flat table', () => {
    const { special, triggers } = compiledCatalogue().prefilter;
    const table = unitFlags([{ flag: SPECIAL, ranges: special }, ...triggers.map((ranges, s) => ({ flag: 1 << s, ranges }))]);
    expect(table.pages.byteLength + table.index.byteLength).toBeLessThan(0x10000 / 3);
    for (let i = 0; i < special.length; i += 2) expect(flagsOf(table, special[i] ?? 0) & SPECIAL).toBe(SPECIAL);
  });
});
