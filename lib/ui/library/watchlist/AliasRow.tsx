/**
 * One alias being written: its text, language and tier, the forms it will match (through the
 * compiler's own expansion), what is wrong with it, and how many passages of the library it
 * would hit (counted by the background, a moment after typing stops).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Catalogue } from '@/lib/entities/types';
import { t, type MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messages/send';
import { languageName } from '@/lib/ui/format';
import { isCommon, type AliasHits } from '@/lib/watchlist/alias-hits';
import { USER_TIERS, type UserAlias, type UserTier } from '@/lib/watchlist/schema';
import { previewForms, type AliasIssue } from '@/lib/watchlist/validate';
import { aliasIssueText, passagesOf } from './issues';
import type { LanguageChoices } from './languages';

export const TIER_LABELS: Record<UserTier, MessageKey> = { name: 'wlTierName', abbreviation: 'wlTierAbbreviation', adjective: 'wlTierAdjective' };
const PREVIEW_MAX = 12;
const HITS_DELAY_MS = 400;

function useAliasHits(alias: UserAlias, enabled: boolean): AliasHits | null {
  const [hits, setHits] = useState<AliasHits | null>(null);
  useEffect(() => {
    setHits(null);
    if (!enabled) return;
    let live = true;
    const timer = setTimeout(() => {
      void sendToBackground('aliasHits', { alias }).then((reply) => live && reply.ok && setHits(reply.value));
    }, HITS_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [alias.text, alias.lang, alias.tier, enabled]);
  return hits;
}

export interface AliasRowProps {
  alias: UserAlias;
  /** Unique within the page: ids of the fields and their messages. */
  id: string;
  issues: readonly AliasIssue[];
  catalogue: Catalogue;
  languages: LanguageChoices;
  nameOf: (id: string) => string;
  onChange: (alias: UserAlias) => void;
  onRemove?: () => void;
}

export function AliasRow({ alias, id, issues, catalogue, languages, nameOf, onChange, onRemove }: AliasRowProps) {
  const forms = previewForms(alias, catalogue);
  const hits = useAliasHits(alias, alias.text.trim().length > 1 && issues.length === 0);
  const option = (lang: string) => <option key={lang} value={lang}>{languageName(lang)}</option>;
  const described = `${id}-preview ${id}-issues`;
  return (
    <div class="alias-row" role="group" aria-label={t('wlAliasGroup', [alias.text || '…'])}>
      <div class="alias-fields">
        <label>
          <span>{t('wlAliasText')}</span>
          <input id={`${id}-text`} class="alias-text" type="text" value={alias.text} aria-invalid={issues.length > 0} aria-describedby={described}
            onInput={(e) => onChange({ ...alias, text: e.currentTarget.value })} />
        </label>
        <label>
          <span>{t('wlAliasLanguage')}</span>
          <select class="alias-lang" value={alias.lang} onChange={(e) => onChange({ ...alias, lang: e.currentTarget.value })}>
            <optgroup label={t('wlLangInflected')}>{languages.inflected.map(option)}</optgroup>
            <optgroup label={t('wlLangOther')}>{languages.others.map(option)}</optgroup>
            <option value="und">{t('wlLangAny')}</option>
            {![...languages.inflected, ...languages.others, 'und'].includes(alias.lang) && option(alias.lang)}
          </select>
        </label>
        <label>
          <span>{t('wlAliasTier')}</span>
          <select class="alias-tier" value={alias.tier} onChange={(e) => onChange({ ...alias, tier: e.currentTarget.value as UserTier })}>
            {USER_TIERS.map((tier) => <option key={tier} value={tier}>{t(TIER_LABELS[tier])}</option>)}
          </select>
        </label>
        {onRemove && <button type="button" class="alias-remove" onClick={onRemove}>{t('wlAliasRemove')}</button>}
      </div>
      <p id={`${id}-preview`} class="alias-preview hint">
        {forms.length > 0 && t('wlPreview', [forms.slice(0, PREVIEW_MAX).map((f) => f.text).join(', ') + (forms.length > PREVIEW_MAX ? ' …' : '')])}
      </p>
      <ul id={`${id}-issues`} class="alias-issues">
        {issues.map((issue) => <li key={issue.code} class="issue">{aliasIssueText(issue, nameOf)}</li>)}
        {hits && isCommon(hits) && <li class="issue warning">{t('wlCommon', [passagesOf(hits.passages, hits.total)])}</li>}
        {hits && !isCommon(hits) && <li class="hint">{t('wlHits', [passagesOf(hits.passages, hits.total)])}</li>}
      </ul>
    </div>
  );
}
