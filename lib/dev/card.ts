/**
 * Reads the open card from inside Backstory's shadow root. The root is closed (the page must not
 * read the card), so it is reached the way developer tools reach it (closed-shadow.ts).
 */
import type { BrowserPage } from './page';
import { evaluateInShadow, waitInShadow, type ShadowFunction } from './closed-shadow';

export interface CardSnapshot {
  visible: boolean;
  role: string | null;
  /** The dialog's accessible name (the text of the element its aria-labelledby points to). */
  name: string;
  passageTitles: string[];
  passageLanguages: string[];
  text: string;
  /** Whether keyboard focus is inside the card. */
  focused: boolean;
}

export const CARD_HOST = 'backstory-card';

/** Runs `fn` with the card's shadow root (null when there is no card host yet). */
export function evaluateInCard<A, R>(page: BrowserPage, fn: ShadowFunction<A, R>, arg: A): Promise<R | null> {
  return evaluateInShadow(page, CARD_HOST, fn, arg);
}

function snapshot(root: ShadowRoot): CardSnapshot | null {
  const host = root.host;
  const box = root.querySelector<HTMLElement>('.floating');
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
  if (!box || box.hidden || !dialog) return null;
  const labelId = dialog.getAttribute('aria-labelledby');
  return {
    visible: !box.hidden,
    role: dialog.getAttribute('role'),
    name: (labelId && root.getElementById(labelId)?.textContent) || '',
    passageTitles: [...root.querySelectorAll('.passage .title')].map((e) => e.firstChild?.textContent ?? ''),
    passageLanguages: [...root.querySelectorAll<HTMLElement>('.passage')].map((e) => e.lang),
    text: dialog.textContent ?? '',
    focused: document.activeElement === host && root.activeElement !== null,
  };
}

export function readCard(page: BrowserPage): Promise<CardSnapshot | null> {
  return evaluateInCard(page, snapshot, null);
}

/** Waits until a card with passages (or an error) is shown, and returns it. */
export async function waitForCard(page: BrowserPage): Promise<CardSnapshot> {
  await waitInShadow(page, CARD_HOST, (root) => {
    const box = root.querySelector<HTMLElement>('.floating');
    return !!box && !box.hidden && !!root.querySelector('.passage, .status.error, .status');
  }, null);
  await waitInShadow(page, CARD_HOST, (root) => !root.textContent?.includes('Looking up'), null);
  const card = await readCard(page);
  if (!card) throw new Error('the card closed before it could be read');
  return card;
}

export async function cardIsClosed(page: BrowserPage): Promise<boolean> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const hostThere = await page.evaluate((tag) => !!document.querySelector(tag), CARD_HOST);
    const closed = !hostThere || (await evaluateInCard(page, (root) => {
      const box = root.querySelector<HTMLElement>('.floating');
      return !box || box.hidden === true;
    }, null));
    if (closed) return true;
    if (Date.now() > deadline) throw new Error('the card did not close');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
