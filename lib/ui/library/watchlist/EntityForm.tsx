/**
 * Adds or edits one of the journalist's entities: name, kind, a one-line description and its
 * aliases. Saving is refused while an alias has an issue (each says which); Enter in a field
 * saves, as in any form.
 */
import { useState } from 'preact/hooks';
import type { Catalogue, EntityId } from '@/lib/entities/types';
import { t, type MessageKey } from '@/lib/i18n';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, USER_KINDS, userEntityId, type UserAlias, type UserEntity, type UserKind } from '@/lib/watchlist/schema';
import { aliasIssues, type FormIndex } from '@/lib/watchlist/validate';
import { AliasRow } from './AliasRow';
import type { LanguageChoices } from './languages';

const KIND_LABELS: Record<UserKind, MessageKey> = {
  person: 'kindPerson', organisation: 'kindOrganisation', place: 'kindPlace', 'weapon-system': 'kindWeaponSystem', other: 'kindOther',
};

export interface EntityFormProps {
  /** The entity edited, or null for a new one. */
  entity: UserEntity | null;
  taken: ReadonlySet<EntityId>;
  catalogue: Catalogue;
  forms: FormIndex;
  languages: LanguageChoices;
  nameOf: (id: string) => string;
  onSave: (entity: UserEntity) => Promise<void>;
  onCancel: () => void;
}

const blankAlias = (): UserAlias => ({ text: '', lang: 'en', tier: 'name' });

export function EntityForm({ entity, taken, catalogue, forms, languages, nameOf, onSave, onCancel }: EntityFormProps) {
  const [name, setName] = useState(entity?.name ?? '');
  const [kind, setKind] = useState<UserKind>(entity?.kind ?? 'person');
  const [description, setDescription] = useState(entity?.description ?? '');
  const [aliases, setAliases] = useState<UserAlias[]>(entity?.aliases.length ? entity.aliases : [blankAlias()]);
  const [tried, setTried] = useState(false);
  const owner = entity?.id ?? '';
  const issues = aliases.map((a, i) => aliasIssues(a, owner, forms, aliases.slice(0, i)));
  const nameMissing = name.trim() === '';
  const blocked = nameMissing || issues.some((list) => list.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (blocked) return;
    await onSave({
      id: entity?.id ?? userEntityId(name, taken),
      name: name.trim(),
      kind,
      description: description.trim(),
      aliases: aliases.map((a) => ({ ...a, text: a.text.trim() })),
    });
  };
  const title = entity ? t('wlEditTitle', [entity.name]) : t('wlAddTitle');
  return (
    <form class="entity-form" aria-label={title} onSubmit={(e) => void submit(e)}>
      <h3>{title}</h3>
      <label class="field">
        <span>{t('wlName')}</span>
        <input id="wl-name" type="text" value={name} maxLength={MAX_NAME_LENGTH} required aria-invalid={tried && nameMissing}
          onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('wlKind')}</span>
        <select id="wl-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as UserKind)}>
          {USER_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABELS[k])}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('wlDescription')}</span>
        <input id="wl-description" type="text" value={description} maxLength={MAX_DESCRIPTION_LENGTH} onInput={(e) => setDescription(e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{t('wlAliases')}</legend>
        <p class="hint">{t('wlAliasesHint')}</p>
        {aliases.map((alias, i) => (
          <AliasRow key={i} id={`wl-alias-${i}`} alias={alias} issues={issues[i] ?? []} catalogue={catalogue} languages={languages} nameOf={nameOf}
            onChange={(next) => setAliases(aliases.map((a, j) => (j === i ? next : a)))}
            {...(aliases.length > 1 ? { onRemove: () => setAliases(aliases.filter((_, j) => j !== i)) } : {})} />
        ))}
        <button type="button" id="wl-add-alias" onClick={() => setAliases([...aliases, blankAlias()])}>{t('wlAddAlias')}</button>
      </fieldset>
      {tried && blocked && <p class="issue" role="alert">{nameMissing ? t('wlNameMissing') : t('wlFixAliases')}</p>}
      <div class="actions">
        <button type="submit" id="wl-save">{t('wlSave')}</button>
        <button type="button" onClick={onCancel}>{t('wlCancel')}</button>
      </div>
    </form>
  );
}
