/**
 * How the card says a mention was recognised: "Казахстана — Russian, genitive". The language
 * is named in the UI's language and the tier through `_locales`; the grammatical label is the
 * catalogue's own (data, like the aliases it describes).
 */
import type { Mention, Tier } from '@/lib/entities/types';
import { t, type MessageKey } from '@/lib/i18n';
import { languageName } from './format';

const TIER_KEYS: Record<Tier, MessageKey> = {
  name: 'tierName',
  abbreviation: 'tierAbbreviation',
  adjective: 'tierAdjective',
  weak: 'tierWeak',
};

export function describeRecognition(m: Mention): string {
  const parts: string[] = [];
  if (m.language) parts.push(languageName(m.language));
  if (m.form) parts.push(m.form);
  if (parts.length === 0 || (m.tier !== 'name' && !m.form)) parts.push(t(TIER_KEYS[m.tier]));
  return t('recognition', [m.surface, parts.join(', ')]);
}
