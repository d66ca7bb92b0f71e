/**
 * The content script's record of its own work on a page, answered to the `diagnostics` message
 * (read by `npm run bench` and one end-to-end test). It is a listener on the page's events
 * (page-events.ts), attached where the content script starts (main.ts): nothing it records
 * from knows it is there.
 * Recording costs a few additions per time slice; nothing is kept but counters and the last run
 * of each kind, and nothing is computed until someone asks.
 */
import type { ChildFramesFigures } from './stage/child-frames';
import type { GuardReport } from './paint/highlight-guard';
import type { CardTiming, PageListener, ScanKind } from './page-events';

export type { CardTiming } from './page-events';

/** One full scan or one mutation rescan. Times are `performance.now()` of the page. */
export interface WorkTiming {
  /** Main-thread time: the sum of our slices. */
  workMs: number;
  /** From the start of the first slice to the end of the last (yields included). */
  wallMs: number;
  longestSliceMs: number;
  slices: number;
  startedAt: number;
  endedAt: number;
  blocks: number;
  textNodes: number;
  /** UTF-16 units of block text read. */
  chars: number;
  mentions: number;
  /** Whether it ran to the end (not aborted). */
  complete: boolean;
}

/** The content script's first stage's page gate (lib/page/stage/). */
export interface GateTiming {
  /** The last time the gate was asked: how long the ask took (its reading and the waits for the answers), and the text it read. */
  ms: number;
  chars: number;
  possible: boolean;
  /**
   * How it read the page: its rough text, whose no was the answer (lib/page/stage/rough-read.ts);
   * its rough text, which passed, then the whole page block by block; the whole page block by
   * block at once (a page of few elements, or too much text); or only the places that changed.
   */
  read: 'rough' | 'rough, then blocks' | 'blocks' | 'changes';
  /** How many times it was asked (the page's text changed while it said no). */
  asked: number;
}

export interface PageDiagnostics {
  /** When the content script started, and the page's DOMContentLoaded (navigation timing). */
  startedAt: number;
  domContentLoadedAt: number | null;
  /** Where the compiled matcher came from, how long getting it took, and unpacking it. */
  matcher: { source: 'storage' | 'background'; ms: number; unpackMs: number } | null;
  /** End of the slice that registered the first highlight: the page can paint it from then on. */
  firstHighlightAt: number | null;
  /**
   * Blocks of the page the first scan painted as the first stage had read them for the gate,
   * matched by the background with its answer; null when the second stage read the page itself.
   */
  handedBlocks: number | null;
  fullScans: number;
  lastFullScan: WorkTiming | null;
  rescans: number;
  lastRescan: WorkTiming | null;
  /** Our longest single task on this page, and what it was. */
  longestTask: { ms: number; what: string };
  /** How many of our tasks ran 50 ms or more (a long task, as browsers count them). */
  longTasks: number;
  /** The latest cards opened (at most 20). */
  cards: CardTiming[];
  /** Highlights the page removed from `CSS.highlights` and we put back (lib/page/paint/highlight-guard.ts). */
  highlightRestores: { restores: number; backoffMs: number };
  /** The private overlay's draws (lib/page/paint/private-overlay.ts), when it is used. */
  overlay: { draws: number; totalMs: number; longestMs: number; lastBoxes: number } | null;
  /** The content script's first stage: its page gate (lib/page/stage/), when it was asked. */
  gate?: GateTiming | null;
  /**
   * How many of this frame's frames had their gate answered through it (Chromium's same-origin
   * frames ask through their parent: lib/page/stage/frame-relay.ts).
   */
  framesAnswered?: number;
  /**
   * Chromium: the `srcdoc`, `about:blank` and `blob:` frames this frame read for themselves, and
   * those it had given a first stage because their text may hold a mention
   * (lib/page/stage/child-frames.ts). Absent where frames have content scripts of their own.
   */
  childFrames?: ChildFramesFigures | null;
  /** The latest failure of ours on this page (page-events.ts `failure`): nothing goes to the page's console. */
  lastFailure?: { what: string; message: string } | null;
  /**
   * The page extras (lib/page/extras/: the popup's report, keyboard navigation), loaded only when
   * first asked for: which message asked, and how long from the ask to their start; null (or
   * absent, before the second stage) while no shortcut, popup or frame report has needed them.
   */
  extras?: { loadedFor: string; ms: number } | null;
}

const MAX_CARDS = 20;
/** The long-task threshold of the Long Tasks API. */
const LONG_TASK_MS = 50;
const now = () => performance.now();

/** Its methods are the events it records (page-events.ts); `snapshot()` is what it answers. */
export class Diagnostics implements PageListener {
  readonly #state: PageDiagnostics;
  /** Runs under way, by id. */
  readonly #runs = new Map<number, { kind: ScanKind; timing: WorkTiming }>();

  constructor(startedAt = now()) {
    this.#state = {
      startedAt,
      domContentLoadedAt: null,
      matcher: null,
      firstHighlightAt: null,
      handedBlocks: null,
      fullScans: 0,
      lastFullScan: null,
      rescans: 0,
      lastRescan: null,
      longestTask: { ms: 0, what: '' },
      longTasks: 0,
      cards: [],
      highlightRestores: { restores: 0, backoffMs: 0 },
      overlay: null,
      extras: null,
    };
  }

  matcher(source: 'storage' | 'background', ms: number, unpackMs: number): void {
    this.#state.matcher = { source, ms, unpackMs };
    this.task('matcher unpack', unpackMs);
  }

  handedScan(blocks: number): void {
    this.#state.handedBlocks = blocks;
  }

  failure(what: string, message: string): void {
    this.#state.lastFailure = { what, message };
  }

  scanStart(run: number, kind: ScanKind): void {
    this.#runs.set(run, {
      kind,
      timing: {
        workMs: 0, wallMs: 0, longestSliceMs: 0, slices: 0, startedAt: now(), endedAt: 0,
        blocks: 0, textNodes: 0, chars: 0, mentions: 0, complete: false,
      },
    });
  }

  slice(id: number, ms: number): void {
    const run = this.#runs.get(id);
    if (!run) return;
    const { timing } = run;
    timing.workMs += ms;
    timing.slices++;
    if (ms > timing.longestSliceMs) timing.longestSliceMs = ms;
    this.task(run.kind === 'scan' ? 'scan slice' : 'rescan slice', ms);
    // The end of the first slice that registered a highlight: the page can paint it from then on.
    if (this.#state.firstHighlightAt === null && timing.mentions > 0) this.#state.firstHighlightAt = now();
  }

  block(id: number, textNodes: number, chars: number, mentions: number): void {
    const timing = this.#runs.get(id)?.timing;
    if (!timing) return;
    timing.blocks++;
    timing.textNodes += textNodes;
    timing.chars += chars;
    timing.mentions += mentions;
  }

  scanEnd(id: number, complete: boolean): void {
    const run = this.#runs.get(id);
    if (!run) return;
    this.#runs.delete(id);
    const { timing } = run;
    timing.endedAt = now();
    timing.wallMs = timing.endedAt - timing.startedAt;
    timing.complete = complete;
    if (run.kind === 'scan') {
      this.#state.fullScans++;
      this.#state.lastFullScan = timing;
    } else {
      this.#state.rescans++;
      this.#state.lastRescan = timing;
    }
  }

  task(what: string, ms: number): void {
    if (ms > this.#state.longestTask.ms) this.#state.longestTask = { ms, what };
    if (ms >= LONG_TASK_MS) this.#state.longTasks++;
  }

  card(timing: CardTiming): void {
    this.#state.cards.push(timing);
    if (this.#state.cards.length > MAX_CARDS) this.#state.cards.shift();
  }

  overlayDraw(ms: number, boxes: number): void {
    const o = (this.#state.overlay ??= { draws: 0, totalMs: 0, longestMs: 0, lastBoxes: 0 });
    o.draws++;
    o.totalMs += ms;
    o.lastBoxes = boxes;
    if (ms > o.longestMs) o.longestMs = ms;
    this.task('overlay draw', ms);
  }

  extras(loadedFor: string, ms: number): void {
    // Not a task of ours: most of it is the background's injection, off the page's thread.
    this.#state.extras = { loadedFor, ms };
  }

  highlightsRestored(report: GuardReport): void {
    this.#state.highlightRestores = { ...report };
  }

  snapshot(): PageDiagnostics {
    const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    const dcl = nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart : null;
    return structuredClone({ ...this.#state, domContentLoadedAt: dcl });
  }
}
