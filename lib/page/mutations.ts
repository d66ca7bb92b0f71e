/**
 * Follows a live page: a MutationObserver collects which blocks changed, and one batched task
 * re-scans only those. Mutations inside skipped subtrees (scripts, form fields, Backstory's own
 * card host) cost nothing, and Backstory never mutates the page itself, so there is no loop.
 */
import { blockOf, isInlineElement, isInSkippedSubtree, isSkippedElement } from './blocks';
import type { Rescan } from './scanner';
import { yieldToMain } from './scheduler';

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class MutationBatcher {
  private pending: Rescan = emptyRescan();
  private scheduled = false;
  private readonly observer: MutationObserver;

  constructor(
    private readonly flush: (work: Rescan) => Promise<unknown>,
    private readonly signal: AbortSignal,
    ObserverCtor: typeof MutationObserver = MutationObserver,
  ) {
    this.observer = new ObserverCtor((records) => this.collect(records));
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  observe(root: Node): void {
    if (!this.signal.aborted) this.observer.observe(root, OPTIONS);
  }

  private collect(records: MutationRecord[]): void {
    const work = this.pending;
    let changed = false;
    for (const record of records) {
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
      // The target's own text changed (a node came or went inside it).
      const target = record.target as Element;
      const block = target.nodeType === 1 && !isInlineElement(target) ? target : blockOf(target);
      if (block) work.own.add(block);
      changed = true;
    }
    if (changed) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void yieldToMain().then(async () => {
      this.scheduled = false;
      const work = this.pending;
      this.pending = emptyRescan();
      if (!this.signal.aborted) await this.flush(work);
    });
  }
}

function emptyRescan(): Rescan {
  return { own: new Set(), subtrees: new Set(), removals: false };
}
