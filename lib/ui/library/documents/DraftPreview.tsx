/**
 * The preview of a batch before it is stored: the drafts a page at a time (`PREVIEW_PAGE_SIZE`),
 * with Import and Cancel for the whole
 * batch. When Import finds a draft that still needs fixing, its page is shown and its field
 * focused.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { ImportDraft } from '@/lib/corpus/import/draft';
import { formatCount, t } from '@/lib/i18n';
import { draftIssues, isReady } from './draft-checks';
import { DraftEditor } from './DraftEditor';
import { PREVIEW_PAGE_SIZE } from './page-sizes';

export interface DraftPreviewProps {
  drafts: ImportDraft[];
  busy: boolean;
  onChange(drafts: ImportDraft[]): void;
  /** Every draft is ready: store them. */
  onImport(): void;
  /** Some draft is not: say so (the preview shows and focuses it). */
  onNotReady(): void;
}


export function DraftPreview({ drafts, busy, onChange, onImport, onNotReady }: DraftPreviewProps) {
  const [start, setStart] = useState(0);
  const [focus, setFocus] = useState<string | null>(null);
  const pageStart = Math.min(start, Math.max(0, Math.floor((drafts.length - 1) / PREVIEW_PAGE_SIZE) * PREVIEW_PAGE_SIZE));
  const shown = drafts.slice(pageStart, pageStart + PREVIEW_PAGE_SIZE);
  const atFirst = pageStart === 0;
  const atLast = pageStart + PREVIEW_PAGE_SIZE >= drafts.length;
  // A field on another page is focused once that page is in the DOM, before it is painted.
  useLayoutEffect(() => {
    if (focus === null) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus, pageStart]);

  const importAll = () => {
    const first = drafts.findIndex((d) => !isReady(d));
    if (first < 0) return onImport();
    onNotReady();
    const field = `draft-${first}-${draftIssues(drafts[first]!).language ? 'language' : 'date'}`;
    const page = Math.floor(first / PREVIEW_PAGE_SIZE) * PREVIEW_PAGE_SIZE;
    // On the page shown: focused at once, as the click is handled.
    if (page === pageStart) return document.getElementById(field)?.focus();
    setStart(page);
    setFocus(field);
  };
  const paged = drafts.length > PREVIEW_PAGE_SIZE;
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('docPreviewHeading')}</h3>
      <p class="hint">{t('docPreviewHint')}</p>
      {shown.map((draft, k) => {
        const i = pageStart + k;
        return (
          <DraftEditor
            key={`${draft.file}-${i}`}
            index={i}
            draft={draft}
            onChange={(next) => onChange(drafts.map((d, j) => (j === i ? next : d)))}
            onRemove={() => onChange(drafts.filter((_, j) => j !== i))}
          />
        );
      })}
      {paged && (
        <nav class="preview-pages" aria-label={t('docPreviewPages')}>
          {/* aria-disabled at either end, not disabled: Next pressed with Enter onto the last page
              would otherwise drop the focus with the button it was on. */}
          <button type="button" id="preview-previous" aria-disabled={atFirst} onClick={() => atFirst || setStart(pageStart - PREVIEW_PAGE_SIZE)}>
            {t('docPreviewPrevious')}
          </button>
          <span id="preview-range" aria-live="polite">
            {t('docPreviewRange', [formatCount(pageStart + 1), formatCount(pageStart + shown.length), formatCount(drafts.length)])}
          </span>
          <button type="button" id="preview-next" aria-disabled={atLast} onClick={() => atLast || setStart(pageStart + PREVIEW_PAGE_SIZE)}>
            {t('docPreviewNext')}
          </button>
        </nav>
      )}
      <div class="preview-actions">
        <button type="button" id="import-start" class="primary" disabled={busy} onClick={importAll}>
          {t('docImport')}
        </button>
        <button type="button" id="import-discard" onClick={() => onChange([])}>
          {t('docCancel')}
        </button>
      </div>
    </section>
  );
}
