/**
 * How much the browser lets Backstory keep, how much it uses, and whether the library is safe
 * from eviction (`navigator.storage.persist()`), with a button to ask for that.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Usage {
  used: number;
  quota: number;
  persisted: boolean;
}

function bytes(n: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) [n, i] = [n / 1024, i + 1];
  return new Intl.NumberFormat(t('uiLocale'), { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: 1 }).format(n);
}

async function readUsage(): Promise<Usage | null> {
  if (!navigator.storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted?.() ?? Promise.resolve(false)]);
  return { used: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}

export function StorageInfo({ revision }: { revision: number }) {
  const [usage, setUsage] = useState<Usage | null | undefined>(undefined);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    let live = true;
    readUsage().then((u) => live && setUsage(u), () => live && setUsage(null));
    return () => {
      live = false;
    };
  }, [revision]);
  const ask = async () => {
    const granted = await navigator.storage.persist();
    setRefused(!granted);
    setUsage(await readUsage());
  };
  return (
    <section class="storage" aria-labelledby="storage-heading">
      <h3 id="storage-heading">{t('docStorageHeading')}</h3>
      {usage === null ? (
        <p>{t('docStorageUnknown')}</p>
      ) : usage ? (
        <>
          <p id="storage-used">{t('docStorageUsed', [bytes(usage.used), bytes(usage.quota)])}</p>
          <p id="storage-persisted">{usage.persisted ? t('docPersisted') : t('docNotPersisted')}</p>
          {!usage.persisted && (
            <button type="button" id="persist" onClick={() => void ask()}>
              {t('docPersistAsk')}
            </button>
          )}
          {refused && !usage.persisted && <p role="status">{t('docPersistRefused')}</p>}
        </>
      ) : null}
    </section>
  );
}
