/**
 * Mentions in reading order: the badge's count, the card's anchor, and the current mention the
 * keyboard (next / previous) and the popup's "reveal" move from (lib/page/extras/mention-steps.ts,
 * loaded only when asked). Hidden blocks (display: none, closed <details>…) are skipped.
 */
import type { Mention } from '@/lib/entities/types';
import type { BlockRecord, PageIndex } from './page-index';
import { rangeOf } from './scanner';

export interface MentionRef {
  record: BlockRecord;
  index: number;
  mention: Mention;
  range: AbstractRange;
}

/** Whether a block is rendered (not display: none, not in a closed <details>…), checked now. */
export function isShown(record: BlockRecord): boolean {
  const el = record.block.element as Element & { checkVisibility?: () => boolean };
  return el.checkVisibility ? el.checkVisibility() : true;
}

/**
 * The mentions of shown blocks; with `paintedOnly`, those painted (past the highlight cap a
 * mention is counted — the badge, the popup — but the keyboard does not go to it).
 */
export function visibleMentions(index: PageIndex, paintedOnly = false): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const record of index.withMentions()) {
    const upTo = paintedOnly ? record.painted : record.mentions.length;
    if (upTo === 0 || !isShown(record)) continue;
    for (let i = 0; i < upTo; i++) {
      const mention = record.mentions[i];
      if (mention) refs.push(new LazyRef(record, i, mention));
    }
  }
  return refs;
}

/** How many mentions of shown blocks there are (the badge): visibleMentions' length, making no references. */
export function countVisibleMentions(index: PageIndex): number {
  let count = 0;
  for (const record of index.withMentions()) if (record.mentions.length > 0 && isShown(record)) count += record.mentions.length;
  return count;
}

/**
 * A reference whose range is made only when read: counting the mentions (the badge) makes none,
 * and past the highlight cap most are never read. One object per reference (a class, not a
 * closure per mention: the count of a 100,000-mention page makes 100,000 of them).
 */
class LazyRef implements MentionRef {
  #range: AbstractRange | null = null;

  constructor(
    readonly record: BlockRecord,
    readonly index: number,
    readonly mention: Mention,
  ) {}

  get range(): AbstractRange {
    this.#range ??= rangeOf(this.record, this.index);
    // Its text was checked when read (scanner.ts: matchInto); a range over it is always possible.
    if (!this.#range) throw new Error('a mention whose text cannot be located');
    return this.#range;
  }
}

/**
 * The current mention: set by a hover or click on one (card/controller.ts), and by the keyboard's
 * steps, which go on from it (lib/page/extras/mention-steps.ts).
 */
export class MentionCursor {
  #current: MentionRef | null = null;

  get current(): MentionRef | null {
    return this.#current;
  }

  /** Moves the cursor: a hover or click, or a keyboard step. */
  set(ref: MentionRef | null): void {
    this.#current = ref;
  }
}
