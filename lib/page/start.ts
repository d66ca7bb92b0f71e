/**
 * The content script's wiring for one page: settings decide whether a `PageSession` runs; the
 * popup and the background talk to it through `ContentProtocol`. Everything registered here is
 * released when `signal` aborts (extension reload or update).
 */
import { browser } from 'wxt/browser';
import type { CardData } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import { createRouter } from '@/lib/messages/router';
import type { ContentProtocol, Result } from '@/lib/messages/protocol';
import { sendToBackground } from '@/lib/messages/send';
import { isBuiltInEntity } from '@/lib/entities/builtin-ids';
import { DEFAULT_SETTINGS, isActiveOn, isEntityOn, isSensitiveOn, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { recognitionOf } from '@/lib/ui/recognition';
import highlightCss from './paint/highlights.css?inline';
import overlayCss from './paint/private-overlay.css?inline';
import { CardHost } from './card/host';
import { CardUiLoader } from './card/ui-loader';
import { Diagnostics } from './diagnostics';
import { browserHighlightApi } from './paint/highlighter';
import { loadMatcher, watchMatcher, type LoadedMatcher } from './matcher-loader';
import { isShown, visibleMentions } from './read/navigation';
import { buildReport } from './read/report';
import { CountReporter } from './count-reporter';
import { createSentenceContexts } from './read/sentence-context';
import { PageSession } from './session';
import { installUiShield } from './card/ui-shield';

function domParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** The compiled matcher, timed; null (and a warning) when it cannot be had. */
function requestMatcher(diagnostics: Diagnostics): Promise<LoadedMatcher | null> {
  const start = performance.now();
  return loadMatcher(diagnostics).then(
    (loaded) => {
      diagnostics.matcherLoaded(loaded.source, performance.now() - start, loaded.unpackMs);
      return loaded;
    },
    (error: unknown) => {
      console.warn('Backstory: no matcher for this page.', error);
      return null;
    },
  );
}

/**
 * Which entities the private overlay paints: every one on a sensitive site, the reader's own
 * (not in the built-in catalogue) elsewhere; null when there are none, and the page sees no host.
 */
function privateEntities(sensitive: boolean, entities: ReadonlySet<EntityId>): ((entity: EntityId) => boolean) | null {
  if (sensitive) return () => true;
  return [...entities].some((id) => !isBuiltInEntity(id)) ? (id) => !isBuiltInEntity(id) : null;
}

export async function startPage(doc: Document, signal: AbortSignal): Promise<void> {
  const diagnostics = new Diagnostics();
  const win = doc.defaultView ?? window;
  const highlightApi = browserHighlightApi(win);
  const host = new CardHost(doc, overlayCss);
  const cardUi = new CardUiLoader(() => sendToBackground('loadCardUi', null));
  signal.addEventListener('abort', () => host.destroy(), { once: true });
  // Now, before any page script runs: the shield's listener must be the first on the window.
  installUiShield(host, win, signal);

  // The matcher is read while the settings are: on the sites where Backstory is on (most of
  // them) the first scan starts one storage round trip sooner. Dropped unused where it is off.
  let matcherRequest: Promise<LoadedMatcher | null> | null = requestMatcher(diagnostics);
  let settings: Settings = DEFAULT_SETTINGS; // until they are read, before anything uses them
  let session: PageSession | null = null;
  let sessionEntities = '';
  let matcher: LoadedMatcher | null = null;
  const cards = new Map<EntityId, Promise<Result<CardData>>>();

  const loadCard = (entity: EntityId, limit?: number) => {
    // "More passages" asks afresh; the first page of each entity's card is asked for once.
    if (limit !== undefined) return sendToBackground('cardFor', { entity, limit });
    let pending = cards.get(entity);
    if (!pending) {
      pending = sendToBackground('cardFor', { entity });
      cards.set(entity, pending);
      // A failure is not cached: the next hover asks again.
      void pending.then((r) => !r.ok && cards.delete(entity));
    }
    return pending;
  };
  const isActive = () => !!highlightApi && isActiveOn(settings, doc.location.hostname);
  const counts = new CountReporter((count) => void sendToBackground('pageCount', count), signal);
  // A page restored from the back-forward cache is a navigation: the browser cleared its badge.
  win.addEventListener('pageshow', (event) => event.persisted && counts.resend(), { signal });

  /** Gets the matcher once (apply() runs again when it is here); a failure is tried again later. */
  const fetchMatcher = () => {
    matcherRequest ??= requestMatcher(diagnostics);
    const request = matcherRequest;
    void request.then((loaded) => {
      if (matcherRequest !== request) return;
      if (!loaded) matcherRequest = null;
      else if (!matcher) {
        matcher = loaded;
        if (!signal.aborted) apply();
      }
    });
  };

  const apply = () => {
    const active = isActive();
    if (active && !matcher) {
      fetchMatcher(); // apply() runs again once it is here
      return;
    }
    if (!active && !matcher) matcherRequest = null; // not needed here (read again if switched on)
    if (!active) counts.report(() => ({ active: false, count: 0 }));
    const entities = new Set(matcher?.watched.filter((id) => isEntityOn(settings, id, true)));
    const sensitive = isSensitiveOn(settings, doc.location.hostname);
    const key = `${sensitive ? 'private:' : ''}${[...entities].sort().join(',')}`;
    if (session && (!active || key !== sessionEntities)) {
      session.destroy();
      session = null;
    }
    if (!active || session || !highlightApi || !matcher) return;
    sessionEntities = key;
    session = new PageSession(
      {
        doc,
        matcher: matcher.matcher,
        highlightApi,
        host,
        entities,
        settings: () => settings,
        loadCard,
        loadUi: () => cardUi.load(),
        describe: recognitionOf,
        nameOf: matcher.nameOf,
        openSearch: (query) => void sendToBackground('openSearch', { query }),
        diagnostics,
        // Firefox does not carry the document's ::highlight() rules into shadow trees.
        shadowHighlightCss: import.meta.env.FIREFOX ? highlightCss : null,
        onIndexChange: (index) => counts.report(() => ({ active: true, count: visibleMentions(index).length })),
        privateEntities: privateEntities(sensitive, entities),
      },
      signal,
    );
    session.highlighter.setStyle(settings.style);
  };

  // Settled once the settings are read, the page is parsed and the first apply() has run.
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));

  /** The running session, once started and once the matcher it waits for (if any) is here. */
  const currentSession = async (): Promise<PageSession | null> => {
    await started;
    if (isActive() && !matcher && matcherRequest) await matcherRequest;
    return session;
  };

  const router = createRouter<ContentProtocol>(
    {
      pageMentions: async () => {
        const current = await currentSession();
        if (current) await current.scanned;
        return diagnostics.measure('page report', () =>
          buildReport(
            doc.location.href,
            doc.contentType,
            current !== null,
            current?.index.blockCount ?? 0,
            // What CSS hides now is indexed (it may be shown later) but not reported.
            current ? current.index.withMentions().filter(isShown) : [],
            {
              title: doc.title,
              langOf: (record) => record.block.element.closest('[lang]')?.getAttribute('lang') ?? undefined,
              contextOf: createSentenceContexts(),
            },
          ),
        );
      },
      revealMention: async ({ entity, index }) => {
        const current = await currentSession();
        if (!current) return { found: false };
        await current.scanned;
        return { found: current.reveal(current.cursor.reveal(entity, index ?? 0)) };
      },
      stepMention: async ({ direction }) => {
        const current = await currentSession();
        if (!current) return { found: false };
        await current.scanned;
        return { found: current.reveal(current.cursor.step(direction)) };
      },
      diagnostics: () => diagnostics.snapshot(),
    },
    { extensionId: browser.runtime.id },
  );
  // Listening from the start: the popup may ask while a long page is still being parsed.
  browser.runtime.onMessage.addListener(router);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(router), { once: true });

  settings = await loadSettings();
  // Nothing is read from the page until it is parsed (a scan during parsing would see half of it,
  // and every parsed node would be a mutation to follow).
  await domParsed(doc);
  watchSettings((next) => {
    settings = next;
    apply();
    session?.highlighter.setStyle(settings.style);
  }, signal);
  // The watchlist changed: scan again with the new matcher (cards may name new entities too).
  watchMatcher((next) => {
    if (next.key === matcher?.key) return;
    matcher = next;
    matcherRequest = Promise.resolve(next);
    cards.clear();
    session?.destroy();
    session = null;
    apply();
  }, signal);
  apply();
  markStarted();
}
