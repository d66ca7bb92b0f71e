/**
 * One built-in entity: its aliases, each of which can be switched off (a written form with all
 * its spellings and word forms), and aliases the journalist adds to it.
 */
import { useState } from 'preact/hooks';
import { expandBraces } from '@/lib/entities/compile/expand';
import { displayNameOf } from '@/lib/entities/names';
import type { Catalogue, EntityRecord } from '@/lib/entities/types';
import { t } from '@/lib/i18n';
import { kindLabel, languageName } from '@/lib/ui/format';
import { builtInAliasKey } from '@/lib/watchlist/catalogue';
import type { BuiltInChanges, UserAlias } from '@/lib/watchlist/schema';
import { aliasIssues, type FormIndex } from '@/lib/watchlist/validate';
import { AliasRow, TIER_LABELS } from './AliasRow';
import type { LanguageChoices } from './languages';

export interface BuiltInEntityProps {
  /** The bundled record (not the one with changes applied: switched-off aliases stay listed). */
  record: EntityRecord;
  changes: BuiltInChanges;
  catalogue: Catalogue;
  forms: FormIndex;
  languages: LanguageChoices;
  nameOf: (id: string) => string;
  onChange: (changes: BuiltInChanges) => Promise<void>;
}

const tierText = (tier: string) => (tier in TIER_LABELS ? t(TIER_LABELS[tier as keyof typeof TIER_LABELS]) : t('tierWeak'));

export function BuiltInEntity({ record, changes, catalogue, forms, languages, nameOf, onChange }: BuiltInEntityProps) {
  const [draft, setDraft] = useState<UserAlias>({ text: '', lang: 'en', tier: 'name' });
  const off = new Set(changes.off);
  const issues = aliasIssues(draft, record.id, forms, changes.added);
  const name = displayNameOf(record);
  const toggle = (key: string, on: boolean) =>
    void onChange({ ...changes, off: on ? changes.off.filter((k) => k !== key) : [...changes.off, key] });
  const add = (event: Event) => {
    event.preventDefault();
    if (draft.text.trim() === '' || issues.length > 0) return;
    void onChange({ ...changes, added: [...changes.added, { ...draft, text: draft.text.trim() }] }).then(() => setDraft({ ...draft, text: '' }));
  };
  return (
    <details class="builtin" data-entity={record.id}>
      <summary>
        {name} <span class="hint">({kindLabel(record.kind)})</span>
      </summary>
      <ul class="builtin-aliases">
        {record.aliases.flatMap((group) =>
          group.forms.map((written) => {
            const key = builtInAliasKey(group, written);
            const spellings = expandBraces(written);
            const shown = spellings.slice(0, 3).join(', ') + (spellings.length > 3 ? ` (+${spellings.length - 3})` : '');
            return (
              <li key={key}>
                <label>
                  <input type="checkbox" data-alias={written} data-lang={group.lang} checked={!off.has(key)} onChange={(e) => toggle(key, e.currentTarget.checked)} />{' '}
                  <bdi lang={group.lang}>{shown}</bdi> <span class="hint">— {languageName(group.lang)}, {tierText(group.tier)}</span>
                </label>
              </li>
            );
          }),
        )}
      </ul>
      {changes.added.length > 0 && (
        <ul class="builtin-added" aria-label={t('wlAddedAliases')}>
          {changes.added.map((alias, i) => (
            <li key={`${alias.lang}-${alias.text}`}>
              <bdi lang={alias.lang}>{alias.text}</bdi> <span class="hint">— {languageName(alias.lang)}, {tierText(alias.tier)}</span>{' '}
              <button type="button" onClick={() => void onChange({ ...changes, added: changes.added.filter((_, j) => j !== i) })}>
                {t('wlAliasRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="builtin-add" aria-label={t('wlAddAliasTo', [name])} onSubmit={add}>
        <AliasRow id={`wl-builtin-${record.id}`} alias={draft} issues={draft.text === '' ? [] : issues} catalogue={catalogue} languages={languages}
          nameOf={nameOf} onChange={setDraft} />
        <button type="submit" disabled={draft.text.trim() === '' || issues.length > 0}>{t('wlAddAliasTo', [name])}</button>
      </form>
    </details>
  );
}
