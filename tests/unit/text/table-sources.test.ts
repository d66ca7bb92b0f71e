/**
 * A normaliser given tables (the ones packed with the matcher) fills its character data and the
 * boundary classes from them, a 256-unit page at a time; one given none works characters out
 * itself. Fresh modules per test: the filled data is shared.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => vi.resetModules());

async function modules() {
  const normalise = await import('@/lib/text/normalise');
  const charClass = await import('@/lib/text/char-class');
  const tables = await import('@/lib/text/tables');
  const reader = tables.readTextTables(JSON.parse(JSON.stringify(tables.exportTextTables())));
  if (!reader) throw new Error('tables not read');
  return { normalise, charClass, reader };
}

describe('text table sources', () => {
  it('fill the normaliser and the boundary classes from the tables it is given', async () => {
    const { normalise, charClass, reader } = await modules();
    const unitPages: number[] = [];
    const classPages: number[] = [];
    const sources = {
      units: (page: number, set: Parameters<typeof reader.units>[1]) => (unitPages.push(page), reader.units(page, set)),
      classes: (page: number, set: Parameters<typeof reader.classes>[1]) => (classPages.push(page), reader.classes(page, set)),
    };
    const text = normalise.createNormaliser(64, sources).normalise('Қазақстан');
    expect(unitPages).toEqual([0x04]);
    expect(classPages).toEqual([0x04]);
    // Filled, not worked out: UNIT_CLASS holds the class before classAt() is ever asked.
    expect(charClass.UNIT_CLASS[0x049b]).toBe(charClass.classOfCodePoint(0x049b));
    expect(charClass.classAt(text.lower, text.length, 0)).toBe(charClass.classOfCodePoint(0x049b));
    expect(String.fromCharCode(...text.lower.subarray(0, text.length))).toBe(normalise.foldForMatch('Қазақстан'));
  });

  it('leave a normaliser given none to work characters out', async () => {
    const { normalise, charClass } = await modules();
    const text = normalise.createNormaliser(64).normalise('Қазақстан');
    expect(charClass.UNIT_CLASS[0x049b]).toBe(charClass.UNRESOLVED);
    expect(String.fromCharCode(...text.lower.subarray(0, text.length))).toBe('қазақстан');
  });
});
