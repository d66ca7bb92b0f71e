/**
 * The library page's sections, in tab order, and the URL fragment that names one
 * (`options.html#watchlist`), so the popup, the first-run page and a reload land on the same tab.
 */
export const LIBRARY_TABS = ['documents', 'watchlist', 'settings', 'backup'] as const;

export type LibraryTab = (typeof LIBRARY_TABS)[number];

export const DEFAULT_TAB: LibraryTab = 'documents';

/** The tab a fragment names ("#backup" → 'backup'), or the default for anything else. */
export function tabFromHash(hash: string): LibraryTab {
  const name = hash.replace(/^#/, '');
  return (LIBRARY_TABS as readonly string[]).includes(name) ? (name as LibraryTab) : DEFAULT_TAB;
}

/** The tab `step` places away from `current`, wrapping around (arrow keys in the tab list). */
export function stepTab(current: LibraryTab, step: number): LibraryTab {
  const at = LIBRARY_TABS.indexOf(current);
  const n = LIBRARY_TABS.length;
  return LIBRARY_TABS[(((at + step) % n) + n) % n] ?? DEFAULT_TAB;
}
