/** Switches for the current site: highlighting on it, and whether it is sensitive (private paint). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { isActiveOn, isSensitiveOn, type Settings } from '@/lib/settings/schema';
import { loadSettings, updateSettings } from '@/lib/settings/store';

/** `list` with `hostname` added (on) or removed (off). */
const toggled = (list: string[], hostname: string, on: boolean) =>
  on ? [...list.filter((h) => h !== hostname), hostname] : list.filter((h) => h !== hostname);

export function SiteSwitch({ hostname, onChange }: { hostname: string; onChange: () => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;
  const on = isActiveOn(settings, hostname);
  const sensitive = isSensitiveOn(settings, hostname);
  const save = (change: (s: Settings) => Settings) =>
    void updateSettings(change).then((next) => {
      setSettings(next);
      onChange();
    });
  const toggle = () => save((s) => ({ ...s, disabledSites: toggled(s.disabledSites, hostname, on) }));
  const toggleSensitive = () => save((s) => ({ ...s, sensitiveSites: toggled(s.sensitiveSites, hostname, !sensitive) }));
  return (
    <div class="site-switch">
      <label>
        <input type="checkbox" role="switch" checked={on} disabled={!settings.enabled} onChange={toggle} />{' '}
        {t('siteSwitch', [hostname])}
      </label>
      <div>
        <label>
          <input type="checkbox" role="switch" class="sensitive" checked={sensitive} onChange={toggleSensitive} />{' '}
          {t('siteSensitive', [hostname])}
        </label>
      </div>
      {!settings.enabled && <p class="status">{t('pausedEverywhere')}</p>}
    </div>
  );
}
