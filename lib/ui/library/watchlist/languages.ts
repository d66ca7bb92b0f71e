/**
 * Languages an alias may be written in: first those whose word forms Backstory knows (the
 * catalogue's suffix sets), then other common ones, then "any language" for designations
 * written the same everywhere (S-300, Su-35).
 */
import type { Catalogue } from '@/lib/entities/types';
import { languageName } from '@/lib/ui/format';

const OTHERS = ['en', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'no', 'da', 'el', 'ro', 'hu', 'bg', 'sr', 'hr', 'sl', 'sk', 'ar', 'fa', 'he', 'ur', 'hi', 'bn', 'zh', 'ja', 'ko', 'id', 'ms', 'tl', 'vi', 'th', 'ka', 'hy', 'mn', 'tg', 'sw', 'am'];

export interface LanguageChoices {
  /** Languages with word forms Backstory generates. */
  inflected: string[];
  others: string[];
}

export function languageChoices(catalogue: Pick<Catalogue, 'suffixSets'>): LanguageChoices {
  const byName = (a: string, b: string) => languageName(a).localeCompare(languageName(b));
  const inflected = [...new Set(Object.values(catalogue.suffixSets).map((s) => s.lang))].sort(byName);
  const others = OTHERS.filter((l) => !inflected.includes(l)).sort(byName);
  return { inflected, others };
}
