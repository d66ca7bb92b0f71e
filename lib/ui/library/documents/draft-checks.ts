/** What the preview must fix before a draft can be stored: a language, a date of the right form. */
import type { ImportDraft } from '@/lib/corpus/import/draft';
import { normaliseLanguageTag } from '@/lib/corpus/import/language';

const SHAPES = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/, 'year-range': /^\d{4}\/\d{4}$/ };

export interface DraftIssues {
  language: 'unknown' | 'invalid' | null;
  date: boolean;
}

export function draftIssues(draft: ImportDraft): DraftIssues {
  const language = draft.language === null || draft.language.trim() === '' ? 'unknown' : normaliseLanguageTag(draft.language) ? null : 'invalid';
  const date = draft.date.precision !== 'unknown' && !SHAPES[draft.date.precision].test(draft.date.value ?? '');
  return { language, date };
}

export const isReady = (draft: ImportDraft): boolean => {
  const issues = draftIssues(draft);
  return issues.language === null && !issues.date;
};

/** The draft as it will be stored: the language tag in canonical form. */
export function finalDraft(draft: ImportDraft): ImportDraft {
  return { ...draft, language: draft.language ? normaliseLanguageTag(draft.language) : null };
}
