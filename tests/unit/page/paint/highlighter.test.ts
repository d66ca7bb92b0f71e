/** The highlighter notices when the page clears or empties what it registered, and puts it back. */
import { describe, expect, it } from 'vitest';
import { Highlighter, type HighlightApi } from '@/lib/page/paint/highlighter';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function setup() {
  const registry = new Map<string, FakeHighlight>();
  const api = { registry, create: () => new FakeHighlight() } as unknown as HighlightApi;
  return { registry, highlighter: new Highlighter(api, 'fill') };
}

const range = (n: number) => ({ n }) as unknown as AbstractRange;

describe('Highlighter.intact / repair', () => {
  it('repairs a cleared registry, an emptied highlight and a replaced one', () => {
    const { registry, highlighter } = setup();
    highlighter.add('kazakhstan', range(1));
    highlighter.add('kazakhstan', range(2));
    highlighter.add('csto', range(3));
    highlighter.setCurrent(range(3));
    expect(highlighter.intact()).toBe(true);

    registry.clear();
    expect(highlighter.intact()).toBe(false);
    highlighter.repair();
    expect(highlighter.intact()).toBe(true);
    expect([...registry.keys()].sort()).toEqual(['backstory-1', 'backstory-2', 'backstory-current']);

    registry.get('backstory-1')?.clear();
    expect(highlighter.intact()).toBe(false);
    highlighter.repair();
    expect(registry.get('backstory-1')?.size).toBe(2);

    registry.set('backstory-2', new FakeHighlight());
    expect(highlighter.intact()).toBe(false);
    highlighter.repair();
    expect(registry.get('backstory-2')?.has(range(3))).toBe(false); // a fresh object, not ours
    expect(highlighter.intact()).toBe(true);
  });

  it('keeps what was deleted deleted, and clear() removes only its own entries', () => {
    const { registry, highlighter } = setup();
    const r = range(1);
    highlighter.add('kazakhstan', r);
    highlighter.delete('kazakhstan', r);
    registry.clear();
    highlighter.repair();
    expect(registry.get('backstory-1')?.size).toBe(0);
    const theirs = new FakeHighlight();
    registry.set('page-find', theirs);
    registry.set('backstory-1', theirs);
    highlighter.clear();
    expect([...registry.keys()].sort()).toEqual(['backstory-1', 'page-find']);
  });
});

describe('Highlighter: mentions inside a huge text node', () => {
  it('are registered tint-only under their own name, in either style, and counted, repaired and deleted like the rest', () => {
    const { registry, highlighter } = setup();
    const [decorated, tinted] = [range(1), range(2)];
    highlighter.add('kazakhstan', decorated);
    highlighter.add('kazakhstan', tinted, true);
    expect(registry.get('backstory-1')?.has(decorated)).toBe(true);
    expect(registry.get('backstory-1-plain')?.has(tinted)).toBe(true);
    expect(highlighter.counts().get('kazakhstan')).toBe(2);
    expect(highlighter.paintedCount).toBe(2);

    highlighter.setStyle('underline');
    expect([...registry.keys()].sort()).toEqual(['backstory-1-plain', 'backstory-1-underline']);

    registry.clear();
    expect(highlighter.intact()).toBe(false);
    highlighter.repair();
    expect([...registry.keys()].sort()).toEqual(['backstory-1-plain', 'backstory-1-underline']);

    highlighter.delete('kazakhstan', tinted);
    expect(registry.get('backstory-1-plain')?.size).toBe(0);
    expect(highlighter.paintedCount).toBe(1);
    highlighter.clear();
    expect([...registry.keys()]).toEqual([]);
  });
});
