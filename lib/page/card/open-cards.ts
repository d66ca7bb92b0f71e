/**
 * The card's interface as card-ui.js leaves it in the page's world: the drawing (Preact and the
 * card components) with the controller that opens, places and closes cards, which only a page
 * that opens a card loads (card-trigger.ts hands the page's cards over to it).
 */
import type { CardUi } from './card-opener';
import type { CardView } from './card-view';
import { CardController } from './controller';

export function withCardController(view: CardView): CardUi {
  return {
    css: view.css,
    show: (mount, props) => view.show(mount, props),
    clear: (mount) => view.clear(mount),
    openCards: (page, source, trigger, signal) => new CardController(page, source, trigger, signal),
  };
}
