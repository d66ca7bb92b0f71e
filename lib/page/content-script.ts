/**
 * Backstory on one page, for the content script's whole life: one object in one of three
 * states, which `applySettings()` moves between.
 *
 * - **off**: highlighting is off for this site (or the browser cannot paint highlights); no
 *   session, and the badge says so.
 * - **waiting**: on, but what the page knows of the matcher (its summary: matcher-loader.ts) is
 *   still on its way (the first moments of a page): the session starts when it arrives.
 * - **active**: a `PageSession` scans, paints and opens cards; new settings update it, a new
 *   scope (other entities, a site marked sensitive) or a new matcher replaces it. Its text is
 *   matched by the background; the page's own matcher is loaded only if it must match alone.
 *
 * Everything it registers is released when `signal` aborts: the extension reloads or updates
 * (lifecycle.ts), or the first-run page that runs it goes. Messages from the popup and the background are answered
 * by message-handlers.ts; what it does is told through `events` (page-events.ts).
 */
import { browser } from 'wxt/browser';
import type { MatchBlocksRequest } from '@/lib/entities/block-answer';
import type { PageCatalogue } from '@/lib/entities/matcher-summary';
import type { Mention } from '@/lib/entities/types';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '@/lib/settings/schema';
import { loadPageSettings, watchPageSettings } from './page-settings';
import { sendToBackground } from '@/lib/messages/send';
import type { CardUi } from './card/card-opener';
import { CardHost } from './card/host';
import { CardUiLoader } from './card/ui-loader';
import type { ShieldedUi } from './card/ui-shield';
import { CountReporter } from './count-reporter';
import { loadMatcher, loadPageCatalogue, PageMatcher, storedPageCatalogue, watchPageCatalogue } from './matcher-loader';
import { PageEvents } from './page-events';
import { browserHighlightApi, type HighlightApi } from './paint/highlighter';
import overlayCss from './paint/private-overlay.css?inline';
import { countVisibleMentions } from './read/navigation';
import { PageSession } from './session';
import { sessionScope } from './session-scope';
import { sharedStartRead, START_KEYS, type HandedScan, type StageHandover } from './stage/handoff';
import type { Unpack } from './stage/matcher-handoff';

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
  /**
   * The unpacker of the page's own matcher, for when the page must match text itself: on a page,
   * the page matcher's script, injected then (stage/matcher-handoff.ts); elsewhere imported (main.ts).
   */
  unpacker: () => Promise<Unpack>;
  /**
   * What the first stage hands over (stage/handoff.ts): the start values and the page it read,
   * matched. The first session paints that page if it was matched for its matcher and entities.
   */
  handover?: Promise<StageHandover | null>;
}

/** Blocks matched by the background's warm matcher (read/scanner.ts). */
const matchBlocks = (request: MatchBlocksRequest): Promise<readonly (readonly Mention[])[] | null> =>
  sendToBackground('matchBlocks', request).then((reply) => (reply.ok ? reply.value.mentions : null));

const readStart = (): Promise<Record<string, unknown>> => browser.storage.local.get([...START_KEYS]);

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
  /** What the page knows of the matcher in force (null until read). */
  #catalogue: PageCatalogue | null = null;
  #catalogueLoad: Promise<PageCatalogue | null> | null = null;
  /** The page's own matcher, loaded only to match alone. */
  readonly #matcher: PageMatcher;
  readonly #host: CardHost;
  readonly #counts: CountReporter;
  readonly #loadUi = cardUiLoader();
  readonly #signal: AbortSignal;
  #handover: Promise<StageHandover | null> | undefined;
  /** The page as the first stage read and the background matched it, until the first session takes it (or not). */
  #handed: HandedScan | null = null;

  constructor(
    readonly doc: Document,
    signal: AbortSignal,
    options: ContentScriptOptions,
  ) {
    this.#signal = signal;
    this.#handover = options.handover;
    // Only the unpacker is kept: a closure naming `options` would keep the handover it carries.
    const { unpacker } = options;
    const win = doc.defaultView ?? window;
    this.#highlightApi = options.highlightApi === undefined ? browserHighlightApi(win) : options.highlightApi;
    this.#host = new CardHost(doc, overlayCss);
    options.adoptShield(this.#host);
    this.#counts = new CountReporter((count) => void sendToBackground('pageCount', count), this.#signal);
    this.events.listen({ indexed: (index) => this.#counts.report(() => ({ active: true, count: countVisibleMentions(index) })) }, this.#signal);
    // A page restored from the back-forward cache is a navigation: the browser cleared its badge.
    win.addEventListener('pageshow', (event) => event.persisted && this.#counts.resend(), { signal: this.#signal });
    this.#matcher = new PageMatcher(
      () => loadMatcher(unpacker),
      (loaded) => this.events.emit('matcher', loaded.source, loaded.ms, loaded.unpackMs),
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

  /** The session once started, and once the matcher summary it waits for (if any) is here. */
  async currentSession(): Promise<PageSession | null> {
    await this.ready;
    if (this.#state.name === 'waiting') await this.#catalogueLoad;
    return this.session;
  }

  /**
   * What the page starts from: the values sent with the second stage (the handover), else the
   * matcher's summary read with the settings in one storage read (the first stage's, or one
   * started here: handoff.ts): in Firefox each read costs the page several milliseconds.
   */
  #startRead(): Promise<Record<string, unknown>> {
    // A method of its own: #start's listeners outlive it, and a variable of #start named in a
    // closure would keep the handover (every block's text) with them.
    const handover = this.#handover;
    return sharedStartRead(() => (handover ? handover.then((h) => h?.start ?? readStart(), readStart) : readStart()));
  }

  async #start(): Promise<void> {
    const read = this.#startRead();
    void this.#loadCatalogue(read);
    const settings = await loadPageSettings(read);
    // Settled with the start values: no wait of its own. Not kept once taken (it holds the page's text).
    this.#handed = (await this.#handover?.catch(() => null))?.scan ?? null;
    this.#handover = undefined;
    // Nothing is read from the page until it is parsed (a scan during parsing would see half of
    // it, and every parsed node would be a mutation to follow).
    await domParsed(this.doc);
    if (this.#signal.aborted) return this.#dropHanded();
    watchPageSettings((next) => this.applySettings(next), this.#signal);
    // The watchlist changed: scan again with the new matcher (cards may name new entities too).
    watchPageCatalogue((next) => this.#replaceCatalogue(next), this.#signal);
    this.applySettings(settings);
    // Not taken by a session (off here, or still waiting for the summary): never painted.
    if (this.#state.name !== 'active') this.#dropHanded();
  }

  /** The handed page, when it was matched for exactly this session's matcher and entities. */
  #takeHanded(key: string, entities: ReadonlySet<string>): HandedScan | null {
    const handed = this.#handed;
    this.#handed = null;
    if (!handed) return null;
    if (handed.key === key && handed.entities.length === entities.size && handed.entities.every((id) => entities.has(id))) return handed;
    handed.takeRecords();
    return null;
  }

  /** Lets the first stage stop following the page for a scan nobody will paint. */
  #dropHanded(): void {
    this.#handed?.takeRecords();
    this.#handed = null;
  }

  /** Moves to the state `settings` ask for on this page. */
  applySettings(settings: Settings): void {
    if (this.#signal.aborted) return;
    this.#settings = settings;
    if (!this.#highlightApi || !isActiveOn(settings, this.doc.location.hostname)) {
      this.#end();
      this.#counts.report(() => ({ active: false, count: 0 }));
      return;
    }
    const catalogue = this.#catalogue;
    if (!catalogue) {
      this.#state = { name: 'waiting' };
      // Read again when the last read failed.
      void (this.#catalogueLoad ?? this.#loadCatalogue(readStart())).then((loaded) => {
        if (loaded && this.#state.name === 'waiting') this.applySettings(this.#settings);
      });
      return;
    }
    const scope = sessionScope(settings, catalogue.watched, this.doc.location.hostname);
    const running = this.session;
    if (running?.scope.key === scope.key) {
      running.update(settings);
      return;
    }
    this.#end();
    const setup = { doc: this.doc, highlightApi: this.#highlightApi, host: this.#host, events: this.events, loadUi: this.#loadUi, matchBlocks };
    const matcher = { key: catalogue.key, nameOf: catalogue.nameOf, matcher: this.#matcher, prepare: () => this.#matcher.ready() };
    const handed = this.#takeHanded(catalogue.key, scope.entities);
    this.#state = { name: 'active', session: new PageSession(setup, matcher, scope, settings, this.#signal, handed) };
  }

  /** Reads what the page knows of the matcher (null when it cannot be had: asked again by the next applySettings). */
  #loadCatalogue(read: Promise<Record<string, unknown>>): Promise<PageCatalogue | null> {
    const load = loadPageCatalogue(read, this.#matcher).then((catalogue) => {
      if (this.#catalogueLoad === load) this.#catalogueLoad = null;
      // A newer summary may have arrived meanwhile (watchPageCatalogue).
      this.#catalogue ??= catalogue;
      return this.#catalogue;
    });
    this.#catalogueLoad = load;
    return load;
  }

  /**
   * Reads the settings and the matcher's summary again: they changed (`gateChanged`), perhaps
   * before this stage's listeners were in place while it started from values read earlier
   * (stage/handoff.ts `staleStart`). What is unchanged is left as it runs.
   */
  async recheckStored(): Promise<void> {
    const values = await readStart().catch(() => null);
    await this.ready;
    if (!values || this.#signal.aborted) return;
    const catalogue = storedPageCatalogue(values);
    if (catalogue) this.#replaceCatalogue(catalogue);
    const settings = await loadPageSettings(Promise.resolve(values));
    if (JSON.stringify(settings) !== JSON.stringify(this.#settings)) this.applySettings(settings);
  }

  #replaceCatalogue(next: PageCatalogue): void {
    if (next.key === this.#catalogue?.key) return;
    this.#catalogue = next;
    // The packed matcher changed with it: read afresh if the page must match alone.
    if (this.#matcher.current?.key !== next.key) this.#matcher.forget();
    if (this.#state.name === 'off') return;
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
