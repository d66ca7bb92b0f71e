/** The card's second stage on a page: Preact and the card components behind `CardUi`. */
import { render } from 'preact';
import type { CardUi } from '@/lib/page/card/card-ui';
import css from './card.css?inline';
import { EntityCard } from './EntityCard';

export const pageCardUi: CardUi = {
  css,
  show: (mount, props) => render(<EntityCard {...props} />, mount),
  clear: (mount) => render(null, mount),
};
