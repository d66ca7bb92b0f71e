/**
 * The language of an imported document as a whole, told by `franc-min` (trigram statistics
 * for about 80 languages) and turned into a BCP 47 tag by the platform's own canonicaliser
 * (CLDR aliases: 'rus' → 'ru', 'cmn' → 'zh'). Each passage's language is then detected by
 * the indexer against it, as for the bundled corpus. null means "ask the user".
 */
import { franc } from 'franc-min';

/** Enough text to decide, little enough to stay fast on a long document. */
const SAMPLE_CHARS = 6000;
/** Fewer letters than this say nothing about a language. */
const MIN_LETTERS = 20;

/** BCP 47 tag of an ISO 639-3 code, or null when the platform does not know it. */
export function bcp47Of(iso6393: string): string | null {
  if (iso6393 === 'und') return null;
  try {
    return Intl.getCanonicalLocales(iso6393)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The document's language, or null when the text is too short or too mixed to tell. `hint` (a
 * page's `lang`, a batch's field) is used when the text alone cannot decide.
 */
export function detectDocumentLanguage(text: string, hint?: string | null): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  // franc's minimum counts characters, digits and punctuation included: a table of figures
  // with a few designations would get a language from a handful of letters.
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const detected = letters >= MIN_LETTERS ? bcp47Of(franc(sample, { minLength: 20 })) : null;
  if (detected) return detected;
  return hint ? normaliseLanguageTag(hint) : null;
}

/** A user- or page-supplied tag in canonical form ('EN-gb' → 'en-GB'), or null if it is not one. */
export function normaliseLanguageTag(tag: string): string | null {
  const trimmed = tag.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'und') return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}
