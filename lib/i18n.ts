/**
 * Every UI string goes through `browser.i18n` (`lib/public/_locales/<lang>/messages.json`).
 * The key type comes from the English catalogue, so a typo in a key is a compile error.
 */
import { browser } from 'wxt/browser';
import type english from '@/lib/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // getMessage returns '' for unknown keys; showing the key beats showing nothing.
  return (browser.i18n.getMessage as (k: string, s?: string | string[]) => string)(key, substitutions) || key;
}

/** Message keys for each plural category a count may take; `other` is always there. */
export type PluralForms = { other: MessageKey } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, MessageKey>>;

/** The plural category of `count` in the UI language (chrome.i18n itself has no plurals). */
export function pluralCategory(count: number, locale: string = t('uiLocale')): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(count);
}

/**
 * A message about `count` things: the key for the count's plural category (falling back to
 * `other`), with the count, formatted for the UI language, as the first substitution.
 */
export function tPlural(count: number, forms: PluralForms, rest: string[] = [], locale: string = t('uiLocale')): string {
  const key = forms[pluralCategory(count, locale)] ?? forms.other;
  return t(key, [new Intl.NumberFormat(locale).format(count), ...rest]);
}
