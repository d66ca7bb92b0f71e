/**
 * What the page and a card's opening code share: the page's side a card works with
 * (`PageSession` has it), how cards open, and the one object that opens them — the page's own
 * trigger (card-trigger.ts, in every page's second stage) until the first card, then the card
 * controller (controller.ts), which arrives with the card's interface (card-ui.js).
 */
import type { CardTrigger } from '@/lib/settings/schema';
import type { PageEvents } from '../page-events';
import type { Highlighter } from '../paint/highlighter';
import type { MentionCursor, MentionRef } from '../read/navigation';
import type { CardSource } from './card-source';
import type { CardView } from './card-view';
import type { CardHost } from './host';

/** The parts of the page session a card works with. */
export interface CardPage {
  readonly doc: Document;
  readonly highlighter: Highlighter;
  readonly cursor: MentionCursor;
  readonly host: CardHost;
  readonly events: PageEvents;
  /** The card's interface, loaded on the page's first card (ui-loader.ts). */
  loadUi(): Promise<CardUi>;
  /** The mention at viewport point (x, y), or null (hit-test.ts, over the session's index). */
  mentionAt(x: number, y: number): MentionRef | null;
  /** The mentions of shown blocks, in reading order (where a re-rendered mention is looked for). */
  visibleMentions(): MentionRef[];
}

/** How cards open: on hover after `delayMs`, or on click only (the reader's settings). */
export interface CardTriggerSettings {
  mode: CardTrigger;
  delayMs: number;
}

export type OpenedBy = 'hover' | 'click' | 'keyboard';

export interface CardOpener {
  readonly isOpen: boolean;
  /**
   * Opens the card of `ref` (from the keyboard or the popup, focus moves into the card);
   * `openedAt` is when it was asked for (performance.now()), for the card's timing.
   */
  show(ref: MentionRef, by?: OpenedBy, openedAt?: number): void;
  close(restoreFocus: boolean): void;
  /** After the page changed (a re-scan): re-anchors the open card if its mention was replaced. */
  followPage(): void;
  /** The reader changed how cards open: the next hover follows it. */
  setTrigger(trigger: CardTriggerSettings): void;
}

/**
 * The card's interface as card-ui.js leaves it in the page's world (card-ui.ts): the drawing, and
 * what opens, places, follows and closes cards once the first has been asked for (controller.ts,
 * built by `openCards`): the page's own trigger (card-trigger.ts) hands its cards over to it.
 */
export interface CardUi extends CardView {
  openCards(page: CardPage, source: CardSource, trigger: CardTriggerSettings, signal: AbortSignal): CardOpener;
}

/** A click on these is the page's, never a card's. */
export const INTERACTIVE = 'a[href], button, label, summary, [role="button"], [role="link"]';

export function sameRef(a: MentionRef, b: MentionRef): boolean {
  return a.record === b.record && a.index === b.index;
}
