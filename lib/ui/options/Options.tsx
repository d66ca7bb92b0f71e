/**
 * The library's Settings tab: every setting, applied live to open pages (they watch storage),
 * and following changes made elsewhere (the popup's site switch, another window).
 * Entities list the watched ones first (the built-in ones, then your own from the Watchlist tab),
 * then the related ones the corpus knows, off by default.
 * A control's new value is read while its event is handled: after an await the event's
 * `currentTarget` is gone.
 */
import { getCatalogue } from '@/lib/entities';
import { displayNameOf } from '@/lib/entities/names';
import { t } from '@/lib/i18n';
import { HOVER_DELAY_RANGE, isEntityOn, type Settings } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';
import { useSettings } from '@/lib/ui/use-settings';
import { useWatchlistCatalogue } from '@/lib/ui/library/watchlist/use-watchlist';
import { USER_ID_PREFIX } from '@/lib/watchlist/schema';

export function Options() {
  const [settings, setSettings] = useSettings();
  const change = (edit: (s: Settings) => Settings) => void updateSettings(edit).then(setSettings);
  // The catalogue with your watchlist applied; the bundled one until the watchlist is read.
  const catalogue = useWatchlistCatalogue()?.catalogue ?? getCatalogue();
  const entities = [...catalogue.entities].sort((a, b) => Number(b.highlight) - Number(a.highlight));

  return (
    <div class="options">
      <h2>{t('libTabSettings')}</h2>
      <p>{t('optionsIntro')}</p>
      {settings && (
        <form onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('optHighlighting')}</legend>
            <label>
              <input
                type="checkbox"
                role="switch"
                data-control="enabled"
                checked={settings.enabled}
                onChange={(e) => {
                  const enabled = e.currentTarget.checked;
                  change((s) => ({ ...s, enabled }));
                }}
              />{' '}
              {t('optEnabled')}
            </label>
            <p class="field">
              <span>{t('optStyle')}</span>
              {(['fill', 'underline'] as const).map((style) => (
                <label key={style}>
                  <input type="radio" name="style" value={style} data-control="style" checked={settings.style === style} onChange={() => change((s) => ({ ...s, style }))} />{' '}
                  {style === 'fill' ? t('optStyleFill') : t('optStyleUnderline')}
                </label>
              ))}
            </p>
          </fieldset>
          <fieldset>
            <legend>{t('optCards')}</legend>
            {(['hover', 'click'] as const).map((trigger) => (
              <label key={trigger}>
                <input type="radio" name="trigger" value={trigger} data-control="trigger" checked={settings.trigger === trigger} onChange={() => change((s) => ({ ...s, trigger }))} />{' '}
                {trigger === 'hover' ? t('optTriggerHover') : t('optTriggerClick')}
              </label>
            ))}
            <label class="field">
              {t('optDelay')}{' '}
              <input
                type="number"
                data-control="hover-delay"
                min={HOVER_DELAY_RANGE.min}
                max={HOVER_DELAY_RANGE.max}
                step={50}
                value={settings.hoverDelayMs}
                disabled={settings.trigger !== 'hover'}
                onChange={(e) => {
                  const hoverDelayMs = e.currentTarget.valueAsNumber;
                  // An empty or unreadable field changes nothing (the field shows the stored value again).
                  if (Number.isFinite(hoverDelayMs)) change((s) => ({ ...s, hoverDelayMs }));
                  else e.currentTarget.value = String(settings.hoverDelayMs);
                }}
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
                  data-control="entity"
                  data-entity={e.id}
                  checked={isEntityOn(settings, e.id, e.highlight)}
                  onChange={(ev) => {
                    const on = ev.currentTarget.checked;
                    change((s) => ({ ...s, entities: { ...s.entities, [e.id]: on } }));
                  }}
                />{' '}
                <bdi>{displayNameOf(e)}</bdi>
                {e.id.startsWith(USER_ID_PREFIX) && (
                  <>
                    {' '}
                    <span class="badge yours">{t('docYours')}</span>
                  </>
                )}{' '}
                <bdi class="hint">{e.description}</bdi>
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
                    <button type="button" data-control="site-remove" data-site={site} onClick={() => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))}>
                      {t('optSiteRemove', [site])}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        </form>
      )}
    </div>
  );
}
