/**
 * The content script's record of its own work on a page, answered to the `diagnostics` message
 * (read by `npm run bench`). Recording costs a few additions per time slice; nothing is kept
 * but counters and the last run of each kind, and nothing is computed until someone asks.
 */

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

export interface CardTiming {
  entity: string;
  by: string;
  /** When the card was asked to open (for a hover: when the hover delay ran out). */
  openedAt: number;
  /** When the card with its passages (or an error) had been painted. */
  paintedAt: number;
}

export interface PageDiagnostics {
  /** When the content script started, and the page's DOMContentLoaded (navigation timing). */
  startedAt: number;
  domContentLoadedAt: number | null;
  /** Where the compiled matcher came from, how long getting it took, and unpacking it. */
  matcher: { source: 'storage' | 'background'; ms: number; unpackMs: number } | null;
  /** End of the slice that registered the first highlight: the page can paint it from then on. */
  firstHighlightAt: number | null;
  fullScans: number;
  lastFullScan: WorkTiming | null;
  rescans: number;
  lastRescan: WorkTiming | null;
  /** Our longest single task on this page, and what it was. */
  longestTask: { ms: number; what: string };
  /** The latest cards opened (at most 20). */
  cards: CardTiming[];
  /** Highlights the page removed from `CSS.highlights` and we put back (lib/page/paint/highlight-guard.ts). */
  highlightRestores: { restores: number; backoffMs: number };
  /** The private overlay's draws (lib/page/paint/private-overlay.ts), when it is used. */
  overlay: { draws: number; totalMs: number; longestMs: number; lastBoxes: number } | null;
}

/** What a scan reports while it runs (see read/scanner.ts). */
export interface ScanProgress {
  slice(ms: number): void;
  block(textNodes: number, chars: number, mentions: number): void;
}

const MAX_CARDS = 20;
const now = () => performance.now();

export class Diagnostics {
  private readonly state: PageDiagnostics;

  constructor(startedAt = now()) {
    this.state = {
      startedAt,
      domContentLoadedAt: null,
      matcher: null,
      firstHighlightAt: null,
      fullScans: 0,
      lastFullScan: null,
      rescans: 0,
      lastRescan: null,
      longestTask: { ms: 0, what: '' },
      cards: [],
      highlightRestores: { restores: 0, backoffMs: 0 },
      overlay: null,
    };
  }

  /** One draw of the private overlay. */
  overlayDrawn(ms: number, boxes: number): void {
    const o = (this.state.overlay ??= { draws: 0, totalMs: 0, longestMs: 0, lastBoxes: 0 });
    o.draws++;
    o.totalMs += ms;
    o.lastBoxes = boxes;
    if (ms > o.longestMs) o.longestMs = ms;
    this.task('overlay draw', ms);
  }

  /** The page removed our highlights and they were put back (`backoffMs`: the wait now imposed). */
  highlightsRestored(report: { restores: number; backoffMs: number }): void {
    this.state.highlightRestores = { ...report };
  }

  /** A task of ours that ran `ms` milliseconds. */
  task(what: string, ms: number): void {
    if (ms > this.state.longestTask.ms) this.state.longestTask = { ms, what };
  }

  /** Runs `work` as one measured task. */
  measure<T>(what: string, work: () => T): T {
    const start = now();
    try {
      return work();
    } finally {
      this.task(what, now() - start);
    }
  }

  matcherLoaded(source: 'storage' | 'background', ms: number, unpackMs: number): void {
    this.state.matcher = { source, ms, unpackMs };
  }

  /** Starts recording one scan; `done` files it when the scan settles. */
  begin(kind: 'scan' | 'rescan'): ScanProgress & { done(complete: boolean): void } {
    const run: WorkTiming = {
      workMs: 0, wallMs: 0, longestSliceMs: 0, slices: 0, startedAt: now(), endedAt: 0,
      blocks: 0, textNodes: 0, chars: 0, mentions: 0, complete: false,
    };
    let painted = this.state.firstHighlightAt !== null;
    return {
      slice: (ms) => {
        run.workMs += ms;
        run.slices++;
        if (ms > run.longestSliceMs) run.longestSliceMs = ms;
        this.task(kind === 'scan' ? 'scan slice' : 'rescan slice', ms);
        if (!painted && run.mentions > 0) {
          painted = true;
          this.state.firstHighlightAt = now();
        }
      },
      block: (textNodes, chars, mentions) => {
        run.blocks++;
        run.textNodes += textNodes;
        run.chars += chars;
        run.mentions += mentions;
      },
      done: (complete) => {
        run.endedAt = now();
        run.wallMs = run.endedAt - run.startedAt;
        run.complete = complete;
        if (kind === 'scan') {
          this.state.fullScans++;
          this.state.lastFullScan = run;
        } else {
          this.state.rescans++;
          this.state.lastRescan = run;
        }
      },
    };
  }

  card(timing: CardTiming): void {
    this.state.cards.push(timing);
    if (this.state.cards.length > MAX_CARDS) this.state.cards.shift();
  }

  snapshot(): PageDiagnostics {
    const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    const dcl = nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart : null;
    return structuredClone({ ...this.state, domContentLoadedAt: dcl });
  }
}
