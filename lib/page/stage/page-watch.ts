/**
 * What the first stage (first-stage.ts) follows of the page around its asks to the gate: one
 * MutationObserver on the document, and on each open shadow root an ask entered; the places
 * changed since an ask began (page-gate.ts changedRegions), so that a page the gate turned away
 * is asked again about those only; and, while a whole page asked directly may come back
 * matched, its changes, kept for the second stage it is handed to (handed-page.ts ReadPage).
 */
import type { TextBlock } from '../read/blocks';
import { FOLLOWED_CHANGES as FOLLOWED } from '../read/mutations';
import type { ReadPage } from './handed-page';
import { changedRegions, MAX_CHANGED_REGIONS } from './page-gate';

/** What an ask reads: the whole page, or the places that changed. */
export type Reading = Set<Element> | 'all';

export class PageWatch {
  #observer: MutationObserver | null = null;
  /**
   * Where the page changed since the current ask began: a page the gate turned away is asked
   * again about these only. 'all' after too many places.
   */
  #changed: Reading = new Set();
  /** What the ask on its way reads: a newer ask that overtakes it (it is dropped) reads that too. */
  #reading: Reading | null = null;
  /** The page's changes since the current whole-page ask began, kept for a handed scan (null: not kept). */
  #records: MutationRecord[] | null = null;
  /** The open shadow roots the current whole-page ask entered (followed too). */
  #shadowRoots: ShadowRoot[] = [];

  /** `onChange`: after every batch of changes, once they are noted. */
  constructor(
    private readonly doc: Document,
    private readonly onChange: () => void,
  ) {}

  /**
   * An ask begins. It reads the whole page or (`onlyChanged`) the places changed since the last
   * ask began, and whatever an ask still on its way was reading, as that is about to be dropped.
   */
  begin(onlyChanged: boolean): Reading {
    const changed = onlyChanged ? this.#changed : 'all';
    const overtaken = this.#reading;
    this.#changed = new Set();
    const reading = changed === 'all' || overtaken === 'all' ? 'all' : new Set([...changed, ...(overtaken ?? [])]);
    this.#reading = reading;
    this.#shadowRoots = [];
    return reading;
  }

  /** The current ask answered: nothing is being read. */
  answered(): void {
    this.#reading = null;
  }

  /** The page's changes are kept from now on (the page may be handed over), or not. */
  keep(on: boolean): void {
    this.#records = on ? [] : null;
  }

  /** The next ask reads the whole page (the gate is new, not the text). */
  changedAll(): void {
    this.#changed = 'all';
  }

  /**
   * Follows the page (once), with the observer `make` makes: a frame under a relay has its
   * parent make it (frame-relay.ts).
   */
  watch(make: (callback: MutationCallback) => MutationObserver): void {
    if (this.#observer) return;
    this.#observer = make((records) => {
      this.#records?.push(...records);
      this.#note(records);
      this.onChange();
    });
    this.#observer.observe(this.doc.documentElement, FOLLOWED);
  }

  /** An open shadow root the ask read: its changes are followed too. */
  follow(root: ShadowRoot): void {
    this.#shadowRoots.push(root);
    this.#observer?.observe(root, FOLLOWED);
  }

  /** Whether the current ask entered a shadow root. */
  get inShadows(): boolean {
    return this.#shadowRoots.length > 0;
  }

  /** The page as the ask read it, with its changes since; `stop` ends the following once they are taken. */
  read(blocks: TextBlock[] | null, stop: () => void): ReadPage {
    return {
      blocks,
      records: this.#records ?? [],
      shadowRoots: this.#shadowRoots,
      release: () => {
        const rest = this.#observer?.takeRecords() ?? [];
        stop();
        return rest;
      },
    };
  }

  /** Stops following the page, and keeps nothing. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#records = null;
  }

  /** Remembers where the page changed, to read only there when the gate is asked again. */
  #note(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (this.#changed === 'all') return;
      for (const region of changedRegions(record)) this.#changed.add(region);
      if (this.#changed.size > MAX_CHANGED_REGIONS) this.#changed = 'all';
    }
  }
}
