/**
 * WXT's fake browser has no `i18n.getMessage`. This one reads the real catalogues and
 * substitutes placeholders as browsers do, so UI tests see the strings users see. English by
 * default; `setTestUiLocale('ru')` switches to another catalogue with the browsers' fallback to
 * the default locale (en) for a key the UI locale lacks.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../lib/public/_locales/en/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Entry>;

const english = messages as Catalogue;
let current: { folder: string; catalogue: Catalogue } = { folder: 'en', catalogue: english };

/** `folder` is the `_locales` folder name (`ru`, `zh_CN`). */
export function setTestUiLocale(folder: string): void {
  const catalogue =
    folder === 'en' ? english : (JSON.parse(readFileSync(`lib/public/_locales/${folder}/messages.json`, 'utf8')) as Catalogue);
  current = { folder, catalogue };
}

export function getMessage(key: string, substitutions?: string | string[]): string {
  if (key === '@@bidi_dir') return ['ar', 'he', 'fa', 'ur'].includes(current.folder.split('_')[0] ?? '') ? 'rtl' : 'ltr';
  const entry = current.catalogue[key] ?? english[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : '';
  });
}

(fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
// The UI language of the current catalogue (plural rules and number formats follow it).
(fakeBrowser.i18n as unknown as { getUILanguage(): string }).getUILanguage = () => current.folder.replace('_', '-');
