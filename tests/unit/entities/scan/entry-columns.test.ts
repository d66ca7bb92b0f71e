/**
 * The entries as the sweep reads them (lib/entities/scan/entry-columns.ts) and as an unpacked
 * matcher keeps them (lazy-list.ts): the same fields as the compiled entry objects, and a
 * list that reads as the compiled one does.
 */
import { describe, expect, it } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { deserializeCompiled, serializeCompiled } from '@/lib/entities/compile/serialize';
import type { CompiledEntry } from '@/lib/entities/compile/compile';
import { emptyColumns, entryColumns } from '@/lib/entities/scan/entry-columns';
import { lazyEntries } from '@/lib/entities/scan/lazy-list';
import { itemAt } from '@/lib/entities/compile/readonly-list';

const unpacked = () => {
  const restored = deserializeCompiled(JSON.parse(JSON.stringify(serializeCompiled(compiledCatalogue()))));
  if (!restored) throw new Error('not restored');
  return restored;
};

/** An entry as JSON keeps it (an undefined label dropped), for comparing lists. */
const plain = (entries: readonly CompiledEntry[]): unknown => JSON.parse(JSON.stringify(entries));

describe('entry columns', () => {
  it('hold every field of the compiled entries, and are built once per list', () => {
    const { entries } = compiledCatalogue();
    const columns = entryColumns(entries);
    expect(entryColumns(entries)).toBe(columns);
    expect(columns.group.length).toBe(entries.length);
    [...entries].forEach((entry, i) => {
      expect([columns.group[i], columns.cue[i], columns.lastClass[i], columns.prefix[i] === 1, columns.misspelling[i] === 1]).toEqual([
        entry.group, entry.cue, entry.lastClass, entry.prefix, entry.misspelling,
      ]);
      expect(columns.label[i] === -1).toBe(entry.label === undefined);
    });
    // Two entries share a label index exactly when they share the label.
    const byIndex = new Map<number, string | undefined>();
    [...entries].forEach((entry, i) => {
      const index = columns.label[i] ?? -1;
      if (!byIndex.has(index)) byIndex.set(index, entry.label);
      expect(byIndex.get(index)).toBe(entry.label);
    });
  });

  it('are what an unpacked catalogue was read from, not rebuilt from entry objects', () => {
    const restored = unpacked();
    const columns = entryColumns(restored.entries);
    expect(Array.from(columns.group)).toEqual(Array.from(entryColumns(compiledCatalogue().entries).group));
    expect(entryColumns(restored.entries)).toBe(columns);
  });
});

describe('lazy entry list', () => {
  it('reads as the compiled entries do: by index, by length and by iteration', () => {
    const { entries } = compiledCatalogue();
    const restored = unpacked().entries;
    expect(restored.length).toBe(entries.length);
    for (const i of [0, 1, Math.floor(entries.length / 2), entries.length - 1]) expect(plain([restored.at(i) as CompiledEntry])).toEqual(plain([entries.at(i) as CompiledEntry]));
    expect(restored.at(-1)).toEqual(entries.at(-1));
    expect(restored.at(entries.length)).toBeUndefined();
    expect(itemAt(restored, -1)).toBeUndefined();
    expect(plain([...restored])).toEqual(plain([...entries]));
  });

  it('makes an entry once and keeps it', () => {
    const columns = emptyColumns(3);
    columns.group.set([4, -1, 7]);
    columns.cue.set([-1, 2, -1]);
    columns.label.set([1, -1, 0]);
    columns.prefix.set([0, 1, 0]);
    const list = lazyEntries(columns, ['Kazakh', 'Astana']);
    expect(list.at(0)).toBe(list.at(0));
    expect(list.at(0)).toEqual({ group: 4, cue: -1, label: 'Astana', lastClass: 0, prefix: false, misspelling: false });
    expect(list.at(1)).toEqual({ group: -1, cue: 2, label: undefined, lastClass: 0, prefix: true, misspelling: false });
    expect([...list].map((e) => e.label)).toEqual(['Astana', undefined, 'Kazakh']);
    expect(entryColumns(list)).toBe(columns);
  });
});
