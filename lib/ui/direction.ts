/**
 * The language and writing direction of Backstory's own interface, from the catalogue the
 * browser chose (`uiLocale`). Not `@@bidi_dir`: Chromium answers that from its own UI language,
 * which can differ from the catalogue it picks (an Arabic catalogue on a browser without Arabic
 * resources still says "ltr"), and text and direction must come from the same place. The card
 * sets it on its root so that a right-to-left page does not turn an English card around; page
 * and corpus text inside sets its own (`dir="auto"`, `<bdi>`).
 */
import { t } from '@/lib/i18n';

// Languages written right to left (their default script).
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    return RIGHT_TO_LEFT.has(new Intl.Locale(locale).language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

export function uiDirection(): 'ltr' | 'rtl' {
  return directionOf(t('uiLocale'));
}

/** Marks an extension page as written in the UI language, in its direction. */
export function applyUiLanguage(doc: Document): void {
  doc.documentElement.lang = t('uiLocale');
  doc.documentElement.dir = uiDirection();
}
