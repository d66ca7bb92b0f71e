/**
 * Section 7's estimator (tests/bench/browser/page-load-method.ts): a stalled load on either side
 * must not move the figure much, pairs are compared run by run, and there are always enough pairs
 * of each order.
 */
import { describe, expect, it } from 'vitest';
import { alternated, interquartileMean, loadRuns, loadWindowMs, pairedCost } from '../../bench/browser/page-load-method';

describe('page-load method', () => {
  it('averages the middle half, so one stalled load hardly moves it', () => {
    expect(interquartileMean([10, 11, 12, 13])).toBe(11.5);
    expect(interquartileMean([10, 11, 12, 13, 12, 11, 10, 400])).toBeCloseTo(11.5, 5);
    expect(interquartileMean([NaN, 5])).toBe(5);
    expect(interquartileMean([])).toBeNaN();
  });

  it('takes the cost pair by pair: a drift of the machine weighs on both sides alike', () => {
    // The machine slows down over the runs; each pair's difference stays 3 ms, but one pair stalled.
    const without = [100, 120, 140, 160, 180, 200, 220, 240];
    const withExt = [103, 123, 143, 163, 183, 353, 223, 243];
    expect(pairedCost(withExt, without)).toBe(3);
  });

  it('runs at least 8 pairs, as many of each order', () => {
    expect(loadRuns(5)).toBe(8);
    expect(loadRuns(9)).toBe(10);
    expect(loadRuns(12)).toBe(12);
  });

  it('reads every load over a window long enough for our first scan, and at least a second', () => {
    expect(loadWindowMs(120)).toBe(1000);
    expect(loadWindowMs(900)).toBe(1800);
    expect(loadWindowMs(1234)).toBe(2500);
  });
});

describe('alternated loads', () => {
  it('runs each side as often, taking turns at going first', async () => {
    const order: string[] = [];
    const result = await alternated(4, async () => (order.push('ours'), order.length), async () => (order.push('theirs'), order.length));
    expect(order).toEqual(['ours', 'theirs', 'theirs', 'ours', 'ours', 'theirs', 'theirs', 'ours']);
    expect(result).toEqual({ ours: [1, 4, 5, 8], theirs: [2, 3, 6, 7] });
  });
});
