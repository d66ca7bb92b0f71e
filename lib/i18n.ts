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
