/**
 * One document of the preview: its file, and the fields the user may correct before it is
 * stored (title, language, date and its precision, source, URL), each labelled, with the
 * problem next to a field that must be fixed.
 */
import type { ImportDraft } from '@/lib/corpus/import/draft';
import type { DatePrecision } from '@/lib/corpus/types';
import { t } from '@/lib/i18n';
import { languageName } from '@/lib/ui/format';
import { draftIssues } from './draft-checks';
import { DATE_SHAPES, PRECISIONS } from './messages';

export interface DraftEditorProps {
  index: number;
  draft: ImportDraft;
  onChange(draft: ImportDraft): void;
  onRemove(): void;
}

export function DraftEditor({ index, draft, onChange, onRemove }: DraftEditorProps) {
  const id = (field: string) => `draft-${index}-${field}`;
  const issues = draftIssues(draft);
  const set = (patch: Partial<ImportDraft>) => onChange({ ...draft, ...patch });
  const text = (field: 'title' | 'source' | 'url', label: string) => (
    <div class="field">
      <label for={id(field)}>{label}</label>
      <input id={id(field)} type="text" value={draft[field]} onInput={(e) => set({ [field]: e.currentTarget.value })} />
    </div>
  );
  const languageProblem = issues.language === 'unknown' ? t('docLanguageUnknown') : issues.language === 'invalid' ? t('docLanguageInvalid') : null;
  return (
    <fieldset class="draft" data-file={draft.file}>
      <legend>
        <bdi>{draft.file}</bdi>
      </legend>
      {text('title', t('docColTitle'))}
      <div class="field narrow">
        <label for={id('language')}>{t('docColLanguage')}</label>
        <input
          id={id('language')}
          value={draft.language ?? ''}
          size={8}
          aria-invalid={languageProblem !== null}
          aria-describedby={id('language-note')}
          onInput={(e) => set({ language: e.currentTarget.value })}
        />
        <span id={id('language-note')} class={languageProblem ? 'note error' : 'note'}>
          {languageProblem ?? (draft.language ? languageName(draft.language) : '')}
        </span>
      </div>
      <div class="field narrow">
        <label for={id('date')}>{t('docColDate')}</label>
        <input
          id={id('date')}
          value={draft.date.value ?? ''}
          size={11}
          disabled={draft.date.precision === 'unknown'}
          aria-invalid={issues.date}
          aria-describedby={id('date-note')}
          onInput={(e) => set({ date: { ...draft.date, value: e.currentTarget.value.trim() || null, inferredFrom: 'user' } })}
        />
        <span id={id('date-note')} class={issues.date ? 'note error' : 'note'}>
          {issues.date ? t('docDateInvalid', [DATE_SHAPES[draft.date.precision]]) : ''}
        </span>
      </div>
      <div class="field narrow">
        <label for={id('precision')}>{t('docColPrecision')}</label>
        <select
          id={id('precision')}
          value={draft.date.precision}
          onChange={(e) => {
            const precision = e.currentTarget.value as DatePrecision;
            set({ date: { value: precision === 'unknown' ? null : draft.date.value, precision, inferredFrom: 'user' } });
          }}
        >
          {PRECISIONS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      {text('source', t('docColSource'))}
      {text('url', t('docColUrl'))}
      <button type="button" class="leave-out" onClick={onRemove}>
        {t('docLeaveOut')}
      </button>
    </fieldset>
  );
}
