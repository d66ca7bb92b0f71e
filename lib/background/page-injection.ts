/**
 * Injecting the content script's later stages into one frame's own world (scripting.executeScript
 * with a file of the extension: nothing is web-accessible): the second stage with the highlight
 * colours (scripting.insertCSS: a stylesheet the page's scripts cannot see) where the page gate
 * found a possible mention, the page extras (the popup's report, keyboard navigation) when the
 * second stage is first asked for one of them, the page's own matcher when it must match text
 * itself, and the card's interface on the first card.
 *
 * A frame gets the colours once. Two gate answers for one frame can arrive at once (an ask
 * overtaken by a newer one, after a mutation and a settings change): both used to insert the
 * stylesheet and run the script. Now concurrent requests for a frame share one injection, and
 * the colours are inserted only when the script says it started the stage (`page-stage.js`
 * returns whether it did; a second copy finds the first and returns false).
 */
import { browser } from 'wxt/browser';
// The highlight colours, inserted with the page stage: never a <style> in the page's DOM.
import highlightCss from '@/lib/page/paint/highlights.css?inline';
import { rootScopedHighlightRules } from '@/lib/page/paint/highlight-rules';

/** The colours as a frame gets them: in Chromium scoped to the root (paint/highlight-rules.ts). */
const FRAME_HIGHLIGHT_CSS = import.meta.env.FIREFOX ? highlightCss : rootScopedHighlightRules(highlightCss);

export interface FrameSender {
  tab?: { id?: number };
  frameId?: number;
}

type Target = { tabId: number; frameIds: number[] };

/** What of `scripting` the injector uses (tests pass a fake). */
export interface Scripting {
  executeScript(injection: { target: Target; files: string[] }): Promise<Array<{ result?: unknown }>>;
  insertCSS(injection: { target: Target; css: string }): Promise<unknown>;
}

export const PAGE_STAGE_FILE = '/page-stage.js';
export const PAGE_EXTRAS_FILE = '/page-extras.js';
export const CARD_UI_FILE = '/card-ui.js';
export const PAGE_MATCHER_FILE = '/page-matcher.js';

function targetOf(sender: FrameSender, what: string): Target {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error(`only a page can load ${what}`);
  return { tabId, frameIds: [sender.frameId ?? 0] };
}

/** A second stage running in a frame, and the insertion of its colours (settled at once when it was already there). */
export interface StageStarted {
  colours: Promise<void>;
}

export class PageInjector {
  /** Injections under way, by tab and frame. */
  readonly #pending = new Map<string, Promise<StageStarted>>();

  constructor(
    private readonly scripting: Scripting,
    private readonly css: string = FRAME_HIGHLIGHT_CSS,
  ) {}

  /** The second stage, then (if this injection started it) the highlight colours, into the sender's frame. */
  async stage(sender: FrameSender): Promise<void> {
    const { colours } = await this.startStage(sender);
    await colours;
  }

  /**
   * The second stage into the sender's frame: resolves once it runs, with the insertion of the
   * colours (if this injection started the stage) under way. Requests for a frame while its
   * script is being injected share that injection.
   */
  startStage(sender: FrameSender): Promise<StageStarted> {
    let target: Target;
    try {
      target = targetOf(sender, 'the page stage');
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const key = `${target.tabId}:${target.frameIds[0]}`;
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const run = (async (): Promise<StageStarted> => {
      const [first] = await this.scripting.executeScript({ target, files: [PAGE_STAGE_FILE] });
      if (first?.result !== true) return { colours: Promise.resolve() };
      const colours = this.scripting.insertCSS({ target, css: this.css }).then(() => undefined);
      // Seen by whoever awaits it; never an unhandled rejection when nobody does.
      colours.catch(() => undefined);
      return { colours };
    })().finally(() => this.#pending.delete(key));
    this.#pending.set(key, run);
    return run;
  }

  /** The page extras into the sender's frame (they join its second stage, once). */
  async extras(sender: FrameSender): Promise<void> {
    await this.scripting.executeScript({ target: targetOf(sender, 'the page extras'), files: [PAGE_EXTRAS_FILE] });
  }

  /** The page's own matcher into the sender's frame, when it must match text itself. */
  async matcher(sender: FrameSender): Promise<void> {
    await this.scripting.executeScript({ target: targetOf(sender, 'the page matcher'), files: [PAGE_MATCHER_FILE] });
  }

  /** The card's interface (Preact and the card) into the sender's frame, on its first card. */
  async cardUi(sender: FrameSender): Promise<void> {
    await this.scripting.executeScript({ target: targetOf(sender, 'the card interface'), files: [CARD_UI_FILE] });
  }
}

let shared: PageInjector | null = null;

/** The worker's injector (one per background, so concurrent requests for a frame meet in it). */
export function pageInjector(): PageInjector {
  shared ??= new PageInjector(browser.scripting as unknown as Scripting);
  return shared;
}
