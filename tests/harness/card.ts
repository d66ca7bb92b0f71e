/** Reads the open card from inside Backstory's shadow root. */
import type { BrowserPage } from './page';

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

export function readCard(page: BrowserPage): Promise<CardSnapshot | null> {
  return page.evaluate(() => {
    const host = document.querySelector('backstory-card');
    const root = host?.shadowRoot;
    const box = root?.querySelector<HTMLElement>('.floating');
    const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
    if (!host || !root || !box || box.hidden || !dialog) return null;
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
  });
}

/** Waits until a card with passages (or an error) is shown, and returns it. */
export async function waitForCard(page: BrowserPage): Promise<CardSnapshot> {
  await page.waitFor(() => {
    const root = document.querySelector('backstory-card')?.shadowRoot;
    const box = root?.querySelector<HTMLElement>('.floating');
    return !!box && !box.hidden && !!root?.querySelector('.passage, .status.error, .status');
  });
  await page.waitFor(() => !document.querySelector('backstory-card')?.shadowRoot?.textContent?.includes('Looking up'));
  const card = await readCard(page);
  if (!card) throw new Error('the card closed before it could be read');
  return card;
}

export function cardIsClosed(page: BrowserPage): Promise<boolean> {
  return page.waitFor(() => {
    const box = document.querySelector('backstory-card')?.shadowRoot?.querySelector<HTMLElement>('.floating');
    return !box || box.hidden === true;
  });
}
