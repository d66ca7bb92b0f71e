/**
 * Follows a live page: a MutationObserver collects which blocks changed, and one batched task
 * re-scans only those. Mutations inside skipped subtrees (scripts, form fields, Backstory's own
 * card host) cost nothing, and Backstory never mutates the page itself, so there is no loop.
 *
 * A page that never stops changing (a ticker rewriting its text every frame) is met by a growing
 * delay: the first `FREE_FLUSHES` rescans in a row come at once, then each waits twice as long as
 * the one before, up to `MAX_DELAY_MS`; the changes of the wait are folded into one rescan. A
 * quiet moment of `CALM_MS` resets it. When the page settles, the last rescan still comes, so
 * what is painted matches the final text.
 */
import { blockOf, isInlineElement, isInSkippedSubtree, isSkippedElement } from './blocks';
import type { Rescan } from './scanner';
import { yieldToMain } from './scheduler';

// Attributes that show or hide text from the scan (blocks.ts: isSkippedByAttributes). Style and
// class changes are not followed: what CSS hides stays indexed, and is left out where it counts
// (the page report, keyboard navigation) by a visibility check at that time.
const SHOWING = ['hidden', 'contenteditable'];
/** What the scan follows; the first stage follows the same (its records are replayed here: lib/page/stage/first-stage.ts). */
export const FOLLOWED_CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SHOWING };

export const FREE_FLUSHES = 8;
export const FIRST_DELAY_MS = 32;
export const MAX_DELAY_MS = 1_000;
/** A change this long after the last rescan starts a new run of free ones. */
export const CALM_MS = 250;

export interface BatcherTiming {
  now?: () => number;
  /** Runs `work` after `ms` (setTimeout in a page); returns a function cancelling it. */
  after?: (ms: number, work: () => void) => () => void;
  /** Lets the page's own tasks run first (scheduler.ts). */
  yieldNow?: () => Promise<void>;
}

const afterTimeout = (ms: number, work: () => void) => {
  const timer = setTimeout(work, ms);
  return () => clearTimeout(timer);
};

export class MutationBatcher {
  #pending: Rescan = emptyRescan();
  #scheduled = false;
  /** Rescans in a row, each asked for within CALM_MS of the one before. */
  #busy = 0;
  #lastFlushAt = -Infinity;
  #cancel: (() => void) | null = null;
  readonly #now: () => number;
  readonly #after: (ms: number, work: () => void) => () => void;
  readonly #yieldNow: () => Promise<void>;
  readonly #observer: MutationObserver;

  readonly #flush: (work: Rescan) => Promise<unknown>;
  readonly #signal: AbortSignal;

  constructor(
    flush: (work: Rescan) => Promise<unknown>,
    signal: AbortSignal,
    ObserverCtor: typeof MutationObserver = MutationObserver,
    { now = () => performance.now(), after = afterTimeout, yieldNow = yieldToMain }: BatcherTiming = {},
  ) {
    this.#flush = flush;
    this.#signal = signal;
    this.#now = now;
    this.#after = after;
    this.#yieldNow = yieldNow;
    this.#observer = new ObserverCtor((records) => this.#collect(records));
    signal.addEventListener('abort', () => {
      this.#observer.disconnect();
      this.#cancel?.();
    }, { once: true });
  }

  /** The wait before the next rescan: none while the page changes now and then, growing while it never stops. */
  delayMs(): number {
    if (this.#busy < FREE_FLUSHES) return 0;
    return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (this.#busy - FREE_FLUSHES));
  }

  observe(root: Node): void {
    if (!this.#signal.aborted) this.#observer.observe(root, FOLLOWED_CHANGES);
  }

  /** Takes changes another observer saw before this one began (the first stage's: session.ts). */
  replay(records: readonly MutationRecord[]): void {
    if (!this.#signal.aborted && records.length > 0) this.#collect(records);
  }

  #collect(records: readonly MutationRecord[]): void {
    const work = this.#pending;
    let changed = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        // The element itself may now be skipped: what matters is whether its parent is read.
        const parent = record.target.parentNode;
        if (!parent || isInSkippedSubtree(parent)) continue;
        work.reread.add(record.target as Element);
        changed = true;
        continue;
      }
      if (isInSkippedSubtree(record.target)) continue;
      if (record.type === 'characterData') {
        const block = blockOf(record.target);
        if (block) work.own.add(block);
        changed = true;
        continue;
      }
      let relevant = record.removedNodes.length > 0;
      if (relevant) work.removals = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && isSkippedElement(node as Element)) continue;
        relevant = true;
        if (node.nodeType === 1) work.subtrees.add(node);
      }
      if (!relevant) continue;
      changed = true;
      if (!changesOwnText(record)) continue;
      // The target's own text changed (a node came or went inside it).
      const target = record.target as Element;
      const block = target.nodeType === 1 && !isInlineElement(target) ? target : blockOf(target);
      if (block) work.own.add(block);
    }
    if (changed) this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#busy = this.#now() - this.#lastFlushAt < CALM_MS ? this.#busy + 1 : 0;
    const run = async () => {
      this.#cancel = null;
      this.#scheduled = false;
      const work = this.#pending;
      this.#pending = emptyRescan();
      if (this.#signal.aborted) return;
      await this.#flush(work);
      this.#lastFlushAt = this.#now();
    };
    const delay = this.delayMs();
    if (delay === 0) void this.#yieldNow().then(run);
    else this.#cancel = this.#after(delay, () => void run());
  }
}

/** A node that ends a run of its parent's own text: a block element, or no node (the parent's edge). */
function isBoundary(node: Node | null): boolean {
  return node === null || (node.nodeType === 1 && !isInlineElement(node as Element) && !isSkippedElement(node as Element));
}

/**
 * Whether a childList mutation may have changed its target's own text. Block elements coming or
 * going next to a boundary cannot: they only move where one run of text ends. That is what an
 * infinite scroll does (paragraphs appended to a long article), and it keeps the rescan from
 * re-reading the whole container's own text each time.
 */
export function changesOwnText(record: Pick<MutationRecord, 'target' | 'addedNodes' | 'removedNodes' | 'previousSibling' | 'nextSibling'>): boolean {
  const target = record.target;
  if (target.nodeType !== 1 || isInlineElement(target as Element)) return true;
  let blocks = false;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (node.nodeType !== 1) return true; // text (or a comment, to be safe)
      const el = node as Element;
      if (isSkippedElement(el)) continue; // no text and no boundary
      if (isInlineElement(el)) return true;
      blocks = true;
    }
  }
  return blocks && !isBoundary(record.previousSibling) && !isBoundary(record.nextSibling);
}

function emptyRescan(): Rescan {
  return { own: new Set(), subtrees: new Set(), reread: new Set(), removals: false };
}
