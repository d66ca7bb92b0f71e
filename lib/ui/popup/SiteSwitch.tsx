/** Switches for the current site, kept current: highlighting on it, and whether it is sensitive (private paint). */
import { t } from '@/lib/i18n';
import { withIsolates } from '../isolate';
import { isActiveOn, isSensitiveOn, type Settings } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';
import { useSettings } from '@/lib/ui/use-settings';

/** `list` with `hostname` added (on) or removed (off). */
const toggled = (list: string[], hostname: string, on: boolean) =>
  on ? [...list.filter((h) => h !== hostname), hostname] : list.filter((h) => h !== hostname);

export function SiteSwitch({ hostname, onChange }: { hostname: string; onChange: () => void }) {
  // Watched: the Settings tab may switch highlighting off while the popup is open.
  const [settings, setSettings] = useSettings();
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
        <input type="checkbox" role="switch" data-control="site-switch" checked={on} disabled={!settings.enabled} onChange={toggle} />{' '}
        {/* One span: the words and the isolated host name wrap together in a narrow window. */}
        <span>{withIsolates((m) => t('siteSwitch', m), [hostname])}</span>
      </label>
      <div>
        <label>
          <input type="checkbox" role="switch" class="sensitive" data-control="site-sensitive" checked={sensitive} onChange={toggleSensitive} />{' '}
          <span>{withIsolates((m) => t('siteSensitive', m), [hostname])}</span>
        </label>
      </div>
      {!settings.enabled && <p class="status">{t('pausedEverywhere')}</p>}
    </div>
  );
}
