/**
 * Keyboard navigation between mentions (next / previous) and the popup's "reveal the nth mention
 * of X": from the session's current mention (read/navigation.ts `MentionCursor`, which a hover
 * or click also moves), over the painted mentions of shown blocks in reading order. Part of the
 * page extras: loaded with the first shortcut or popup (lib/page/stage/stage-two-messages.ts).
 */
import type { EntityId } from '@/lib/entities/types';
import { visibleMentions, type MentionCursor, type MentionRef } from '../read/navigation';
import type { PageIndex } from '../read/page-index';

function sameMention(a: MentionRef, b: MentionRef | null): boolean {
  return !!b && a.record === b.record && a.index === b.index;
}

export class MentionSteps {
  constructor(
    private readonly index: PageIndex,
    private readonly cursor: MentionCursor,
  ) {}

  /** The next (1) or previous (-1) mention after the current one, wrapping around. */
  step(direction: 1 | -1): MentionRef | null {
    const refs = visibleMentions(this.index, true);
    const current = this.cursor.current;
    if (refs.length === 0) return this.#select(null);
    const at = current ? refs.findIndex((r) => sameMention(r, current)) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : refs.length - 1) : (at + direction + refs.length) % refs.length;
    return this.#select(refs[next] ?? null);
  }

  /** The `nth` visible mention of `entity` (0 = first). */
  reveal(entity: EntityId, nth = 0): MentionRef | null {
    // A painted one if there is one; else (every mention of it past the cap) an unpainted one.
    const of = (refs: MentionRef[]) => refs.filter((r) => r.mention.entity === entity);
    const painted = of(visibleMentions(this.index, true));
    const refs = painted.length > 0 ? painted : of(visibleMentions(this.index));
    return this.#select(refs[nth] ?? null);
  }

  #select(ref: MentionRef | null): MentionRef | null {
    this.cursor.set(ref);
    return ref;
  }
}

/** Scrolls a mention into view and opens its card with focus in it; false when there is none. */
export function showMention(session: { cards: { show(ref: MentionRef, by: 'keyboard'): void } }, ref: MentionRef | null): boolean {
  if (!ref) return false;
  const target = ref.range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', inline: 'nearest' });
  session.cards.show(ref, 'keyboard');
  return true;
}
