/**
 * The library page (the extension's options page, opened in a tab): the journalist's documents,
 * watchlist, settings and backup, one tab each. Tabs follow the WAI-ARIA tabs pattern (arrow
 * keys, Home and End move between them; Tab goes into the panel) and the open one is kept in
 * the URL fragment.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { Options } from '../options/Options';
import { VersionFooter } from '../options/VersionFooter';
import { BackupPanel } from './BackupPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { LIBRARY_TABS, stepTab, tabFromHash, type LibraryTab } from './tabs';
import { WatchlistPanel } from './WatchlistPanel';

const LABELS: Record<LibraryTab, MessageKey> = {
  documents: 'libTabDocuments',
  watchlist: 'libTabWatchlist',
  settings: 'libTabSettings',
  backup: 'libTabBackup',
};

function panel(tab: LibraryTab): ComponentChild {
  switch (tab) {
    case 'documents':
      return <DocumentsPanel />;
    case 'watchlist':
      return <WatchlistPanel />;
    case 'settings':
      return <Options />;
    case 'backup':
      return <BackupPanel />;
  }
}

export function Library() {
  const [tab, setTab] = useState<LibraryTab>(() => tabFromHash(location.hash));
  const buttons = useRef<Partial<Record<LibraryTab, HTMLButtonElement | null>>>({});
  useEffect(() => {
    const follow = () => setTab(tabFromHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const open = (next: LibraryTab, focus: boolean) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
    if (focus) buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => LibraryTab> = {
      ArrowRight: () => stepTab(tab, document.dir === 'rtl' ? -1 : 1),
      ArrowLeft: () => stepTab(tab, document.dir === 'rtl' ? 1 : -1),
      Home: () => LIBRARY_TABS[0],
      End: () => LIBRARY_TABS[LIBRARY_TABS.length - 1] ?? tab,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    open(move(), true);
  };
  return (
    <main class="bs-root library">
      <h1>{t('libraryTitle')}</h1>
      <div role="tablist" aria-label={t('libraryTitle')} class="tabs" onKeyDown={onKeyDown}>
        {LIBRARY_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              buttons.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => open(id, false)}
          >
            {t(LABELS[id])}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel" tabIndex={0}>
        {panel(tab)}
      </section>
      <VersionFooter />
    </main>
  );
}
