/**
 * The lazy list an unpacked matcher keeps its entries and groups in (lib/entities/scan/lazy-list.ts):
 * an item is made when its index is first read, once, and the list otherwise behaves as the
 * read-only array it stands for.
 */
import { describe, expect, it } from 'vitest';
import { lazyList } from '@/lib/entities/scan/lazy-list';

/** A list of `count` items { n } that counts how many it made. */
function counted(count: number) {
  const made: number[] = [];
  const list = lazyList(count, (i) => {
    made.push(i);
    return { n: i * 10 };
  });
  return { list, made };
}

describe('lazy list', () => {
  it('makes an item only when its index is read, and only once', () => {
    const { list, made } = counted(1000);
    expect(list.length).toBe(1000);
    expect(made).toEqual([]);
    const item = list[420];
    expect(item).toEqual({ n: 4200 });
    expect(list[420]).toBe(item);
    expect(list[7]?.n).toBe(70);
    expect(made).toEqual([420, 7]);
  });

  it('has nothing past its ends, and no item under a key that is not an index', () => {
    const { list, made } = counted(3);
    expect(list[3]).toBeUndefined();
    expect(list[-1]).toBeUndefined();
    expect((list as unknown as Record<string, unknown>)['01']).toBeUndefined();
    expect((list as unknown as Record<string, unknown>)['1.5']).toBeUndefined();
    expect(2 in list).toBe(true);
    expect(3 in list).toBe(false);
    expect(made).toEqual([]);
  });

  it('iterates, maps and serialises like an array, making every item', () => {
    const { list, made } = counted(4);
    expect(Array.isArray(list)).toBe(true);
    expect([...list].map((x) => x.n)).toEqual([0, 10, 20, 30]);
    expect(list.map((x) => x.n)).toEqual([0, 10, 20, 30]);
    expect(JSON.parse(JSON.stringify(list))).toEqual([{ n: 0 }, { n: 10 }, { n: 20 }, { n: 30 }]);
    expect(Object.keys(list)).toEqual(['0', '1', '2', '3']);
    expect(made).toEqual([0, 1, 2, 3]);
  });

  it('refuses writes', () => {
    const { list } = counted(2);
    const writable = list as Array<{ n: number }>;
    expect(() => {
      writable[0] = { n: 5 };
    }).toThrow(TypeError);
    expect(() => writable.push({ n: 5 })).toThrow(TypeError);
    expect(list[0]).toEqual({ n: 0 });
  });
});
