/**
 * Mentions in reading order, for the keyboard (next / previous) and for "reveal the first mention
 * of X" from the popup. Hidden blocks (display: none, closed <details>…) are skipped.
 */
import type { EntityId, Mention } from '@/lib/entities/types';
import type { BlockRecord, PageIndex } from './page-index';

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

export function visibleMentions(index: PageIndex): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const record of index.withMentions()) {
    if (!isShown(record)) continue;
    record.mentions.forEach((mention, i) => {
      const range = record.ranges[i];
      if (range) refs.push({ record, index: i, mention, range });
    });
  }
  return refs;
}

export class MentionCursor {
  #current: MentionRef | null = null;

  constructor(private readonly index: PageIndex) {}

  /** The next (1) or previous (-1) mention after the current one, wrapping around. */
  step(direction: 1 | -1): MentionRef | null {
    const refs = visibleMentions(this.index);
    if (refs.length === 0) return (this.#current = null);
    const at = this.#current ? refs.findIndex((r) => sameMention(r, this.#current)) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : refs.length - 1) : (at + direction + refs.length) % refs.length;
    return (this.#current = refs[next] ?? null);
  }

  /** The `nth` visible mention of `entity` (0 = first). */
  reveal(entity: EntityId, nth = 0): MentionRef | null {
    const refs = visibleMentions(this.index).filter((r) => r.mention.entity === entity);
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
