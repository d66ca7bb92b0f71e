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

/** The words a description is made of, so that the UI can give them in its own language. */
export interface MentionWords {
  languageName(tag: string): string;
  tier(tier: Tier): string;
  /** The mention as written, and how it was recognised. */
  join(surface: string, how: string): string;
}

/** "Казахстана — Russian, genitive": the language, the grammatical form, else the kind of alias. */
export function describeMentionWith(m: Mention, words: MentionWords): string {
  const parts: string[] = [];
  if (m.language) parts.push(words.languageName(m.language));
  if (m.form) parts.push(m.form);
  if (parts.length === 0 || (m.tier !== 'name' && !m.form)) parts.push(words.tier(m.tier));
  return words.join(m.surface, parts.join(', '));
}

const ENGLISH: MentionWords = { languageName, tier: (tier) => TIER_LABEL[tier], join: (surface, how) => `${surface} — ${how}` };

/** The description in English (the command line, tests). */
export function describeMention(m: Mention): string {
  return describeMentionWith(m, ENGLISH);
}
