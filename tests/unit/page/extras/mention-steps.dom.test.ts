/** Keyboard navigation and the popup's reveal (lib/page/extras/mention-steps.ts), over a real index. */
import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/entities/types';
import { collectBlocks } from '@/lib/page/read/blocks';
import { MentionSteps } from '@/lib/page/extras/mention-steps';
import { MentionCursor } from '@/lib/page/read/navigation';
import { PageIndex } from '@/lib/page/read/page-index';

function mention(entity: string, start: number, surface: string): Mention {
  return { entity, start, end: start + surface.length, surface, tier: 'name' };
}

/** An index over three paragraphs, added out of document order as mutations would. */
function indexOf(): PageIndex {
  document.body.innerHTML = '<p>Kazakhstan and CSTO</p><p>nothing</p><p>S-300 in Kazakhstan</p>';
  const [a, b, c] = collectBlocks(document.body);
  if (!a || !b || !c) throw new Error('blocks');
  const index = new PageIndex();
  const range = () => document.createRange();
  index.add({ block: c, mentions: [mention('s300', 0, 'S-300'), mention('kazakhstan', 9, 'Kazakhstan')], ranges: [range(), range()], painted: 2 });
  index.add({ block: b, mentions: [], ranges: [], painted: 0 });
  index.add({ block: a, mentions: [mention('kazakhstan', 0, 'Kazakhstan'), mention('csto', 15, 'CSTO')], ranges: [range(), range()], painted: 2 });
  return index;
}

const stepsOver = (index: PageIndex, cursor = new MentionCursor()) => new MentionSteps(index, cursor);

describe('MentionSteps', () => {
  it('steps through mentions in reading order and wraps around', () => {
    const cursor = stepsOver(indexOf());
    const order = Array.from({ length: 5 }, () => cursor.step(1)?.mention.surface);
    expect(order).toEqual(['Kazakhstan', 'CSTO', 'S-300', 'Kazakhstan', 'Kazakhstan']);
    expect(cursor.step(-1)?.mention.surface).toBe('Kazakhstan');
    expect(cursor.step(-1)?.mention.surface).toBe('S-300');
  });

  it('starts from the end when going back first', () => {
    expect(stepsOver(indexOf()).step(-1)?.mention.surface).toBe('Kazakhstan');
  });

  it('reveals the nth mention of an entity', () => {
    const cursor = stepsOver(indexOf());
    expect(cursor.reveal('kazakhstan', 1)?.mention.start).toBe(9);
    expect(cursor.step(1)?.mention.surface).toBe('Kazakhstan');
    expect(cursor.reveal('s300', 3)).toBeNull();
  });

  it('finds nothing on a page without mentions', () => {
    expect(stepsOver(new PageIndex()).step(1)).toBeNull();
  });

  it('goes on from the mention a hover or click chose, and leaves it as the current one', () => {
    const index = indexOf();
    const cursor = new MentionCursor();
    const s300 = stepsOver(index, new MentionCursor()).reveal('s300');
    // A hover on S-300 (card/controller.ts sets the cursor), then the keyboard's next.
    cursor.set(s300);
    const next = stepsOver(index, cursor).step(1);
    expect(next?.mention.surface).toBe('Kazakhstan');
    expect(next?.mention.start).toBe(9);
    expect(cursor.current).toBe(next);
  });
});
