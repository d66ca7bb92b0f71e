/**
 * The lazy list an unpacked matcher keeps its entries and groups in (lib/entities/scan/lazy-list.ts):
 * an item is made when its index is first read, once, and the list reads as the compiled
 * catalogue's arrays do (`at`, `length`, iteration).
 */
import { describe, expect, it } from 'vitest';
import { itemAt } from '@/lib/entities/compile/readonly-list';
import { LazyList } from '@/lib/entities/scan/lazy-list';

/** A list of `count` items { n } that counts how many it made. */
function counted(count: number) {
  const made: number[] = [];
  const list = new LazyList(count, (i) => {
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
    const item = list.at(420);
    expect(item).toEqual({ n: 4200 });
    expect(list.at(420)).toBe(item);
    expect(list.at(7)?.n).toBe(70);
    expect(made).toEqual([420, 7]);
  });

  it('answers every index as an array does: from the end when negative, nothing past the ends', () => {
    const { list, made } = counted(3);
    const array = [{ n: 0 }, { n: 10 }, { n: 20 }];
    for (const i of [-4, -3, -1, 0, 1.7, 2, 3, Number.NaN]) expect(list.at(i)).toEqual(array.at(i));
    expect(made.sort()).toEqual([0, 1, 2]);
  });

  it('has no item at a negative index through itemAt (a cue has group -1)', () => {
    const { list, made } = counted(3);
    expect(itemAt(list, -1)).toBeUndefined();
    expect(itemAt(list, 2)).toEqual({ n: 20 });
    expect(itemAt([5, 6], -1)).toBeUndefined();
    expect(made).toEqual([2]);
  });

  it('iterates in order and serialises as an array, making every item', () => {
    const { list, made } = counted(4);
    expect([...list].map((x) => x.n)).toEqual([0, 10, 20, 30]);
    expect(made).toEqual([0, 1, 2, 3]);
    expect(JSON.parse(JSON.stringify({ list }))).toEqual({ list: [{ n: 0 }, { n: 10 }, { n: 20 }, { n: 30 }] });
  });
});
