/**
 * How a card is drawn, as the content script sees it: the card component's props and the three
 * calls the card host makes (lib/ui/card/page-card-ui.tsx implements them with Preact). Types
 * only: the drawing itself arrives with the card's interface (card-ui.ts).
 */
import type { EntityCardProps } from '@/lib/ui/card/EntityCard';

export type { CardState } from '@/lib/ui/card/EntityCard';

/** What the content script hands the UI to draw one card (the card component's own props). */
export type CardViewProps = EntityCardProps;

export interface CardView {
  /** The card's stylesheet, adopted by the card host's shadow root. */
  readonly css: string;
  /** Draws (or redraws) a card into `mount`. */
  show(mount: HTMLElement, props: CardViewProps): void;
  /** Empties `mount`, releasing what the last card held. */
  clear(mount: HTMLElement): void;
}
