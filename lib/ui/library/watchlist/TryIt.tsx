/**
 * "Try it": paste any text and see every mention Backstory finds in it and why, found on this
 * device by the same matcher the pages run, compiled here from the saved watchlist.
 */
import { useMemo, useState } from 'preact/hooks';
import { createMatcher } from '@/lib/entities/index';
import type { Catalogue, Mention } from '@/lib/entities/types';
import { t } from '@/lib/i18n';
import { describeRecognition } from '@/lib/ui/recognition';

export function TryIt({ catalogue, nameOf }: { catalogue: Catalogue; nameOf: (id: string) => string }) {
  const [text, setText] = useState('');
  const [lang, setLang] = useState('');
  const matcher = useMemo(() => createMatcher({ catalogue }), [catalogue]);
  const entities = useMemo(() => new Set(catalogue.entities.map((e) => e.id)), [catalogue]);
  const found: Mention[] = useMemo(
    () => text.split(/\n/).flatMap((line) => matcher.scan(line, { entities, ...(lang ? { lang } : {}) })),
    [text, lang, matcher, entities],
  );
  return (
    <section class="try-it" aria-labelledby="wl-try-title">
      <h3 id="wl-try-title">{t('wlTryTitle')}</h3>
      <label class="field">
        <span>{t('wlTryText')}</span>
        <textarea id="wl-try-text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('wlTryLang')}</span>
        <input id="wl-try-lang" type="text" value={lang} size={6} onInput={(e) => setLang(e.currentTarget.value.trim())} />
      </label>
      <div role="status" aria-live="polite">
        {text.trim() !== '' && found.length === 0 && <p class="hint">{t('wlTryNone')}</p>}
        {found.length > 0 && (
          <ul id="wl-try-results">
            {found.map((m, i) => (
              <li key={`${i}-${m.start}`}>
                {t('wlTryFound', [describeRecognition(m), nameOf(m.entity)])}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
