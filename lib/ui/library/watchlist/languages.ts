/**
 * Languages an alias may be written in: first those whose word forms Backstory generates (the
 * word-form model, lib/entities/forms/), then other common ones, whose aliases match as
 * written; "any language" (und) is offered beside them for designations (S-300, Su-35).
 */
import { modelsLanguage } from '@/lib/entities/forms';
import { languageName } from '@/lib/ui/format';

const CANDIDATES = [
  'en', 'ru', 'uk', 'be', 'kk', 'ky', 'uz', 'tr', 'az', 'de', 'sv', 'da', 'nb', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'cs', 'sk',
  'sl', 'hr', 'sr', 'bg', 'ro', 'hu', 'fi', 'et', 'lv', 'lt', 'el', 'ka', 'hy', 'mn', 'tg', 'fa', 'ar', 'he', 'ur', 'hi', 'bn',
  'zh', 'ja', 'ko', 'id', 'ms', 'tl', 'vi', 'th', 'sw', 'am',
];

export interface LanguageChoices {
  /** Languages with word forms Backstory generates. */
  inflected: string[];
  others: string[];
}

export function languageChoices(): LanguageChoices {
  const byName = (a: string, b: string) => languageName(a).localeCompare(languageName(b));
  return {
    inflected: CANDIDATES.filter((l) => modelsLanguage(l)).sort(byName),
    others: CANDIDATES.filter((l) => !modelsLanguage(l)).sort(byName),
  };
}
