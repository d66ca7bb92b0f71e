/**
 * The first-run page. Content scripts do not run in extension pages, so the page runs the same
 * page code itself (lib/page/main.ts) over its own text: the sample paragraph is matched by the
 * real matcher the background packs, painted with the same highlighter, and opens the same cards.
 */
import { h, type render as preactRender } from 'preact';
import { installCardUi } from '@/lib/page/card/card-ui';
import { withCardController } from '@/lib/page/card/open-cards';
import { runContentScript } from '@/lib/page/main';
import { pageCardUi } from '../card/page-card-ui';
import { Welcome } from './Welcome';

export function startWelcome(root: HTMLElement, render: typeof preactRender, signal?: AbortSignal): void {
  render(h(Welcome, {}), root);
  // An extension page cannot be injected into: the card's second stage is simply here already.
  installCardUi(withCardController(pageCardUi));
  // The rest of the page names no entity: only the sample paragraph lights up.
  runContentScript(document, signal ?? new AbortController().signal);
}
