/**
 * The per-character tables the background packs for pages (lib/text/tables.ts) say exactly what
 * the normaliser and the boundary classes would work out themselves, for every BMP unit.
 */
import { describe, expect, it } from 'vitest';
import { classOfCodePoint } from '@/lib/text/char-class';
import { describeUnit } from '@/lib/text/normalise';
import { exportTextTables, readTextTables } from '@/lib/text/tables';

const packed = JSON.parse(JSON.stringify(exportTextTables())) as unknown;

describe('text tables', () => {
  it('describe every BMP unit as the normaliser and the boundary classes do', () => {
    const reader = readTextTables(packed);
    if (!reader) throw new Error('tables not read');
    const differences: string[] = [];
    for (let page = 0; page < 256; page++) {
      reader.units(page, (unit, info) => {
        const expected = describeUnit(unit);
        if (JSON.stringify(info) !== JSON.stringify(expected)) differences.push(`U+${unit.toString(16)}: ${JSON.stringify(info)} ≠ ${JSON.stringify(expected)}`);
      });
      reader.classes(page, (unit, cls) => {
        const expected = unit >= 0xd800 && unit <= 0xdfff ? 0xff : classOfCodePoint(unit);
        if (cls !== expected) differences.push(`class of U+${unit.toString(16)}: ${cls} ≠ ${expected}`);
      });
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });

  it('are compact enough to hand to every page', () => {
    expect(JSON.stringify(packed).length).toBeLessThan(120_000);
  });

  it('give the folds of characters that fold to several units, page by page', () => {
    const reader = readTextTables(packed);
    if (!reader) throw new Error('tables not read');
    for (const ch of ['Ǳ', 'ﬁ', '™', '№', 'Ⅶ', '⑪', '㋏']) {
      const unit = ch.charCodeAt(0);
      const found: unknown[] = [];
      reader.units(unit >> 8, (u, info) => {
        if (u === unit) found.push(info.multi);
      });
      expect(found, ch).toEqual([describeUnit(unit).multi]);
      expect(found[0], ch).toBeDefined();
    }
  });

  it('refuse anything else', () => {
    expect(readTextTables(undefined)).toBeNull();
    const multi = (packed as { multi: Record<string, string> }).multi;
    expect(readTextTables({ ...(packed as object), multi: { ...multi, lengths: 'AAAA' } })).toBeNull();
    expect(readTextTables({ ...(packed as object), format: 1, multi: { 223: ['SS', 'ss'] } })).toBeNull();
    expect(readTextTables({ ...(packed as object), format: 0 })).toBeNull();
    expect(readTextTables({ ...(packed as object), kinds: 'AAAA' })).toBeNull();
  });
});
