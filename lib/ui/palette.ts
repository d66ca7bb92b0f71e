/**
 * One colour slot per entity, shared by the page highlights (`lib/page/paint/highlights.css`) and the
 * cards (`lib/ui/card/card.css`), so an entity has the same colour everywhere.
 */
import type { EntityId } from '@/lib/entities/types';

// Fixed slots for the watched entities; entities added later share the remaining colours.
const FIXED_SLOTS: Record<string, number> = { kazakhstan: 1, csto: 2, s300: 3 };
export const SLOT_COUNT = 8;

export function slotOf(entity: EntityId): number {
  const fixed = FIXED_SLOTS[entity];
  if (fixed) return fixed;
  let hash = 0;
  for (const ch of entity) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return 4 + (Math.abs(hash) % (SLOT_COUNT - 3));
}
