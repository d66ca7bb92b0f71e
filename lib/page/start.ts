/**
 * The content script's wiring for one page: settings decide whether a `PageSession` runs; the
 * popup and the background talk to it through `ContentProtocol`. Everything registered here is
 * released when `signal` aborts (extension reload or update).
 */
import { browser } from 'wxt/browser';
import { createMatcher, describeMention, displayName, highlightedByDefault } from '@/lib/entities';
import type { CardData } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import { createRouter } from '@/lib/messages/router';
import type { ContentProtocol, Result } from '@/lib/messages/protocol';
import { sendToBackground } from '@/lib/messages/send';
import { isActiveOn, isEntityOn, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import cardCss from '@/lib/ui/card/card.css?inline';
import { CardHost } from './card/host';
import { browserHighlightApi } from './highlighter';
import { buildReport } from './report';
import { PageSession } from './session';

export async function startPage(doc: Document, signal: AbortSignal): Promise<void> {
  const win = doc.defaultView ?? window;
  const highlightApi = browserHighlightApi(win);
  const matcher = createMatcher();
  const host = new CardHost(doc, cardCss);
  signal.addEventListener('abort', () => host.destroy(), { once: true });

  let settings: Settings = await loadSettings();
  let session: PageSession | null = null;
  let sessionEntities = '';
  const cards = new Map<EntityId, Promise<Result<CardData>>>();

  const loadCard = (entity: EntityId) => {
    let pending = cards.get(entity);
    if (!pending) {
      pending = sendToBackground('cardFor', { entity });
      cards.set(entity, pending);
      // A failure is not cached: the next hover asks again.
      void pending.then((r) => !r.ok && cards.delete(entity));
    }
    return pending;
  };
  const enabledEntities = () =>
    new Set(highlightedByDefault().filter((id) => isEntityOn(settings, id, true)));

  const apply = () => {
    const active = !!highlightApi && isActiveOn(settings, doc.location.hostname);
    const entities = enabledEntities();
    const key = [...entities].sort().join(',');
    if (session && (!active || key !== sessionEntities)) {
      session.destroy();
      session = null;
    }
    if (!active || session || !highlightApi) return;
    sessionEntities = key;
    session = new PageSession(
      {
        doc,
        matcher,
        highlightApi,
        host,
        entities,
        settings: () => settings,
        loadCard,
        describe: describeMention,
        nameOf: displayName,
        openSearch: (query) => void sendToBackground('openSearch', { query }),
      },
      signal,
    );
    session.highlighter.setStyle(settings.style);
  };

  const router = createRouter<ContentProtocol>(
    {
      pageMentions: async () => {
        const current = session;
        if (current) await current.scanned;
        return buildReport(
          doc.location.href,
          doc.contentType,
          current !== null,
          current?.index.blockCount ?? 0,
          current ? current.index.withMentions() : [],
          (record) => record.block.element.closest('[lang]')?.getAttribute('lang') ?? undefined,
        );
      },
      revealMention: async ({ entity, index }) => {
        if (!session) return { found: false };
        await session.scanned;
        return { found: session.reveal(session.cursor.reveal(entity, index ?? 0)) };
      },
      stepMention: async ({ direction }) => {
        if (!session) return { found: false };
        await session.scanned;
        return { found: session.reveal(session.cursor.step(direction)) };
      },
    },
    { extensionId: browser.runtime.id },
  );
  browser.runtime.onMessage.addListener(router);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(router), { once: true });

  watchSettings((next) => {
    settings = next;
    apply();
    session?.highlighter.setStyle(settings.style);
  }, signal);
  apply();
}
