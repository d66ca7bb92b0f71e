/**
 * Backstory on one page, for the content script's whole life: one object in one of three
 * states, which `applySettings()` moves between.
 *
 * - **off**: highlighting is off for this site (or the browser cannot paint highlights); no
 *   session, and the badge says so.
 * - **waiting**: on, but the compiled matcher is still on its way (the first moments of a page):
 *   the session starts when it arrives.
 * - **active**: a `PageSession` scans, paints and opens cards; new settings update it, a new
 *   scope (other entities, a site marked sensitive) or a new matcher replaces it.
 *
 * Everything it registers is released when `signal` aborts: the extension reloads or updates
 * (lifecycle.ts), or the first-run page that runs it goes. Messages from the popup and the background are answered
 * by message-handlers.ts; what it does is told through `events` (page-events.ts).
 */
import { browser } from 'wxt/browser';
import type { BlocksRequest } from '@/lib/entities/gate-answer';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '@/lib/settings/schema';
import { loadPageSettings, watchPageSettings } from './page-settings';
import { sendToBackground } from '@/lib/messages/send';
import type { CardUi } from './card/card-opener';
import { CardHost } from './card/host';
import { CardUiLoader } from './card/ui-loader';
import type { ShieldedUi } from './card/ui-shield';
import { CountReporter } from './count-reporter';
import { PageMatcher, watchMatcher, type LoadedMatcher } from './matcher-loader';
import { PageEvents } from './page-events';
import { browserHighlightApi, type HighlightApi } from './paint/highlighter';
import overlayCss from './paint/private-overlay.css?inline';
import { countVisibleMentions } from './read/navigation';
import { PageSession } from './session';
import { sessionScope } from './session-scope';
import { sharedStartRead, START_KEYS } from './stage/handoff';

export type PageState = 'off' | 'waiting' | 'active';

export interface ContentScriptOptions {
  /** The CSS Custom Highlight API (null where the browser has none); tests pass a fake. */
  highlightApi?: HighlightApi | null;
  /**
   * Where the card host goes to be shielded (card/ui-shield.ts): on a page, the shield the
   * content script's first stage installed at document_start (lib/page/stage/first-stage.ts);
   * elsewhere one installed for it (main.ts).
   */
  adoptShield: (ui: ShieldedUi) => void;
}

/** The first scan's blocks asked of the background's warm prefilter (read/scanner.ts). */
const askBlocks = (request: BlocksRequest): Promise<readonly number[] | null> =>
  sendToBackground('prefilterBlocks', request).then((reply) => (reply.ok ? reply.value.passing : null));

function domParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

// Private names (#): the minifier shortens them, and this runs on every page.
export class ContentScript {
  readonly events = new PageEvents();
  /** Settled once the settings are read, the page is parsed and they have been applied. */
  readonly ready: Promise<void>;
  #state: { name: 'off' | 'waiting' } | { name: 'active'; session: PageSession } = { name: 'off' };
  #settings: Settings = DEFAULT_SETTINGS; // until they are read, before anything uses them
  readonly #highlightApi: HighlightApi | null;
  readonly #matcher: PageMatcher;
  readonly #host: CardHost;
  readonly #counts: CountReporter;
  readonly #loadUi = cardUiLoader();
  readonly #signal: AbortSignal;

  constructor(
    readonly doc: Document,
    signal: AbortSignal,
    options: ContentScriptOptions,
  ) {
    this.#signal = signal;
    const win = doc.defaultView ?? window;
    this.#highlightApi = options.highlightApi === undefined ? browserHighlightApi(win) : options.highlightApi;
    this.#host = new CardHost(doc, overlayCss);
    options.adoptShield(this.#host);
    this.#counts = new CountReporter((count) => void sendToBackground('pageCount', count), this.#signal);
    this.events.listen({ indexed: (index) => this.#counts.report(() => ({ active: true, count: countVisibleMentions(index) })) }, this.#signal);
    // A page restored from the back-forward cache is a navigation: the browser cleared its badge.
    win.addEventListener('pageshow', (event) => event.persisted && this.#counts.resend(), { signal: this.#signal });
    this.#matcher = new PageMatcher(
      (loaded) => this.events.emit('matcher', loaded.source, loaded.ms, loaded.unpackMs),
      undefined,
      (error) => this.events.emit('failure', 'matcher', String(error)),
    );
    signal.addEventListener('abort', () => {
      this.#end();
      this.#host.destroy();
    }, { once: true });
    this.ready = this.#start();
  }

  get state(): PageState {
    return this.#state.name;
  }

  /** The running session, if any. */
  get session(): PageSession | null {
    return this.#state.name === 'active' ? this.#state.session : null;
  }

  /** The session once started, and once the matcher it waits for (if any) is here. */
  async currentSession(): Promise<PageSession | null> {
    await this.ready;
    if (this.#state.name === 'waiting') await this.#matcher.pending;
    return this.session;
  }

  async #start(): Promise<void> {
    // The matcher is read with the settings, in one storage read (the first stage's, or one
    // started here and left for the matcher loader: handoff.ts): on the sites where Backstory is
    // on (most of them) the first scan starts one storage round trip sooner. Dropped unused where it is off.
    const read = sharedStartRead(() => browser.storage.local.get([...START_KEYS]));
    void this.#matcher.request();
    const settings = await loadPageSettings(read);
    // Nothing is read from the page until it is parsed (a scan during parsing would see half of
    // it, and every parsed node would be a mutation to follow).
    await domParsed(this.doc);
    if (this.#signal.aborted) return;
    watchPageSettings((next) => this.applySettings(next), this.#signal);
    // The watchlist changed: scan again with the new matcher (cards may name new entities too).
    // Not unpacked where Backstory is off here: forgotten instead, read afresh if switched on.
    watchMatcher((next) => this.#replaceMatcher(next), this.#signal, () => this.#state.name !== 'off', () => this.#matcher.forget());
    this.applySettings(settings);
  }

  /** Moves to the state `settings` ask for on this page. */
  applySettings(settings: Settings): void {
    if (this.#signal.aborted) return;
    this.#settings = settings;
    if (!this.#highlightApi || !isActiveOn(settings, this.doc.location.hostname)) {
      this.#end();
      // Not needed here (read again if switched on).
      if (!this.#matcher.current) this.#matcher.drop();
      this.#counts.report(() => ({ active: false, count: 0 }));
      return;
    }
    const matcher = this.#matcher.current;
    if (!matcher) {
      this.#state = { name: 'waiting' };
      void this.#matcher.request().then((loaded) => {
        if (loaded && this.#state.name === 'waiting') this.applySettings(this.#settings);
      });
      return;
    }
    const scope = sessionScope(settings, matcher.watched, this.doc.location.hostname);
    const running = this.session;
    if (running?.scope.key === scope.key) {
      running.update(settings);
      return;
    }
    this.#end();
    const setup = { doc: this.doc, highlightApi: this.#highlightApi, host: this.#host, events: this.events, loadUi: this.#loadUi, askBlocks };
    this.#state = { name: 'active', session: new PageSession(setup, matcher, scope, settings, this.#signal) };
  }

  #replaceMatcher(next: LoadedMatcher): void {
    if (next.key === this.#matcher.current?.key) return;
    this.#matcher.replace(next);
    this.#end();
    this.applySettings(this.#settings);
  }

  /** Back to off: the session (if any) and everything it painted goes. */
  #end(): void {
    this.session?.destroy();
    this.#state = { name: 'off' };
  }
}

/** The card's second stage, asked of the background once per page (card/ui-loader.ts). */
function cardUiLoader(): () => Promise<CardUi> {
  const loader = new CardUiLoader(() => sendToBackground('loadCardUi', null));
  return () => loader.load();
}
