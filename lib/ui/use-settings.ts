/**
 * The settings for a page that shows them: read once, then kept current as they change anywhere
 * (the popup, the Settings tab, another window), until the component unmounts.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';

export function useSettings(): [Settings | null, (settings: Settings) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    watchSettings(setSettings, stop.signal);
    void loadSettings().then((loaded) => {
      // A change seen by the watcher while loading is newer: keep it.
      if (!stop.signal.aborted) setSettings((current) => current ?? loaded);
    });
    return () => stop.abort();
  }, []);
  return [settings, setSettings];
}
