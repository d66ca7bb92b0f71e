/**
 * What Backstory does on a page, told to whoever listens: the toolbar badge's count (the content
 * script) and the record of our own work that the benchmark reads (diagnostics.ts). The page's
 * collaborators only emit; nothing is built or kept for an event no one listens to.
 */
import type { GuardReport } from './paint/highlight-guard';
import type { PageIndex } from './read/page-index';
import type { ScanProgress } from './read/scanner';

export interface CardTiming {
  entity: string;
  by: string;
  /** When the card was asked to open (for a hover: when the hover delay ran out). */
  openedAt: number;
  /** When the card with its passages (or an error) had been painted. */
  paintedAt: number;
}

export type ScanKind = 'scan' | 'rescan';

export interface PageEventMap {
  /** The compiled matcher arrived: from where, the whole wait and the unpacking in it (ms). */
  matcher: [source: 'storage' | 'background', ms: number, unpackMs: number];
  /**
   * The first scan paints the page as the first stage read it for the gate, matched by the
   * background with its answer (lib/page/stage/first-stage.ts): how many blocks.
   */
  handedScan: [blocks: number];
  /**
   * A full scan or a rescan began. `run` names it in the events that follow: a new session's
   * scan may start before the last one's aborted scan has ended.
   */
  scanStart: [run: number, kind: ScanKind];
  /** One time slice of a run (main-thread ms). */
  slice: [run: number, ms: number];
  /** One block read by a run. */
  block: [run: number, textNodes: number, chars: number, mentions: number];
  /** A run ended: `complete` unless it was aborted. */
  scanEnd: [run: number, complete: boolean];
  /** The index is new (after the first scan and after every rescan). */
  indexed: [index: PageIndex];
  /**
   * Something of ours failed on this page (the matcher could not be had, the second stage could
   * not be loaded): kept for diagnostics, never written to the page's console.
   */
  failure: [what: string, message: string];
  /** One task of ours that ran `ms` (a card render, the popup's report). */
  task: [what: string, ms: number];
  /** A card was painted with its passages or its error. */
  card: [timing: CardTiming];
  /** One draw of the private overlay (paint/private-overlay.ts). */
  overlayDraw: [ms: number, boxes: number];
  /** The page removed our highlights and they were put back (paint/highlight-guard.ts). */
  highlightsRestored: [report: GuardReport];
  /**
   * The page extras (the popup's report, keyboard navigation: lib/page/extras/) were loaded for a
   * message of this type, taking `ms` from the ask to their start (stage/stage-two-messages.ts).
   */
  extras: [loadedFor: string, ms: number];
}

/** A listener: one method per event it wants, named after the event. */
export type PageListener = { [K in keyof PageEventMap]?: (...args: PageEventMap[K]) => void };

export class PageEvents {
  #listeners: PageListener[] = [];
  #runs = 0;

  /** Tells `listener` every event it has a method for, until `signal` aborts. */
  listen(listener: PageListener, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.#listeners.push(listener);
    signal.addEventListener('abort', () => (this.#listeners = this.#listeners.filter((l) => l !== listener)), { once: true });
  }

  emit<K extends keyof PageEventMap>(type: K, ...args: PageEventMap[K]): void {
    for (const listener of this.#listeners) (listener[type] as ((...a: PageEventMap[K]) => void) | undefined)?.(...args);
  }

  /** Runs `work` and tells its time as a `task`. */
  measure<T>(what: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.emit('task', what, performance.now() - start);
    }
  }

  /** A scan's progress (read/scanner.ts) as events of a new run. */
  run(kind: ScanKind): ScanProgress & { done(complete: boolean): void } {
    const run = ++this.#runs;
    this.emit('scanStart', run, kind);
    return {
      slice: (ms) => this.emit('slice', run, ms),
      block: (textNodes, chars, mentions) => this.emit('block', run, textNodes, chars, mentions),
      done: (complete) => this.emit('scanEnd', run, complete),
    };
  }
}
