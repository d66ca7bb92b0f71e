/**
 * WXT's fake browser has no `i18n.getMessage`. This one reads the real English catalogue and
 * substitutes placeholders as browsers do, so UI tests see the strings users see.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../lib/public/_locales/en/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : '';
  });
}

(fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
// The UI language of the English catalogue (plural rules and number formats follow it).
(fakeBrowser.i18n as unknown as { getUILanguage(): string }).getUILanguage = () => 'en';
