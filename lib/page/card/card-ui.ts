/**
 * The card's user interface as the content script sees it: a narrow interface to the second
 * stage (entrypoints/card-ui.ts — Preact and the card components), which is not part of the
 * content script. Every page pays for the first stage (walk, match, paint); only a page where a
 * card opens loads the second, injected by the background into the content script's own
 * isolated world, where it leaves this object under a registered symbol. Nothing of it is
 * web-accessible, and the page's own scripts cannot see the symbol's global.
 */
import type { CardUi } from './card-opener';

/** Where the second stage leaves its `CardUi` in the isolated world. */
export const CARD_UI_KEY = Symbol.for('backstory.card-ui');

type WithCardUi = typeof globalThis & { [CARD_UI_KEY]?: CardUi };

export function installedCardUi(): CardUi | null {
  return (globalThis as WithCardUi)[CARD_UI_KEY] ?? null;
}

export function installCardUi(ui: CardUi): void {
  (globalThis as WithCardUi)[CARD_UI_KEY] = ui;
}
