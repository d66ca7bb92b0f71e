import { describe, expect, it } from 'vitest';
import { placeCard } from '@/lib/page/card/position';
import { findMention } from '@/lib/page/card/hit-test';

const viewport = { width: 1000, height: 800 };
const card = { width: 440, height: 300 };

describe('placeCard', () => {
  it('goes below the mention when it fits', () => {
    const at = placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport);
    expect(at).toMatchObject({ side: 'below', left: 100, top: 126 });
  });

  it('flips above near the bottom and never covers the mention', () => {
    const anchor = { left: 100, top: 700, width: 80, height: 20 };
    const at = placeCard(anchor, card, viewport);
    expect(at.side).toBe('above');
    expect(at.top + Math.min(card.height, at.maxHeight)).toBeLessThanOrEqual(anchor.top);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard({ left: 900, top: 100, width: 50, height: 20 }, card, viewport).left).toBe(552);
    expect(placeCard({ left: -30, top: 100, width: 50, height: 20 }, card, viewport).left).toBe(8);
  });

  it('limits the height to the room available, and never above what was measured', () => {
    const tall = placeCard({ left: 0, top: 380, width: 10, height: 20 }, { width: 440, height: 900 }, viewport);
    expect(tall.top).toBeGreaterThanOrEqual(8);
    expect(tall.top + tall.maxHeight).toBeLessThanOrEqual(800 - 8);
    expect(placeCard({ left: 0, top: 10, width: 10, height: 20 }, card, viewport).maxHeight).toBe(300);
  });
});

describe('findMention', () => {
  const mentions = [
    { start: 3, end: 13 },
    { start: 20, end: 24 },
    { start: 40, end: 45 },
  ];
  it('finds the mention whose closed interval holds the offset', () => {
    expect(findMention(mentions, 3)).toBe(0);
    expect(findMention(mentions, 13)).toBe(0);
    expect(findMention(mentions, 22)).toBe(1);
    expect(findMention(mentions, 45)).toBe(2);
  });
  it('finds nothing between mentions', () => {
    expect(findMention(mentions, 0)).toBe(-1);
    expect(findMention(mentions, 30)).toBe(-1);
    expect(findMention([], 5)).toBe(-1);
  });
});
