/**
 * Languages an alias may be written in: first those whose word forms Backstory generates (the
 * word-form model, lib/entities/forms/), then other common ones, whose aliases match as
 * written; "any language" (und) is offered beside them for designations (S-300, Su-35).
 */
import { modelsLanguage } from '@/lib/entities/forms';
import { byLanguageName, COMMON_LANGUAGES } from '@/lib/ui/common-languages';

export interface LanguageChoices {
  /** Languages with word forms Backstory generates. */
  inflected: string[];
  others: string[];
}

export function languageChoices(): LanguageChoices {
  return {
    inflected: byLanguageName(COMMON_LANGUAGES.filter((l) => modelsLanguage(l))),
    others: byLanguageName(COMMON_LANGUAGES.filter((l) => !modelsLanguage(l))),
  };
}
