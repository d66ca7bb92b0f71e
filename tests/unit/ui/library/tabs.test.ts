import { describe, expect, it } from 'vitest';
import { DEFAULT_TAB, LIBRARY_TABS, stepTab, tabFromHash } from '@/lib/ui/library/tabs';

describe('library tabs', () => {
  it('reads the tab from the URL fragment, and falls back to the default', () => {
    expect(tabFromHash('#watchlist')).toBe('watchlist');
    expect(tabFromHash('backup')).toBe('backup');
    expect(tabFromHash('')).toBe(DEFAULT_TAB);
    expect(tabFromHash('#nonsense')).toBe(DEFAULT_TAB);
  });

  it('steps through the tabs in order and wraps around both ends', () => {
    expect(stepTab('documents', 1)).toBe('watchlist');
    expect(stepTab(LIBRARY_TABS[LIBRARY_TABS.length - 1] ?? 'backup', 1)).toBe(LIBRARY_TABS[0]);
    expect(stepTab('documents', -1)).toBe(LIBRARY_TABS[LIBRARY_TABS.length - 1]);
  });
});
