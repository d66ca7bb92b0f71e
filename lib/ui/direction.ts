/**
 * The writing direction of Backstory's own interface, from the UI locale (`@@bidi_dir`, which
 * every browser's i18n answers). The card sets it on its root so that a right-to-left page does
 * not turn the English card around; page and corpus text inside sets its own (`dir="auto"`,
 * `<bdi>`).
 */
import { browser } from 'wxt/browser';

export function uiDirection(): 'ltr' | 'rtl' {
  const dir = (browser.i18n.getMessage as (key: string) => string)('@@bidi_dir');
  return dir === 'rtl' ? 'rtl' : 'ltr';
}
