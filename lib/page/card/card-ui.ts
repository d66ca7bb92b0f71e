/**
 * The card's user interface as the content script sees it: a narrow interface to the second
 * stage (entrypoints/card-ui.ts — Preact and the card components), which is not part of the
 * content script. Every page pays for the first stage (walk, match, paint); only a page where a
 * card opens loads the second, injected by the background into the content script's own
 * isolated world, where it leaves this object under a registered symbol. Nothing of it is
 * web-accessible, and the page's own scripts cannot see the symbol's global.
 */
import type { EntityCardProps } from '@/lib/ui/card/EntityCard';
import type { CardSource } from './card-source';
import type { CardOpener, CardPage, CardTriggerSettings } from './card-opener';

export type { CardState } from '@/lib/ui/card/EntityCard';

/** What the content script hands the UI to draw one card (the card component's own props). */
export type CardViewProps = EntityCardProps;

/** How a card is drawn: Preact and the card components (lib/ui/card/page-card-ui.tsx). */
export interface CardView {
  /** The card's stylesheet, adopted by the card host's shadow root. */
  readonly css: string;
  /** Draws (or redraws) a card into `mount`. */
  show(mount: HTMLElement, props: CardViewProps): void;
  /** Empties `mount`, releasing what the last card held. */
  clear(mount: HTMLElement): void;
}

/**
 * The drawing, and what opens, places, follows and closes cards once the first has been asked
 * for (controller.ts): the page's own trigger (card-trigger.ts) hands its cards over to it.
 */
export interface CardUi extends CardView {
  openCards(page: CardPage, source: CardSource, trigger: CardTriggerSettings, signal: AbortSignal): CardOpener;
}

/** Where the second stage leaves its `CardUi` in the isolated world. */
export const CARD_UI_KEY = Symbol.for('backstory.card-ui');

type WithCardUi = typeof globalThis & { [CARD_UI_KEY]?: CardUi };

export function installedCardUi(): CardUi | null {
  return (globalThis as WithCardUi)[CARD_UI_KEY] ?? null;
}

export function installCardUi(ui: CardUi): void {
  (globalThis as WithCardUi)[CARD_UI_KEY] = ui;
}
