/** A switch for highlighting on the current site (and a note when it is off everywhere). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { isActiveOn, type Settings } from '@/lib/settings/schema';
import { loadSettings, updateSettings } from '@/lib/settings/store';

export function SiteSwitch({ hostname, onChange }: { hostname: string; onChange: () => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;
  const on = isActiveOn(settings, hostname);
  const toggle = () =>
    void updateSettings((s) => ({
      ...s,
      disabledSites: on ? [...s.disabledSites, hostname] : s.disabledSites.filter((h) => h !== hostname),
    })).then((next) => {
      setSettings(next);
      onChange();
    });
  return (
    <div class="site-switch">
      <label>
        <input type="checkbox" role="switch" data-control="site-switch" checked={on} disabled={!settings.enabled} onChange={toggle} />{' '}
        {t('siteSwitch', [hostname])}
      </label>
      {!settings.enabled && <p class="status">{t('pausedEverywhere')}</p>}
    </div>
  );
}
