/**
 * The content script's first stage: what runs on every page and every frame. Once the page is
 * parsed it asks about the page's rough text (rough-read.ts: a few native reads, enough to turn
 * most pages away), and where that may hold a mention it reads the page's blocks (page-gate.ts)
 * and sends them to the background, which tests them against the settings and the page gate
 * (lib/entities/gate.ts; its prefilter is built and compiled there once rather than in every page:
 * lib/background/gate-text.ts) and, where a mention is possible, injects the second stage (the
 * scan, the highlights, cards, keyboard and popup answers: second-stage.ts) into this frame's
 * world before it answers; nothing is read from storage here. (Where the rough text may hold a
 * mention, the background starts injecting the second stage then, and the blocks' answer comes
 * with it: the injection overlaps the reading.) An answer about the blocks that
 * injects the second stage carries the mentions the background found in them: the first stage
 * hands the page it read, those mentions and the page's changes since to the second stage
 * (handoff.ts `handover`), which paints them without reading the page again. Where the gate says
 * no it stays as it is, asking again (at most every REGATE_MS) when the page's text changes —
 * about the blocks that changed only (page-gate.ts changedRegions), not the whole text again — and
 * when the background says the settings or the gate changed (`gateChanged`: the storage API is not
 * even touched here, its set-up alone costs every frame). A frame with no text sends nothing, and
 * does not even look at the extension API (in Firefox the first look builds all of it). In
 * Chromium a same-origin frame asks through its parent's first stage instead (frame-relay.ts: one
 * message for the frames that ask together, and no API set up in an ad frame). Messages reach it
 * first (stage-one-messages.ts): it forwards them to the second stage, loading that when a
 * message needs it (the popup's report, a keyboard jump).
 */
import { MATCH_LIMIT } from '@/lib/entities/match-limit';
import type { GateBlocks } from '@/lib/entities/gate-answer';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import { installUiShield } from '../card/ui-shield';
import type { TextBlock } from '../read/blocks';
import type { ChildFrames, ChildFramesHost } from './child-frames';
import { FrameRelay, offerRelay, parentRelay, type FrameGateAnswer, type FrameGateQuestion } from './frame-relay';
import { gateBlocks } from './handed-page';
import { START_KEYS } from './handoff';
import { askBackgroundNatively, type NativeApi, type NativeMessageListener } from './native-api';
import { askGate, askGateAbout, outermostRegions, type GateAnswer } from './page-gate';
import { PageWatch } from './page-watch';
import { readRoughly } from './rough-read';
import { SecondStageHandover } from './second-stage-handover';
import { answerStageOneMessage, type StageOne } from './stage-one-messages';
import { stageOneDiagnostics, type GateTiming } from './stage-diagnostics';

/** After a change of the page's text, the gate is asked again at most this often. */
export const REGATE_MS = 250;

function domParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Whether the browser can paint highlights. Asked with `in`: reading `Highlight` or
 * `CSS.highlights` would make the content script's world set up both on every page and frame.
 */
const hasHighlightApi = (win: Window & typeof globalThis) => 'Highlight' in win && !!win.CSS && 'highlights' in win.CSS;

export type StageState = 'starting' | 'off' | 'gated' | 'loading' | 'loaded';

export class FirstStage {
  #state: StageState = 'starting';
  #gateTiming: GateTiming | null = null;
  #lastFailure: { what: string; message: string } | null = null;
  /** The page's changes, followed around the asks. */
  readonly #watch: PageWatch;
  #regate: ReturnType<typeof setTimeout> | undefined;
  #loading: Promise<void> | null = null;
  /** The top frame told the toolbar that this page is off (once). */
  #reportedOff = false;
  /** Counts the gate's asks: an ask overtaken by a newer one (settings changed meanwhile) is dropped. */
  #asks = 0;
  /** The page's text changed while an ask was reading it: ask again once it has answered no. */
  #changedWhileAsking = false;
  /**
   * The ask whose rough text the background answered `injecting` (0: none): its blocks' asks say
   * `early`, and one of their answers comes with that second stage.
   */
  #earlyAsk = 0;
  /** The current ask's answer: Backstory is off for this site. */
  #inactive = false;
  /** The handoff to the second stage, and what came with one the background injected. */
  readonly #handover: SecondStageHandover;
  /** Asks the gate for this frame's own same-origin frames (Chromium: frame-relay.ts). */
  readonly #relay: FrameRelay;
  /** Chromium: reads this frame's `srcdoc`, `about:blank` and `blob:` frames for them (child-frames.ts). */
  readonly #childFrames: ChildFrames | null;
  /** The parent's relay the current ask goes through (null: the top frame, or no parent to reach). */
  #upstream: FrameRelay | null = null;
  /** The parent's relay this frame asked through last: it tells this frame when the gate changed. */
  #relayedBy: FrameRelay | null = null;
  readonly ready: Promise<void>;

  constructor(
    readonly doc: Document,
    readonly api: NativeApi,
    readonly signal: AbortSignal,
    /** Asks the background to inject the second stage into this frame. */
    readonly injectSecondStage: () => Promise<void>,
    /**
     * Makes the reader of this frame's frames that have no address of their own (Chromium, whose
     * manifest gives them no content script: child-frames.ts). Passed by the entrypoint, so that
     * Firefox, which gives each of them a content script, does not carry the code.
     */
    options: { childFrames?: (host: ChildFramesHost, signal: AbortSignal) => ChildFrames } = {},
  ) {
    this.#handover = new SecondStageHandover(signal);
    // Now, before any page script runs: the shield's listeners must be the first on the window.
    // The card host it guards comes with the second stage.
    const { handoff } = this.#handover;
    installUiShield({ containsEvent: (event) => handoff.shieldedUi?.containsEvent(event) ?? false, get root() { return handoff.shieldedUi?.root ?? null; } }, doc.defaultView ?? window, signal);
    signal.addEventListener('abort', () => {
      this.#unwatchText();
      this.#handover.settle(null);
    }, { once: true });
    this.#watch = new PageWatch(doc, () => {
      // Any change asks again, at most every REGATE_MS, while the gate says no.
      if (this.#state === 'gated') this.#askAgainSoon();
      else this.#changedWhileAsking = true;
    });
    this.#relay = new FrameRelay((questions) => this.#askForFrames(questions), signal);
    offerRelay(doc.defaultView ?? window, this.#relay);
    this.#childFrames = options.childFrames?.({ relay: this.#relay, adopt: () => this.#adoptFrames() }, signal) ?? null;
    // The top frame listens from the start (the popup may ask before the page is parsed); a
    // frame only once it speaks to the background: one without text never touches the API.
    if (this.#isTop) this.#listen();
    this.ready = this.#start();
  }

  #listening = false;

  /**
   * Listens for the extension's messages (once), before the first use of the API. Never throws:
   * where the API is gone (an orphaned copy after an update) the use that follows fails and is
   * handled there, and nothing reaches the page's console.
   */
  #listen(): void {
    if (this.#listening || this.signal.aborted) return;
    this.#listening = true;
    const stage = this.#answering();
    const onMessage: NativeMessageListener = (message, sender, sendResponse) => answerStageOneMessage(stage, message, sender, sendResponse);
    try {
      const { onMessage: event } = this.api.runtime;
      event.addListener(onMessage);
      this.signal.addEventListener('abort', () => event.removeListener(onMessage), { once: true });
    } catch {
      this.#listening = false;
    }
  }

  get state(): StageState {
    return this.#state;
  }

  get gateTiming(): GateTiming | null {
    return this.#gateTiming;
  }

  get #isTop(): boolean {
    const win = this.doc.defaultView;
    return !win || win === win.top;
  }

  async #start(): Promise<void> {
    await domParsed(this.doc);
    if (this.signal.aborted) return;
    const evaluating = this.#evaluate();
    // After this frame's own first ask has gone: its frames' asks go together in the relay's next message.
    this.#childFrames?.follow(this.doc);
    await evaluating;
  }

  /** Asks the background to give the frames marked by #childFrames a first stage of their own. */
  async #adoptFrames(): Promise<void> {
    this.#listen();
    await askBackgroundNatively(this.api, 'adoptFrames', null);
  }

  /**
   * Decides, with the background, from the page's text whether the second stage is needed.
   * `onlyChanged`: the gate said no to the page as it was, so only the places that changed since
   * are read and sent (a busy page's ticker does not send its whole text every REGATE_MS).
   */
  async #evaluate(onlyChanged = false): Promise<void> {
    if (this.signal.aborted || this.#state === 'loading' || this.#state === 'loaded') return;
    const win = this.doc.defaultView ?? window;
    // Looked up once an ask (each look reads the parent's window).
    this.#upstream = parentRelay(win);
    // A frame that asks through its parent runs in the same browser as the parent, which checked.
    if (!this.#upstream && !hasHighlightApi(win)) {
      this.#state = 'off';
      this.#unwatchText();
      this.#reportOff();
      return;
    }
    const start = performance.now();
    const ask = ++this.#asks;
    this.#inactive = false;
    // Watched from the start: text a page adds while a long page is read is asked about after.
    this.#changedWhileAsking = false;
    const reading = this.#watch.begin(onlyChanged);
    // A whole page asked directly may come back matched: its blocks and its changes are kept.
    const keep = reading === 'all' && !this.#upstream ? MATCH_LIMIT : 0;
    this.#watch.keep(keep > 0);
    if (!this.#upstream) this.#handover.expect();
    this.#handover.asking();
    this.#watchText();
    const stale = () => this.signal.aborted || ask !== this.#asks || this.#state === 'loading' || this.#state === 'loaded' || this.#handover.injected || this.#inactive;
    const asker = {
      mayMatch: (text: string, last: boolean, blocks?: readonly TextBlock[]) =>
        this.#askBackground(text, last, ask, blocks && { blocks: blocks.length, spec: gateBlocks(blocks, this.doc, this.#watch.inShadows) }),
    };
    const whole = this.doc.body ?? this.doc.documentElement;
    const onShadowRoot = keep > 0 ? (root: ShadowRoot) => this.#watch.follow(root) : undefined;
    const rough = reading === 'all' && keep > 0 ? await this.#askRoughly(whole, ask) : null;
    const answer =
      rough?.answer ??
      (reading === 'all'
        ? await askGate(whole, asker, { stale, askBlank: this.#isTop, keep, ...(onShadowRoot && { onShadowRoot }) })
        : await askGateAbout(outermostRegions(reading), asker, { stale }));
    const read = rough?.answer ? 'rough' : rough?.passed ? 'rough, then blocks' : reading === 'all' ? 'blocks' : 'changes';
    if (ask === this.#asks) this.#watch.answered();
    const early = this.#earlyAsk === ask;
    const current = ask === this.#asks && !this.signal.aborted;
    if (answer && current) this.#gateTiming = { ms: performance.now() - start, chars: answer.chars, possible: answer.possible, read, asked: (this.#gateTiming?.asked ?? 0) + 1 };
    if (this.#handover.injected) return this.#adoptInjected(ask, answer?.blocks ?? null);
    if (!current) return;
    if (this.#inactive) {
      this.#state = 'off';
      this.#unwatchText();
      // A second stage injected for the rough text reads the settings itself, and stays off too.
      if (early) this.#handover.settle(null);
      return;
    }
    if (answer === null || stale()) return;
    // `early`: the rough text's second stage came with no answer (its injection failed, the
    // background restarted and forgot it, or no block was asked about). It reads the page
    // itself, or is asked for again.
    if (answer.possible || early) return void this.loadSecondStage().catch(() => undefined);
    this.#state = 'gated';
    if (this.#changedWhileAsking) this.#askAgainSoon();
  }

  /**
   * The background injected the second stage with its answer: it should be here now, waiting for
   * what came with it. `blocks`: the whole page, when `ask` read it all in whole blocks (handed
   * over only with the mentions of that ask's last chunk).
   */
  #adoptInjected(ask: number, blocks: TextBlock[] | null): void {
    // Already here (an answer of an overtaken ask): the page's changes stay followed for the
    // scan handed over with the first answer, until the second stage takes them.
    if (this.#state === 'loaded' || this.#state === 'loading') return;
    if (this.#handover.handOver(ask, blocks, this.#watch, () => this.#unwatchText())) {
      this.#state = 'loaded';
      return;
    }
    // It did not start (this world is ending): asked for again by the next message that needs it.
    this.#state = 'gated';
    this.#lastFailure = { what: 'page stage', message: 'the second stage did not start' };
  }

  /** Loads the second stage (once; a failure is tried again by the next call). */
  loadSecondStage(): Promise<void> {
    if (this.#handover.started) {
      // One injected for the page's rough text may be waiting for its handover: it reads the page itself.
      if (this.#handover.awaited) this.#unwatchText();
      this.#handover.settle(null);
      this.#state = 'loaded';
      return Promise.resolve();
    }
    this.#listen();
    this.#unwatchText();
    // A second stage loaded this way reads the page itself.
    this.#handover.settle(null);
    this.#state = 'loading';
    // The read of the matcher's summary and the settings overlaps the injection (the second stage takes it: handoff.ts).
    try {
      if (!this.#loading) this.#handover.handoff.startRead = this.api.storage.local.get([...START_KEYS]);
    } catch {
      // The API is gone (an orphaned copy): the injection below fails too, and says so.
    }
    this.#loading ??= this.injectSecondStage().then(
      () => {
        if (!this.#handover.started) throw new Error('the second stage did not start');
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
   * The background's answer for one chunk (it injects the second stage where it may hold a
   * mention). Where it cannot answer (it failed, or is gone), the chunk counts as possible: the
   * second stage, asked for apart, then decides with the whole matcher.
   */
  async #askBackground(text: string, last: boolean, ask: number, chunk?: { blocks: number; spec: GateBlocks }, rough = false): Promise<boolean> {
    const upstream = this.#upstream;
    if (upstream) return this.#askThrough(upstream, text, ask);
    try {
      this.#listen();
      const early = !rough && this.#earlyAsk === ask;
      const request = { text, host: this.doc.location.hostname, last, ...(chunk && { blocks: chunk.spec }), ...(rough && { rough }), ...(early && { early }) };
      const value = await askBackgroundNatively(this.api, 'gateText', request);
      if (rough && value?.injecting === true) this.#earlyAsk = ask;
      if (value?.injected === true) this.#handover.arrived({ ...(value.start && { start: value.start }), match: (chunk && value.match) ?? null, blocks: chunk?.blocks ?? 0, ask });
      if (value?.active === false && ask === this.#asks) this.#inactive = true;
      return value?.possible !== false;
    } catch {
      return true;
    }
  }

  /**
   * The gate's first question about a whole page, asked about its rough text (rough-read.ts):
   * a no (`answer`) is the page's answer (the background paints the toolbar). Without one the
   * page is read block by block: the rough text passed or could not be asked (the background
   * injects nothing for it), or the page is better walked (rough-read.ts `readRoughly`).
   */
  async #askRoughly(root: Element, ask: number): Promise<{ answer?: GateAnswer; passed: boolean }> {
    const text = readRoughly(root);
    if (text === null) return { passed: false };
    // A frame without a letter to read sends nothing (askGate's askBlank); the top frame's answer paints the toolbar.
    if (!this.#isTop && !/\S/.test(text)) return { answer: { possible: false, chars: 0 }, passed: false };
    if (await this.#askBackground(text, true, ask, undefined, true)) return { passed: true };
    return { answer: { possible: false, chars: text.length }, passed: false };
  }

  /** The gate's answer for a chunk of this frame's text, asked through its parent's relay; possible where it could not say. */
  async #askThrough(upstream: FrameRelay, text: string, ask: number): Promise<boolean> {
    if (this.#relayedBy !== upstream) {
      this.#relayedBy = upstream;
      upstream.onGateChanged(() => this.#gateChanged(), this.signal);
    }
    const answer = await upstream.ask({ text, host: this.doc.location.hostname }).catch(() => null);
    if (!answer) return true;
    if (!answer.active && ask === this.#asks) this.#inactive = true;
    return answer.possible;
  }

  /** The gate's answers for this frame's own frames: asked through this frame's parent where it has a relay, else in one message. */
  async #askForFrames(questions: readonly FrameGateQuestion[]): Promise<readonly FrameGateAnswer[]> {
    const upstream = parentRelay(this.doc.defaultView ?? window);
    if (upstream) return Promise.all(questions.map((question) => upstream.ask(question)));
    this.#listen();
    const answers = (await askBackgroundNatively(this.api, 'gateFrames', { frames: questions }))?.answers;
    if (!Array.isArray(answers)) throw new Error('no answer from the background');
    return answers;
  }

  /**
   * The settings or the gate changed: a page the gate turned away (or that is off) is asked about
   * again, and so are the frames that asked through this one.
   */
  #gateChanged(): void {
    this.#handover.gateChanged();
    // A new gate (a new watchlist) may pass text the old one turned away; a site may be switched on.
    if (this.#state === 'gated' || this.#state === 'off') void this.#evaluate();
    // The first ask may have been answered from what was stored before: a no asks again, about
    // the whole page (the gate is new, not the text).
    else if (this.#state === 'starting') {
      this.#changedWhileAsking = true;
      this.#watch.changedAll();
    }
    this.#relay.gateChanged();
  }

  /** Follows the page's text from the first ask until the second stage follows it. */
  #watchText(): void {
    // A frame under a relay has the parent make the observer: the parent's world has already set
    // up the MutationObserver interface, which a frame's fresh world would set up for this alone.
    const upstream = this.#upstream;
    this.#watch.watch((onChange) => (upstream ? upstream.observer(onChange) : new MutationObserver(onChange)));
  }

  #askAgainSoon(): void {
    this.#regate ??= setTimeout(() => {
      this.#regate = undefined;
      if (this.#state === 'gated') void this.#evaluate(true);
    }, REGATE_MS);
  }

  #unwatchText(): void {
    this.#watch.stop();
    clearTimeout(this.#regate);
    this.#regate = undefined;
  }

  /**
   * The toolbar of a page whose browser cannot paint highlights: off (only the top frame speaks).
   * The background paints it for a page the gate turns away (lib/background/gate-text.ts).
   */
  #reportOff(): void {
    if (!this.#isTop || this.#reportedOff) return;
    this.#reportedOff = true;
    this.#listen();
    askBackgroundNatively(this.api, 'pageCount', { active: false, count: 0 }).catch(() => undefined);
  }

  /** What the messages are answered with (stage-one-messages.ts). */
  #answering(): StageOne {
    return {
      handoff: this.#handover.handoff,
      extensionId: () => this.api.runtime.id,
      isTop: () => this.#isTop,
      gateChanged: () => this.#gateChanged(),
      diagnostics: () => this.diagnostics(),
      gateFigures: (second) => ({ gate: this.#gateTiming, framesAnswered: this.#relay.answered, childFrames: this.#childFrames?.figures ?? null, lastFailure: (second.lastFailure as PageDiagnostics['lastFailure']) ?? this.#lastFailure }),
      loadSecondStage: () => this.loadSecondStage(),
    };
  }

  /** What the `diagnostics` message gets while the second stage is not here. */
  diagnostics(): PageDiagnostics {
    return {
      ...stageOneDiagnostics(this.#handover.handoff.startedAt, this.#gateTiming),
      framesAnswered: this.#relay.answered,
      childFrames: this.#childFrames?.figures ?? null,
      lastFailure: this.#lastFailure,
    };
  }
}
