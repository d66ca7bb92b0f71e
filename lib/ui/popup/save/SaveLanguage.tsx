/**
 * The saved article's language, as a list to change it (or, when Backstory could not tell it,
 * to choose it): the languages the reader is likely to save, by name, and the detected one if
 * it is not among them.
 */
import { t } from '@/lib/i18n';
import { byLanguageName, COMMON_LANGUAGES } from '@/lib/ui/common-languages';
import { languageName } from '@/lib/ui/format';

export interface SaveLanguageProps {
  /** The article's language, or null while none is chosen. */
  language: string | null;
  /** What happened to the last change (being stored again, stored). */
  note: string;
  onChoose(language: string): void;
}

export function SaveLanguage({ language, note, onChoose }: SaveLanguageProps) {
  const codes = byLanguageName(language && !COMMON_LANGUAGES.includes(language) ? [...COMMON_LANGUAGES, language] : COMMON_LANGUAGES);
  return (
    <p class="save-language">
      <label for="save-language">{t('saveLanguageLabel')}</label>{' '}
      <select
        id="save-language"
        data-control="save-language"
        value={language ?? ''}
        onChange={(e) => {
          const chosen = e.currentTarget.value;
          if (chosen) onChoose(chosen);
        }}
      >
        {language === null && <option value="">{t('saveLanguageChoose')}</option>}
        {codes.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </select>{' '}
      <span id="save-language-note" role="status">
        {note}
      </span>
    </p>
  );
}
