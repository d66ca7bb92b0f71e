/**
 * Watchlist: the entities Backstory looks for on pages, built-in and the journalist's own. Add,
 * edit and delete your entities; add aliases to a built-in entity or switch one of its aliases
 * off; share the list; try it on any text. Every change is saved at once: the background
 * recompiles the matcher, open pages rescan and the library is re-tagged.
 */
import { useMemo, useState } from 'preact/hooks';
import { getCatalogue } from '@/lib/entities/index';
import { entityNames, nameLookup } from '@/lib/entities/names';
import { t } from '@/lib/i18n';
import { kindLabel } from '@/lib/ui/format';
import type { UserEntity } from '@/lib/watchlist/schema';
import { BuiltInEntity } from './watchlist/BuiltInEntity';
import { EntityForm } from './watchlist/EntityForm';
import { languageChoices } from './watchlist/languages';
import { ShareBox } from './watchlist/ShareBox';
import { TryIt } from './watchlist/TryIt';
import { useWatchlist } from './watchlist/use-watchlist';
import './watchlist/watchlist.css';

type Editing = { entity: UserEntity | null } | null;

export function WatchlistPanel() {
  const state = useWatchlist();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const languages = useMemo(() => languageChoices(), []);
  if (!state) return <h2>{t('libTabWatchlist')}</h2>;
  const { watchlist, catalogue, forms, save } = state;
  const nameOf = nameLookup(entityNames(catalogue));

  const saveEntity = async (entity: UserEntity) => {
    await save((w) => ({ ...w, entities: w.entities.some((e) => e.id === entity.id) ? w.entities.map((e) => (e.id === entity.id ? entity : e)) : [...w.entities, entity] }));
    setEditing(null);
    setStatus(t('wlSaved', [entity.name]));
  };
  const remove = async (entity: UserEntity) => {
    setConfirming(null);
    await save((w) => ({ ...w, entities: w.entities.filter((e) => e.id !== entity.id) }));
    setStatus(t('wlDeleted', [entity.name]));
  };

  return (
    <div class="watchlist">
      <h2>{t('libTabWatchlist')}</h2>
      <p class="hint">{t('libWatchlistIntro')}</p>
      <p role="status" id="wl-status">{status}</p>

      <section aria-labelledby="wl-yours-title">
        <h3 id="wl-yours-title">{t('wlYours')}</h3>
        {watchlist.entities.length === 0 && <p class="hint">{t('wlNoneYet')}</p>}
        <ul class="your-entities">
          {watchlist.entities.map((entity) => (
            <li key={entity.id} data-entity={entity.id}>
              <strong>{entity.name}</strong> <span class="hint">({kindLabel(entity.kind)})</span>
              {entity.description && <span class="description"> — {entity.description}</span>}
              <span class="aliases hint"> · {entity.aliases.map((a) => a.text).join(', ')}</span>{' '}
              <button type="button" class="wl-edit" onClick={() => setEditing({ entity })}>{t('wlEdit', [entity.name])}</button>{' '}
              {confirming === entity.id ? (
                <>
                  <button type="button" class="wl-delete-confirm" onClick={() => void remove(entity)}>{t('wlDeleteConfirm', [entity.name])}</button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>{t('wlCancel')}</button>
                </>
              ) : (
                <button type="button" class="wl-delete" onClick={() => setConfirming(entity.id)}>{t('wlDelete', [entity.name])}</button>
              )}
            </li>
          ))}
        </ul>
        {editing ? (
          <EntityForm key={editing.entity?.id ?? 'new'} entity={editing.entity} taken={new Set(watchlist.entities.map((e) => e.id))} catalogue={catalogue}
            forms={forms} languages={languages} nameOf={nameOf} onSave={saveEntity} onCancel={() => setEditing(null)} />
        ) : (
          <button type="button" id="wl-add" onClick={() => setEditing({ entity: null })}>{t('wlAdd')}</button>
        )}
      </section>

      <section aria-labelledby="wl-builtin-title">
        <h3 id="wl-builtin-title">{t('wlBuiltIn')}</h3>
        <p class="hint">{t('wlBuiltInHint')}</p>
        {getCatalogue().entities.map((record) => (
          <BuiltInEntity key={record.id} record={record} changes={watchlist.builtIn[record.id] ?? { added: [], off: [] }} catalogue={catalogue}
            forms={forms} languages={languages} nameOf={nameOf}
            onChange={(changes) => save((w) => ({ ...w, builtIn: { ...w.builtIn, [record.id]: changes } }))} />
        ))}
      </section>

      <ShareBox watchlist={watchlist} nameOf={nameOf} save={save} />
      <TryIt catalogue={catalogue} nameOf={nameOf} />
    </div>
  );
}
