/** Display formats shared by cards and the popup: language names, dates with their precision. */
import type { DocumentDate } from '@/lib/corpus/types';
import type { EntityKind } from '@/lib/entities/types';
import { t, type MessageKey } from '@/lib/i18n';

// The locales come with the translation (an English UI names languages in English), and dates
// are spelled out day-month-year: unambiguous for readers on either side of the Atlantic.
const uiLocale = () => t('uiLocale');
const dateLocale = () => t('dateLocale');

let languageNames: Intl.DisplayNames | null = null;

// ICU canonicalises 'tl' to Filipino; the seed is Tagalog and says so.
const NAME_OVERRIDES: Record<string, string> = { tl: 'Tagalog' };

/** "Tagalog", "Hindi", "Russian"; the code itself when the browser has no name for it. */
export function languageName(code: string): string {
  const override = NAME_OVERRIDES[code];
  if (override) return override;
  try {
    languageNames ??= new Intl.DisplayNames([uiLocale()], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const KIND_KEYS: Record<EntityKind, MessageKey> = {
  country: 'kindCountry',
  organisation: 'kindOrganisation',
  'weapon-system': 'kindWeaponSystem',
  person: 'kindPerson',
  city: 'kindCity',
  place: 'kindPlace',
  other: 'kindOther',
};

export function kindLabel(kind: EntityKind): string {
  return t(KIND_KEYS[kind]);
}

function formatIso(value: string, precision: 'day' | 'month' | 'year'): string {
  const [y, m = '1', d = '1'] = value.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(dateLocale(), options).format(date);
}

/** A date as precise as it is known, and no more: "28 November 2022", "c. 2010–2013", "date unknown". */
export function formatDate(date: DocumentDate): string {
  if (!date.value || date.precision === 'unknown') return t('dateUnknown');
  if (date.precision === 'year-range') {
    const [from, to] = date.value.split('/');
    return t('dateAbout', [`${from ?? ''}–${to ?? ''}`]);
  }
  return formatIso(date.value, date.precision);
}

/** What the date refers to, for its tooltip and citations. */
export function dateNote(date: DocumentDate): string {
  const what =
    date.refersTo === 'event' ? t('dateRefersEvent') : date.refersTo === 'content' ? t('dateRefersContent') : t('dateRefersPublication');
  return `${what}. ${date.inferredFrom}`;
}
