/**
 * Mentions in reading order, for the keyboard (next / previous) and for "reveal the first mention
 * of X" from the popup. Hidden blocks (display: none, closed <details>…) are skipped.
 */
import type { EntityId, Mention } from '@/lib/entities/types';
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

export class MentionCursor {
  #current: MentionRef | null = null;

  constructor(private readonly index: PageIndex) {}

  /** The next (1) or previous (-1) mention after the current one, wrapping around. */
  step(direction: 1 | -1): MentionRef | null {
    const refs = visibleMentions(this.index, true);
    if (refs.length === 0) return (this.#current = null);
    const at = this.#current ? refs.findIndex((r) => sameMention(r, this.#current)) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : refs.length - 1) : (at + direction + refs.length) % refs.length;
    return (this.#current = refs[next] ?? null);
  }

  /** The `nth` visible mention of `entity` (0 = first). */
  reveal(entity: EntityId, nth = 0): MentionRef | null {
    // A painted one if there is one; else (every mention of it past the cap) an unpainted one.
    const of = (refs: MentionRef[]) => refs.filter((r) => r.mention.entity === entity);
    const painted = of(visibleMentions(this.index, true));
    const refs = painted.length > 0 ? painted : of(visibleMentions(this.index));
    return (this.#current = refs[nth] ?? null);
  }

  /** Sets the cursor to a mention chosen another way (hover or click). */
  set(ref: MentionRef | null): void {
    this.#current = ref;
  }
}

function sameMention(a: MentionRef, b: MentionRef | null): boolean {
  return !!b && a.record === b.record && a.index === b.index;
}
