/**
 * Languages offered where the reader picks one from a list (an alias's language, a saved
 * article's): those of the region Backstory is for, its neighbours, and the world's most
 * written. Any other BCP 47 tag can still be typed where a field allows it.
 */
import { languageName } from './format';

export const COMMON_LANGUAGES: readonly string[] = [
  'en', 'ru', 'uk', 'be', 'kk', 'ky', 'uz', 'tr', 'az', 'de', 'sv', 'da', 'nb', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'cs', 'sk',
  'sl', 'hr', 'sr', 'bg', 'ro', 'hu', 'fi', 'et', 'lv', 'lt', 'el', 'ka', 'hy', 'mn', 'tg', 'fa', 'ar', 'he', 'ur', 'hi', 'bn',
  'zh', 'ja', 'ko', 'id', 'ms', 'tl', 'vi', 'th', 'sw', 'am',
];

/** `codes` sorted by their names in the interface language. */
export function byLanguageName(codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => languageName(a).localeCompare(languageName(b)));
}
