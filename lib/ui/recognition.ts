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

export function describeRecognition(m: Mention): string {
  return describeMentionWith(m, { languageName, tier: (tier) => t(TIER_KEYS[tier]), join: (surface, how) => t('recognition', [surface, how]) });
}
