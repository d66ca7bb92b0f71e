import { describe, expect, it } from 'vitest';
import { DocumentOrder } from '@/lib/page/read/document-order';

/** Numbers stand for positions in the document; counts the comparisons made. */
function counted() {
  const calls = { n: 0 };
  const order = new DocumentOrder<number>((a, b) => {
    calls.n++;
    return a - b;
  });
  return { order, calls };
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('DocumentOrder', () => {
  it('keeps items met in reading order with one comparison each, and sorts nothing when asked', () => {
    const { order, calls } = counted();
    for (let i = 0; i < 10_000; i++) order.add(i);
    expect(calls.n).toBe(9_999);
    const items = order.items();
    expect(items).toHaveLength(10_000);
    expect(items[0]).toBe(0);
    expect(items.at(-1)).toBe(9_999);
    expect(calls.n).toBe(9_999);
  });

  it('merges an item added out of order with a binary search, not a sort of everything', () => {
    const { order, calls } = counted();
    for (let i = 0; i < 10_000; i += 2) order.add(i);
    calls.n = 0;
    order.add(5_001);
    expect(order.items().slice(2_499, 2_503)).toEqual([4_998, 5_000, 5_001, 5_002]);
    expect(calls.n).toBeLessThan(20);
  });

  it('drops removed items, and keeps the order of the rest', () => {
    const { order } = counted();
    for (const n of [1, 2, 3, 4, 5]) order.add(n);
    order.remove(2);
    order.remove(5);
    order.add(0);
    expect(order.items()).toEqual([0, 1, 3, 4]);
    order.clear();
    expect(order.items()).toEqual([]);
  });

  it('does not hold on to removed items when they outnumber the rest', () => {
    const { order } = counted();
    for (let i = 0; i < 100; i++) order.add(i);
    for (let i = 0; i < 100; i++) order.remove(i);
    order.add(7);
    expect(order.items()).toEqual([7]);
  });

  it('gives the same order as a sort, whatever the adds and removes (seeded)', () => {
    const next = random(15);
    for (let round = 0; round < 200; round++) {
      const { order } = counted();
      const present = new Set<number>();
      for (let step = 0; step < 60; step++) {
        const n = Math.floor(next() * 1_000);
        if (present.has(n)) {
          order.remove(n);
          present.delete(n);
        } else if (next() < 0.8) {
          order.add(n);
          present.add(n);
        }
        if (next() < 0.1) expect(order.items()).toEqual([...present].sort((a, b) => a - b));
      }
      expect(order.items()).toEqual([...present].sort((a, b) => a - b));
    }
  });
});
