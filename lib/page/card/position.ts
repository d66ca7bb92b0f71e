/**
 * Where the card goes: below the mention when it fits, above otherwise, always inside the
 * viewport with a small margin, and never covering the mention itself.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  side: 'below' | 'above';
}

const MARGIN = 8;
const GAP = 6;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(120, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const maxLeft = viewport.width - card.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return {
    left: Math.round(left),
    top: Math.round(Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height))),
    // Never more than measured: the measurement was taken under the stylesheet's own cap.
    maxHeight: Math.floor(height),
    side,
  };
}
