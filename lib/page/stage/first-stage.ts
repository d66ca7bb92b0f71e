/**
 * The content script's first stage: what runs on every page and every frame. It reads the
 * settings, asks the page gate (lib/entities/gate.ts) about the page's text once it is parsed —
 * the text is read here (page-gate.ts) and tested in the background, where the gate's prefilter
 * is built and compiled once rather than in every page — and only where a mention is possible
 * has the background inject the second stage (the matcher, the scan, the highlights, cards,
 * keyboard and popup answers: second-stage.ts) into this frame's world. Where the gate says no it
 * stays as it is, asking again (at most every REGATE_MS) when the page's text changes, the
 * settings change or a new gate is stored. Messages reach it first: it forwards them to the
 * second stage, loading that when a message needs it (the popup's report, a keyboard jump).
 */
import { PACKED_MATCHER_STORAGE_KEY, PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import { DEFAULT_SETTINGS, isActiveOn, sanitizeSettings, type Settings } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { installUiShield } from '../card/ui-shield';
import { leaveHandoff, type StageHandoff } from './handoff';
import type { NativeApi, NativeMessageListener, NativeStorageListener } from './native-api';
import { askGate, hasText, type ChunkAsker } from './page-gate';
import { stageOneDiagnostics, type GateTiming } from './stage-diagnostics';

/** After a change of the page's text, the gate is asked again at most this often. */
export const REGATE_MS = 250;

/** Messages that need the second stage: it is loaded to answer them. */
const NEEDS_STAGE_TWO = new Set(['pageMentions', 'revealMention', 'stepMention']);

function domParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

const hasHighlightApi = (win: Window & typeof globalThis) =>
  typeof win.Highlight === 'function' && !!(win.CSS as { highlights?: unknown } | undefined)?.highlights;

export type StageState = 'starting' | 'off' | 'gated' | 'loading' | 'loaded';

export class FirstStage {
  #state: StageState = 'starting';
  #settings: Settings = DEFAULT_SETTINGS;
  /** Asks the background about a chunk of the page's text (lib/background/gate-text.ts). */
  readonly #asker: ChunkAsker = { mayMatch: (text) => this.#askBackground(text) };
  #gateTiming: GateTiming | null = null;
  #lastFailure: { what: string; message: string } | null = null;
  #observer: MutationObserver | null = null;
  #regate: ReturnType<typeof setTimeout> | undefined;
  #loading: Promise<void> | null = null;
  #sentCount = '';
  /** Counts the gate's asks: an ask overtaken by a newer one (settings changed meanwhile) is dropped. */
  #asks = 0;
  /** The page's text changed while an ask was reading it: ask again once it has answered no. */
  #changedWhileAsking = false;
  /** Whether the settings and the gate have been read (an empty frame waits for text first). */
  #begun = false;
  readonly #handoff: StageHandoff;
  readonly ready: Promise<void>;

  constructor(
    readonly doc: Document,
    readonly api: NativeApi,
    readonly signal: AbortSignal,
    /** Asks the background to inject the second stage into this frame. */
    readonly injectSecondStage: () => Promise<void>,
  ) {
    this.#handoff = { signal, startedAt: performance.now() };
    leaveHandoff(this.#handoff);
    // Now, before any page script runs: the shield's listeners must be the first on the window.
    // The card host it guards comes with the second stage.
    const handoff = this.#handoff;
    installUiShield({ containsEvent: (event) => handoff.shieldedUi?.containsEvent(event) ?? false, get root() { return handoff.shieldedUi?.root ?? null; } }, doc.defaultView ?? window, signal);
    const onMessage: NativeMessageListener = (message, sender, sendResponse) => this.#onMessage(message, sender, sendResponse);
    api.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => {
      api.runtime.onMessage.removeListener(onMessage);
      this.#unwatchText();
    }, { once: true });
    this.ready = this.#start();
  }

  get state(): StageState {
    return this.#state;
  }

  get gateTiming(): GateTiming | null {
    return this.#gateTiming;
  }

  async #start(): Promise<void> {
    // A frame (an ad, a widget) often holds no text at all: it reads nothing from storage until
    // it has some. The top frame reads while the page is parsed, to scan sooner.
    const win = this.doc.defaultView;
    if (win && win !== win.top) {
      await domParsed(this.doc);
      if (this.signal.aborted) return;
      if (this.#isEmpty()) {
        this.#state = 'gated';
        this.#watchText();
        return;
      }
    }
    await this.#begin();
  }

  /** Whether the page has no text the scanner would read (no block, shadow roots included). */
  #isEmpty(): boolean {
    const start = performance.now();
    const empty = !hasText(this.doc.body ?? this.doc.documentElement);
    if (empty) this.#gateTiming = { ms: performance.now() - start, chars: 0, possible: false, asked: (this.#gateTiming?.asked ?? 0) + 1 };
    return empty;
  }

  /** Reads the settings, follows them and the stored gate, and decides. */
  async #begin(): Promise<void> {
    this.#begun = true;
    const stored = await this.api.storage.local.get([SETTINGS_AREA_KEY]);
    await domParsed(this.doc);
    if (this.signal.aborted) return;
    this.#settings = sanitizeSettings(stored[SETTINGS_AREA_KEY] ?? DEFAULT_SETTINGS);
    const onChanged: NativeStorageListener = (changes, area) => {
      if (area !== 'local') return;
      const settings = changes[SETTINGS_AREA_KEY];
      if (settings) this.#settings = sanitizeSettings(settings.newValue ?? DEFAULT_SETTINGS);
      // A new gate (a new watchlist) may pass text the old one turned away: ask again.
      if (settings || changes[PAGE_GATE_STORAGE_KEY]) void this.#evaluate();
    };
    this.api.storage.onChanged.addListener(onChanged);
    this.signal.addEventListener('abort', () => this.api.storage.onChanged.removeListener(onChanged), { once: true });
    await this.#evaluate();
  }

  /** Decides, from the settings, the gate and the page's text, whether the second stage is needed. */
  async #evaluate(): Promise<void> {
    if (this.signal.aborted || this.#state === 'loading' || this.#state === 'loaded') return;
    const win = this.doc.defaultView ?? window;
    if (!hasHighlightApi(win) || !isActiveOn(this.#settings, this.doc.location.hostname)) {
      this.#state = 'off';
      this.#unwatchText();
      this.#report(false);
      return;
    }
    const start = performance.now();
    const ask = ++this.#asks;
    // Watched from the start: text a page adds while a long page is read is asked about after.
    this.#changedWhileAsking = false;
    this.#watchText();
    const stale = () => this.signal.aborted || ask !== this.#asks || this.#state === 'loading' || this.#state === 'loaded';
    const answer = await askGate(this.doc.body ?? this.doc.documentElement, this.#asker, { stale });
    if (answer === null || stale()) return;
    this.#gateTiming = { ms: performance.now() - start, chars: answer.chars, possible: answer.possible, asked: (this.#gateTiming?.asked ?? 0) + 1 };
    if (answer.possible) return void this.loadSecondStage().catch(() => undefined);
    this.#state = 'gated';
    this.#report(true);
    if (this.#changedWhileAsking) this.#askAgainSoon();
  }

  /** Loads the second stage (once; a failure is tried again by the next call). */
  loadSecondStage(): Promise<void> {
    if (this.#handoff.answer) return Promise.resolve();
    this.#unwatchText();
    this.#state = 'loading';
    // The matcher's read overlaps the injection (the second stage takes it: handoff.ts).
    if (!this.#loading) this.#handoff.matcherRead = this.api.storage.local.get([PACKED_MATCHER_STORAGE_KEY]);
    this.#loading ??= this.injectSecondStage().then(
      () => {
        if (!this.#handoff.answer) throw new Error('the second stage did not start');
        this.#state = 'loaded';
      },
    ).catch((error: unknown) => {
      this.#loading = null;
      this.#state = 'gated';
      // Kept for diagnostics: Backstory writes nothing to a page's console.
      this.#lastFailure = { what: 'page stage', message: String(error) };
      throw error;
    });
    return this.#loading;
  }

  /**
   * The background's answer for one chunk. Where it cannot answer (it failed, or is gone), the
   * chunk counts as possible: the second stage then decides with the whole matcher.
   */
  async #askBackground(text: string): Promise<boolean> {
    try {
      const reply = (await this.api.runtime.sendMessage({ backstory: 1, type: 'gateText', data: { text, settings: this.#settings } })) as
        | { ok?: boolean; value?: { possible?: unknown } }
        | undefined;
      return reply?.ok !== true || reply.value?.possible !== false;
    } catch {
      return true;
    }
  }

  /** Follows the page's text while the gate says no: any change asks it again, at most every REGATE_MS. */
  #watchText(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver(() => {
      if (this.#state === 'gated') this.#askAgainSoon();
      else this.#changedWhileAsking = true;
    });
    this.#observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'contenteditable'] });
  }

  #askAgainSoon(): void {
    this.#regate ??= setTimeout(() => {
      this.#regate = undefined;
      if (this.#state !== 'gated') return;
      if (this.#begun) void this.#evaluate();
      else if (!this.#isEmpty()) {
        this.#unwatchText();
        void this.#begin();
      }
    }, REGATE_MS);
  }

  #unwatchText(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    clearTimeout(this.#regate);
    this.#regate = undefined;
  }

  /** The toolbar badge of a page the second stage does not run on: no mentions (only the top frame speaks). */
  #report(active: boolean): void {
    const win = this.doc.defaultView;
    if (!win || win !== win.top) return;
    const key = String(active);
    if (key === this.#sentCount) return;
    this.#sentCount = key;
    this.api.runtime.sendMessage({ backstory: 1, type: 'pageCount', data: { active, count: 0 } }).catch(() => undefined);
  }

  #onMessage(message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): boolean | undefined {
    // A message to the tab reaches every frame, and the first answer wins: the top frame answers
    // for the page (it gathers its frames' mentions for the popup: frame-reports.ts).
    const win = this.doc.defaultView;
    if (win && win !== win.top) return undefined;
    const forwarded = this.#handoff.answer?.(message, sender);
    if (forwarded) {
      void forwarded.then((reply) => sendResponse(this.#withGate(message, reply)), (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    }
    if (this.#handoff.answer || sender.id !== this.api.runtime.id) return undefined;
    const envelope = message as { backstory?: unknown; type?: unknown } | null;
    if (typeof envelope !== 'object' || envelope === null || envelope.backstory !== 1) return undefined;
    if (envelope.type === 'diagnostics') {
      sendResponse({ ok: true, value: this.diagnostics() });
      return undefined;
    }
    if (typeof envelope.type !== 'string' || !NEEDS_STAGE_TWO.has(envelope.type)) return undefined;
    this.loadSecondStage().then(
      () => this.#handoff.answer?.(message, sender) ?? { ok: false, error: 'the page stage did not answer' },
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    ).then(sendResponse, () => undefined);
    return true;
  }

  /** The second stage's diagnostics with the gate's figures added. */
  #withGate(message: unknown, reply: unknown): unknown {
    const diagnostics = (message as { type?: unknown }).type === 'diagnostics';
    const value = (reply as { ok?: unknown; value?: unknown } | null)?.ok === true ? (reply as { value: object }).value : null;
    if (!diagnostics || !value) return reply;
    const lastFailure = (value as { lastFailure?: unknown }).lastFailure ?? this.#lastFailure;
    return { ok: true, value: { ...value, gate: this.#gateTiming, lastFailure } };
  }

  /** What the `diagnostics` message gets while the second stage is not here. */
  diagnostics(): PageDiagnostics {
    return { ...stageOneDiagnostics(this.#handoff.startedAt, this.#gateTiming), lastFailure: this.#lastFailure };
  }
}
