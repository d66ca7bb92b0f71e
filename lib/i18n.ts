/**
 * Every UI string goes through `browser.i18n` (`lib/public/_locales/<lang>/messages.json`).
 * The key type comes from the English catalogue, so a typo in a key is a compile error.
 */
import { browser } from 'wxt/browser';
import type english from '@/lib/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/**
 * A message about a count: `<base>_other` is in the English catalogue, and each locale's
 * catalogue holds `<base>_<category>` for exactly the plural categories its language has
 * (ru: one, few, many, other; ar: zero, one, two, few, many, other; zh: other).
 */
export type PluralBase = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

type GetMessage = (key: string, substitutions?: string | string[]) => string;
const getMessage: GetMessage = (key, substitutions) => (browser.i18n.getMessage as GetMessage)(key, substitutions);

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // getMessage returns '' for unknown keys; showing the key beats showing nothing.
  return getMessage(key, substitutions) || key;
}

/** The plural category of `count` in the UI language (chrome.i18n itself has no plurals). */
export function pluralCategory(count: number, locale: string = t('uiLocale')): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(count);
}

/**
 * A message about `count` things, with the count, formatted for the UI language, as the first
 * substitution: `<base>_<category>` for the count's category in the UI language, else
 * `<base>_other`.
 *
 * Why this is safe with the browser's fallback to English for a key the UI locale lacks: the
 * category comes from the rules of the catalogue's own `uiLocale`, each catalogue carries exactly
 * its language's categories (a unit test holds them to CLDR), and English only has `one` and
 * `other`; so a Russian UI finds its `_few` in Russian, and an English UI never asks for `_few`
 * (nor would it find one: the lookup then falls through to `_other`).
 */
/** A count as the UI language writes it ("1,234", "1 234", "١٬٢٣٤"). */
export function formatCount(count: number, locale: string = t('uiLocale')): string {
  return new Intl.NumberFormat(locale).format(count);
}

export function tPlural(base: PluralBase, count: number, rest: string[] = [], locale: string = t('uiLocale')): string {
  const substitutions = [formatCount(count, locale), ...rest];
  const category = pluralCategory(count, locale);
  const specific = category === 'other' ? '' : getMessage(`${base}_${category}`, substitutions);
  return specific || t(`${base}_other`, substitutions);
}
