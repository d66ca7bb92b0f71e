import { describe, expect, it } from 'vitest';
import { badgeText, toolbarTitle } from '../../../lib/background/toolbar';

describe('toolbar badge and title', () => {
  it('shows the count, nothing when none, nothing when off', () => {
    expect(badgeText({ active: true, count: 12 })).toBe('12');
    expect(badgeText({ active: true, count: 0 })).toBe('');
    expect(badgeText({ active: false, count: 12 })).toBe('');
    expect(badgeText({ active: true, count: 1000 })).toBe('999+');
  });

  it('says the same in words, with English plural rules', () => {
    expect(toolbarTitle({ active: true, count: 1 })).toBe('Backstory — 1 mention on this page');
    expect(toolbarTitle({ active: true, count: 12 })).toBe('Backstory — 12 mentions on this page');
    expect(toolbarTitle({ active: true, count: 1234 })).toBe('Backstory — 1,234 mentions on this page');
    expect(toolbarTitle({ active: true, count: 0 })).toBe('Backstory — no mentions on this page');
    expect(toolbarTitle({ active: false, count: 3 })).toBe('Backstory is off on this site');
  });
});
