/** Reads the `_locales` catalogues for the locale tests. */
import { readdirSync, readFileSync } from 'node:fs';

export interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, Entry>;

const ROOT = 'lib/public/_locales';

export const localeFolders = (): string[] => readdirSync(ROOT).sort();

export const readCatalogue = (folder: string): Catalogue =>
  JSON.parse(readFileSync(`${ROOT}/${folder}/messages.json`, 'utf8')) as Catalogue;

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `cardFound` for `cardFound_few`; null for a key that is not a plural form. */
export const pluralBase = (key: string): string | null => (PLURAL.test(key) ? key.replace(PLURAL, '') : null);

/** The named placeholders a message uses (`$NAME$`), lower-cased and sorted. */
export const namedPlaceholders = (message: string): string[] =>
  [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();

/** Positional substitutions used directly in a message (`$1`), outside `$NAME$` markers. */
export const positionalPlaceholders = (message: string): string[] =>
  [...message.replace(/\$[A-Za-z0-9_]+\$/g, '').matchAll(/\$(\d)/g)].map((m) => m[1] ?? '').sort();
