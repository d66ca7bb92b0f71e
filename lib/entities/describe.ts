/** Human-readable explanation of a mention, for tooltips: "Казахстана — Russian, genitive". */
import type { Mention, Tier } from './types';

const TIER_LABEL: Readonly<Record<Tier, string>> = {
  name: 'name',
  abbreviation: 'abbreviation',
  adjective: 'adjective',
  weak: 'loose name, confirmed by context',
};

let displayNames: Intl.DisplayNames | null | undefined;

/** English name of a BCP 47 language tag ("ru" → "Russian"); the tag itself when unknown. */
export function languageName(tag: string): string {
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      displayNames = null;
    }
  }
  try {
    return displayNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function describeMention(m: Mention): string {
  const parts: string[] = [];
  if (m.language) parts.push(languageName(m.language));
  if (m.form) parts.push(m.form);
  if (parts.length === 0 || (m.tier !== 'name' && !m.form)) parts.push(TIER_LABEL[m.tier]);
  return `${m.surface} — ${parts.join(', ')}`;
}
