/** diversify: an entity's passages best first, with a little room for other documents. */
import { describe, expect, it } from 'vitest';
import { rankKey } from '@/lib/corpus/db/rank';
import { diversify } from '@/lib/corpus/db/ranked-passages';
import type { PassageRow } from '@/lib/corpus/db/rows';

describe('diversify', () => {
  const row = (id: string, docId: string, score: number) => ({ id, docId, ranks: [rankKey('x', score)] }) as PassageRow;

  it('lets another document through when its passage is close behind', () => {
    const rows = [row('a1', 'a', 0.9), row('a2', 'a', 0.88), row('b1', 'b', 0.86), row('a3', 'a', 0.5)];
    expect(diversify(rows, 'x', 3).map((r) => r.id)).toEqual(['a1', 'b1', 'a2']);
  });

  it('keeps the order when the other document is far behind', () => {
    const rows = [row('a1', 'a', 0.9), row('a2', 'a', 0.88), row('b1', 'b', 0.5)];
    expect(diversify(rows, 'x', 2).map((r) => r.id)).toEqual(['a1', 'a2']);
  });
});
