/**
 * The options page: every setting, applied live to open pages (they watch storage). Entities
 * list the watched ones first, then the related ones the corpus knows, off by default.
 */
import { useEffect, useState } from 'preact/hooks';
import { displayName, getCatalogue } from '@/lib/entities';
import { t } from '@/lib/i18n';
import { HOVER_DELAY_RANGE, isEntityOn, type Settings } from '@/lib/settings/schema';
import { loadSettings, updateSettings } from '@/lib/settings/store';
import { VersionFooter } from './VersionFooter';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  const change = (edit: (s: Settings) => Settings) => void updateSettings(edit).then(setSettings);
  const entities = [...getCatalogue().entities].sort((a, b) => Number(b.highlight) - Number(a.highlight));

  return (
    <main class="bs-root options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {settings && (
        <form onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('optHighlighting')}</legend>
            <label>
              <input type="checkbox" role="switch" checked={settings.enabled} onChange={(e) => change((s) => ({ ...s, enabled: e.currentTarget.checked }))} />{' '}
              {t('optEnabled')}
            </label>
            <p class="field">
              <span>{t('optStyle')}</span>
              {(['fill', 'underline'] as const).map((style) => (
                <label key={style}>
                  <input type="radio" name="style" checked={settings.style === style} onChange={() => change((s) => ({ ...s, style }))} />{' '}
                  {style === 'fill' ? t('optStyleFill') : t('optStyleUnderline')}
                </label>
              ))}
            </p>
          </fieldset>
          <fieldset>
            <legend>{t('optCards')}</legend>
            {(['hover', 'click'] as const).map((trigger) => (
              <label key={trigger}>
                <input type="radio" name="trigger" checked={settings.trigger === trigger} onChange={() => change((s) => ({ ...s, trigger }))} />{' '}
                {trigger === 'hover' ? t('optTriggerHover') : t('optTriggerClick')}
              </label>
            ))}
            <label class="field">
              {t('optDelay')}{' '}
              <input
                type="number"
                min={HOVER_DELAY_RANGE.min}
                max={HOVER_DELAY_RANGE.max}
                step={50}
                value={settings.hoverDelayMs}
                disabled={settings.trigger !== 'hover'}
                onChange={(e) => change((s) => ({ ...s, hoverDelayMs: e.currentTarget.valueAsNumber }))}
              />{' '}
              {t('optMilliseconds')}
            </label>
            <p class="hint">{t('optShortcuts')}</p>
          </fieldset>
          <fieldset>
            <legend>{t('optEntities')}</legend>
            {entities.map((e) => (
              <label key={e.id} class="entity">
                <input
                  type="checkbox"
                  checked={isEntityOn(settings, e.id, e.highlight)}
                  onChange={(ev) => change((s) => ({ ...s, entities: { ...s.entities, [e.id]: ev.currentTarget.checked } }))}
                />{' '}
                {displayName(e.id)} <span class="hint">{e.description}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('optSites')}</legend>
            {settings.disabledSites.length === 0 ? (
              <p class="hint">{t('optSitesNone')}</p>
            ) : (
              <ul class="sites">
                {settings.disabledSites.map((site) => (
                  <li key={site}>
                    {site}{' '}
                    <button type="button" onClick={() => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))}>
                      {t('optSiteRemove', [site])}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        </form>
      )}
      <VersionFooter />
    </main>
  );
}
