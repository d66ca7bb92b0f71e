/**
 * The options page's foot: the installed version, which shows what changed in it when clicked
 * (and only then: updates never open a page by themselves), and the privacy policy.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { entryFor } from '@/lib/release/changelog';
import changelog from '@/lib/release/CHANGELOG.md?raw';

export function VersionFooter() {
  const [open, setOpen] = useState(false);
  const version = browser.runtime.getManifest().version;
  const entry = open ? entryFor(changelog, version) : null;
  return (
    <footer class="version-footer">
      <button type="button" class="version" aria-expanded={open} aria-controls="whats-new" onClick={() => setOpen(!open)}>
        {t('optVersion', [version])}
      </button>
      {' · '}
      <a href={browser.runtime.getURL('/privacy.html')}>{t('optPrivacyLink')}</a>
      {open && (
        <section id="whats-new" aria-labelledby="whats-new-heading">
          <h2 id="whats-new-heading">{t('whatsNewHeading', [version])}</h2>
          {entry ? <ul>{entry.items.map((item, i) => <li key={i}>{item}</li>)}</ul> : <p class="hint">{t('whatsNewNone')}</p>}
        </section>
      )}
    </footer>
  );
}
