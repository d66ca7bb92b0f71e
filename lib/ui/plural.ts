/**
 * Counted strings: picks the message for a count by the UI language's plural rules
 * (Intl.PluralRules), so "1 mention" and "12 mentions" — and, in a translation, the few/many
 * forms of Slavic languages — come out right. Each form is its own catalogue key, named in the
 * code, so the i18n meta-test sees every one of them.
 */
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/lib/i18n';

export type PluralKeys = Partial<Record<Intl.LDMLPluralRule, MessageKey>> & { other: MessageKey };

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** The message for `count` (formatted for the UI language, passed as the first substitution). */
export function tCount(count: number, keys: PluralKeys, more: string[] = [], lang = uiLanguage()): string {
  const category = new Intl.PluralRules(lang).select(count);
  const key = keys[category] ?? keys.other;
  return t(key, [new Intl.NumberFormat(lang).format(count), ...more]);
}
