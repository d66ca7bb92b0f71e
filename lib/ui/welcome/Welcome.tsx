/** What Backstory does, its privacy promise, a paragraph to try it on, the shortcuts, the way on. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { boundShortcuts, keysOf, type BoundShortcut } from './shortcuts';

function Shortcuts() {
  const [shortcuts, setShortcuts] = useState<BoundShortcut[] | null>(null);
  useEffect(() => void boundShortcuts().then(setShortcuts, () => setShortcuts([])), []);
  if (!shortcuts) return null;
  return (
    <dl class="shortcuts">
      {shortcuts.map((s) => (
        <div key={s.name} data-command={s.name}>
          <dt class="keys">
            {s.shortcut ? keysOf(s.shortcut).map((k, i) => <kbd key={i}>{k}</kbd>) : <span class="unset">{t('welcomeShortcutUnset')}</span>}
          </dt>
          <dd>{s.description}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Welcome() {
  return (
    <main class="bs-root welcome">
      <header>
        <img src={browser.runtime.getURL('/icon/128.png')} width={64} height={64} alt="" />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="lead">{t('welcomeWhat')}</p>
      <p class="privacy">{t('welcomePrivacy')}</p>
      <section aria-labelledby="try">
        <h2 id="try">{t('welcomeTryHeading')}</h2>
        <p class="hint">{t('welcomeTryHint')}</p>
        <p class="sample" lang={t('uiLocale')}>{t('welcomeSample')}</p>
      </section>
      <section aria-labelledby="keys">
        <h2 id="keys">{t('welcomeShortcutsHeading')}</h2>
        <Shortcuts />
        <p class="hint">{import.meta.env.FIREFOX ? t('welcomeShortcutsChangeFirefox') : t('welcomeShortcutsChangeChrome')}</p>
      </section>
      <p class="next">
        <a href={browser.runtime.getURL('/options.html')}>{t('welcomeLibraryLink')}</a>
      </p>
    </main>
  );
}
