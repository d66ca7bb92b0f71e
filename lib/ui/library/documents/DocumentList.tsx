/**
 * The user's documents, newest first: select some and delete them, delete one, or reset to the
 * bundled corpus (delete them all, after a confirmation). Failures are shown, never swallowed.
 * A long list is shown a hundred at a time ("Show more"): a library of thousands would otherwise
 * be thousands of rows rendered in one task, right when an import finishes. Those hundred are
 * drawn `ROWS_PER_FRAME` a frame: in Firefox, whose library page shares its thread with the
 * background, a hundred new rows at once held the page 20–90 ms as an import's result showed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UserDocumentSummary } from '@/lib/corpus/user/list';
import { formatCount, t } from '@/lib/i18n';
import { formatDate, languageName } from '@/lib/ui/format';
import { LIST_PAGE_SIZE } from './page-sizes';

export interface DocumentListProps {
  documents: readonly UserDocumentSummary[];
  onDelete(ids: string[] | 'all'): Promise<void>;
}

/** New rows added to the list per animation frame. */
export const ROWS_PER_FRAME = 25;

/**
 * How many of a new list's first rows to draw now: every row already drawn (a deletion redraws
 * nothing new, and the page keeps its height and scroll), and at most `ROWS_PER_FRAME` new ones.
 */
export function rowsToDraw(documents: readonly { id: string }[], drawnIds: ReadonlySet<string>, drawn: number): number {
  const end = Math.min(Math.max(drawn, ROWS_PER_FRAME), documents.length);
  let added = 0;
  let i = 0;
  for (; i < end; i++) if (!drawnIds.has(documents[i]?.id ?? '') && ++added > ROWS_PER_FRAME) break;
  return i;
}

export function DocumentList({ documents, onDelete }: DocumentListProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const [drawn, setDrawn] = useState(ROWS_PER_FRAME);
  const listed = useRef(documents);
  const drawnIds = useRef<ReadonlySet<string>>(new Set());
  const fresh = listed.current !== documents;
  listed.current = documents;
  const rows = fresh ? rowsToDraw(documents, drawnIds.current, drawn) : drawn;
  if (rows !== drawn) setDrawn(rows);
  const wanted = Math.min(limit, documents.length);
  useEffect(() => {
    if (rows >= wanted) return;
    const frame = requestAnimationFrame(() => setDrawn(rows + ROWS_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [rows, wanted]);
  const shown = documents.slice(0, Math.min(limit, rows));
  drawnIds.current = new Set(shown.map((d) => d.id));
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
          {/* Busy while rows are still being drawn, a few a frame. */}
          <ul class="documents" aria-busy={rows < wanted ? 'true' : undefined}>
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
          {documents.length > wanted && (
            <p class="list-more">
              <span id="list-showing">{t('docListShowing', [formatCount(wanted), formatCount(documents.length)])}</span>{' '}
              <button type="button" id="list-more" onClick={() => setLimit(limit + LIST_PAGE_SIZE)}>
                {t('docListMore', [formatCount(Math.min(LIST_PAGE_SIZE, documents.length - wanted))])}
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
