/**
 * Items kept in document order as they come and go, instead of sorted whenever asked: on a page
 * of 10,000 blocks with mentions, sorting them with `compareDocumentPosition` (about 130,000
 * calls from the content script's world) was one task of a third of a second, run each time the
 * badge's count or the popup's report asked for the order after a scan.
 *
 * A scan reads the page from the top, so an item almost always follows the last one: one
 * comparison. Items added out of order (a rescan of a paragraph in the middle) wait in `pending`
 * and are merged in by binary search when the order is next asked for; removed items are
 * dropped then too (or sooner, when they outnumber the rest), so removal costs nothing at once.
 */
export class DocumentOrder<T> {
  #sorted: T[] = [];
  #pending: T[] = [];
  readonly #removed = new Set<T>();

  /** `compare(a, b) < 0` when `a` comes first; 0 when they cannot be ordered (then kept as met). */
  constructor(private readonly compare: (a: T, b: T) => number) {}

  add(item: T): void {
    // An item removed and added again (never a page's record: each read makes new ones) may have moved.
    if (this.#removed.has(item)) this.#dropRemoved();
    const last = this.#sorted.at(-1);
    if (this.#pending.length === 0 && (last === undefined || this.compare(last, item) < 0)) this.#sorted.push(item);
    else this.#pending.push(item);
  }

  remove(item: T): void {
    this.#removed.add(item);
    if (this.#removed.size > this.#sorted.length + this.#pending.length - this.#removed.size) this.#dropRemoved();
  }

  clear(): void {
    this.#sorted = [];
    this.#pending = [];
    this.#removed.clear();
  }

  /** Every item, in document order. The array is the order's own: read it, do not change it. */
  items(): readonly T[] {
    if (this.#removed.size > 0) this.#dropRemoved();
    if (this.#pending.length > 0) this.#mergePending();
    return this.#sorted;
  }

  #dropRemoved(): void {
    const kept = (item: T) => !this.#removed.has(item);
    this.#sorted = this.#sorted.filter(kept);
    this.#pending = this.#pending.filter(kept);
    this.#removed.clear();
  }

  /** Sorts the few pending items, then places each by binary search after the one before it. */
  #mergePending(): void {
    const pending = this.#pending.sort(this.compare);
    const sorted = this.#sorted;
    const merged: T[] = [];
    let from = 0;
    for (const item of pending) {
      let lo = from;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.compare(sorted[mid] as T, item) <= 0) lo = mid + 1;
        else hi = mid;
      }
      for (let i = from; i < lo; i++) merged.push(sorted[i] as T);
      merged.push(item);
      from = lo;
    }
    for (let i = from; i < sorted.length; i++) merged.push(sorted[i] as T);
    this.#sorted = merged;
    this.#pending = [];
  }
}
