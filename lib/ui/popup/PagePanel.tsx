/**
 * "On this page": the watched entities found in the tab, with counts and forms; a click scrolls
 * to the first mention and opens its card. Exports as Markdown and CSV. When Backstory may not
 * read the tab, it says why and offers what the browser allows.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { markPaintedOnce } from '@/lib/ui/after-paint';
import { sendToTab } from '@/lib/messages/send';
import { watchSettings } from '@/lib/settings/store';
import type { EntityId } from '@/lib/entities/types';
import { checkAccess, requestSite, startInTab, type PageAccess } from './page-access';
import { reportCsv, reportMarkdown } from './export';
import { withIsolates } from '../isolate';
import { CapNotice } from './CapNotice';
import { EntityLine } from './EntityLine';
import { SiteSwitch } from './SiteSwitch';

type State = { status: 'checking' } | { status: 'known'; access: PageAccess } | { status: 'error'; message: string };

function Download({ name, type, text, label, control }: { name: string; type: string; text: string; label: string; control: string }) {
  const href = useMemo(() => URL.createObjectURL(new Blob([text], { type })), [text, type]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <a class="button" href={href} download={name} data-control={control}>
      {label}
    </a>
  );
}

export function PagePanel({ tabId, nameOf }: { tabId: number | null; nameOf: (e: EntityId) => string }) {
  const [state, setState] = useState<State>({ status: 'checking' });
  const recheck = () =>
    checkAccess(tabId).then(
      (access) => setState({ status: 'known', access }),
      (error: unknown) => setState({ status: 'error', message: String(error) }),
    );
  useEffect(() => void recheck(), [tabId]);
  // Settings changed anywhere (the Settings tab, this popup's switch) change what the page shows.
  useEffect(() => {
    const stop = new AbortController();
    watchSettings(() => void recheck(), stop.signal);
    return () => stop.abort();
  }, [tabId]);
  useEffect(() => {
    if (state.status === 'known') markPaintedOnce('backstory:page-panel');
  }, [state.status]);

  if (state.status === 'checking') return <p class="status">{t('pageChecking')}</p>;
  if (state.status === 'error') return <p class="status error" role="alert">{withIsolates((m) => t('pageError', m), [state.message])}</p>;
  const { access } = state;
  const act = (work: () => Promise<unknown>) => {
    work().then(recheck, (error: unknown) => setState({ status: 'error', message: String(error) }));
  };

  switch (access.kind) {
    case 'restricted':
      return <p class="status notice">{access.reason === 'pdf' ? t('pagePdf') : t('pageRestricted')}</p>;
    case 'needs-permission': {
      const host = access.url ? new URL(access.url).host : null;
      return (
        <div class="notice">
          <p>{host ? withIsolates((m) => t('pageNeedsPermission', m), [host]) : t('pageNeedsPermissionUnknown')}</p>
          <button
            type="button"
            data-control="allow-site"
            onClick={() =>
              // The request must start inside the click: browsers grant permissions to a gesture only.
              act(() => requestSite(access.origin).then((granted) => (granted ? startInTab(access.tabId) : undefined)))
            }
          >
            {host ? withIsolates((m) => t('pageAllow', m), [host]) : t('pageAllowAll')}
          </button>
        </div>
      );
    }
    case 'not-running':
      return (
        <div class="notice">
          <p>{t('pageNotRunning')}</p>
          <button type="button" data-control="start-in-tab" onClick={() => act(() => startInTab(access.tabId))}>
            {t('pageStart')}
          </button>
        </div>
      );
    case 'ready': {
      const { report } = access;
      const reveal = (entity: EntityId) => void sendToTab(access.tabId, 'revealMention', { entity });
      const hostname = new URL(access.url).hostname;
      const siteSwitch = hostname ? <SiteSwitch hostname={hostname} onChange={() => void recheck()} /> : null;
      if (!report.active) return <>{siteSwitch}<p class="status">{t('pageOff')}</p></>;
      if (report.entities.length === 0) return <>{siteSwitch}<p class="status">{t('pageNone')}</p></>;
      return (
        <>
          {siteSwitch}
          <CapNotice report={report} />
          <ul class="page-entities">
            {report.entities.map((e) => (
              <li key={e.entity}>
                <button type="button" class="entity-line" data-control="reveal-mention" onClick={() => reveal(e.entity)}>
                  <EntityLine name={nameOf(e.entity)} count={e.count} forms={e.forms} />
                </button>
              </li>
            ))}
          </ul>
          <p class="exports">
            <Download name="backstory-mentions.md" type="text/markdown" text={reportMarkdown(report, nameOf)} label={t('exportMarkdown')} control="export-markdown" />
            <Download name="backstory-mentions.csv" type="text/csv" text={reportCsv(report, nameOf)} label={t('exportCsv')} control="export-csv" />
          </p>
        </>
      );
    }
  }
}
