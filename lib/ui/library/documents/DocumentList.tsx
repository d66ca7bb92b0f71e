/**
 * The user's documents, newest first: select some and delete them, delete one, or reset to the
 * bundled corpus (delete them all, after a confirmation). Failures are shown, never swallowed.
 * A long list is shown a hundred at a time ("Show more"): a library of thousands would otherwise
 * be thousands of rows rendered in one task, right when an import finishes.
 */
import { useState } from 'preact/hooks';
import type { UserDocumentSummary } from '@/lib/corpus/user/list';
import { formatCount, t } from '@/lib/i18n';
import { formatDate, languageName } from '@/lib/ui/format';
import { LIST_PAGE_SIZE } from './page-sizes';

export interface DocumentListProps {
  documents: readonly UserDocumentSummary[];
  onDelete(ids: string[] | 'all'): Promise<void>;
}

export function DocumentList({ documents, onDelete }: DocumentListProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const shown = documents.slice(0, limit);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const remove = async (ids: string[] | 'all') => {
    await onDelete(ids);
    setSelected(new Set());
    setConfirming(false);
  };
  return (
    <section class="document-list" aria-labelledby="list-heading">
      <h3 id="list-heading">{t('docListHeading')}</h3>
      {documents.length === 0 ? (
        <p class="hint" id="list-empty">
          {t('docListEmpty')}
        </p>
      ) : (
        <>
          <ul class="documents">
            {shown.map((d) => (
              <li key={d.id} data-document={d.id}>
                <input
                  type="checkbox"
                  id={`select-${d.id}`}
                  checked={selected.has(d.id)}
                  aria-label={t('docSelect', [d.title])}
                  onChange={(e) => toggle(d.id, e.currentTarget.checked)}
                />
                <div class="doc-text">
                  <span class="doc-title">
                    <bdi>{d.title}</bdi>
                  </span>
                  <span class="meta">
                    {[languageName(d.language), formatDate(d.date), d.source, d.file].filter(Boolean).join(' · ')}
                  </span>
                </div>
                <button type="button" class="delete-one" aria-label={t('docDeleteNamed', [d.title])} onClick={() => void remove([d.id])}>
                  {t('docDelete')}
                </button>
              </li>
            ))}
          </ul>
          {documents.length > shown.length && (
            <p class="list-more">
              <span id="list-showing">{t('docListShowing', [formatCount(shown.length), formatCount(documents.length)])}</span>{' '}
              <button type="button" id="list-more" onClick={() => setLimit(limit + LIST_PAGE_SIZE)}>
                {t('docListMore', [formatCount(Math.min(LIST_PAGE_SIZE, documents.length - shown.length))])}
              </button>
            </p>
          )}
          <div class="list-actions">
            <button type="button" id="delete-selected" disabled={selected.size === 0} onClick={() => void remove([...selected])}>
              {t('docDeleteSelected')}
            </button>
            {confirming ? (
              <span class="confirm" role="group" aria-labelledby="reset-question">
                <span id="reset-question">{t('docResetConfirm', [String(documents.length)])}</span>
                <button type="button" id="reset-yes" onClick={() => void remove('all')}>
                  {t('docResetYes')}
                </button>
                <button type="button" id="reset-no" onClick={() => setConfirming(false)}>
                  {t('docCancel')}
                </button>
              </span>
            ) : (
              <button type="button" id="reset-bundled" onClick={() => setConfirming(true)}>
                {t('docReset')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
