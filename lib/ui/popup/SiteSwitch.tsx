/** A switch for highlighting on the current site (and a note when it is off everywhere), kept current. */
import { t } from '@/lib/i18n';
import { withIsolates } from '../isolate';
import { isActiveOn } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';
import { useSettings } from '@/lib/ui/use-settings';

export function SiteSwitch({ hostname, onChange }: { hostname: string; onChange: () => void }) {
  // Watched: the Settings tab may switch highlighting off while the popup is open.
  const [settings, setSettings] = useSettings();
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
        {withIsolates((m) => t('siteSwitch', m), [hostname])}
      </label>
      {!settings.enabled && <p class="status">{t('pausedEverywhere')}</p>}
    </div>
  );
}
