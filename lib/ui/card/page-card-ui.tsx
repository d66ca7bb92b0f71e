/** The card's second stage on a page: Preact and the card components behind `CardView`. */
import { render } from 'preact';
import type { CardView } from '@/lib/page/card/card-view';
import css from './card.css?inline';
import { EntityCard } from './EntityCard';

export const pageCardUi: CardView = {
  css,
  show: (mount, props) => render(<EntityCard {...props} />, mount),
  clear: (mount) => render(null, mount),
};
