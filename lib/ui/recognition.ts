/**
 * How the card says a mention was recognised: "Казахстана — Russian, genitive". The language
 * is named in the UI's language and the tier through `_locales`; the grammatical label is the
 * catalogue's own (data, like the aliases it describes).
 */
import { describeMentionWith } from '@/lib/entities/describe';
import type { Mention, Tier } from '@/lib/entities/types';
import { t, type MessageKey } from '@/lib/i18n';
import { languageName } from './format';

const TIER_KEYS: Record<Tier, MessageKey> = {
  name: 'tierName',
  abbreviation: 'tierAbbreviation',
  adjective: 'tierAdjective',
  weak: 'tierWeak',
};

/** The mention as written on the page and how it was recognised, apart: the card isolates the first. */
export interface Recognition {
  surface: string;
  how: string;
}

export function recognitionOf(m: Mention): Recognition {
  let how = '';
  describeMentionWith(m, { languageName, tier: (tier) => t(TIER_KEYS[tier]), join: (_, h) => (how = h) });
  return { surface: m.surface, how };
}

// A private-use character stands for the surface in the translated template, to split it there.
const SURFACE_MARK = '\uE000';

/** The translated line around the surface: "", " — Russian, genitive" for "$SURFACE$ — $HOW$". */
export function recognitionAround(how: string): [before: string, after: string] {
  const line = t('recognition', [SURFACE_MARK, how]);
  const at = line.indexOf(SURFACE_MARK);
  return at < 0 ? [`${line} `, ''] : [line.slice(0, at), line.slice(at + SURFACE_MARK.length)];
}

/** The whole line as plain text: "Казахстана — Russian, genitive". */
export function describeRecognition(m: Mention): string {
  const { surface, how } = recognitionOf(m);
  const [before, after] = recognitionAround(how);
  return `${before}${surface}${after}`;
}
