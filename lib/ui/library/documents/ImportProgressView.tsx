/** A running import: a progress bar, documents and passages so far, time left, and Cancel. */
import { useRef } from 'preact/hooks';
import type { ImportProgress } from '@/lib/corpus/user/import-protocol';
import { t } from '@/lib/i18n';
import { useRescuedFocus } from '@/lib/ui/rescue-focus';

export function secondsLeft(p: ImportProgress): number | null {
  if (p.done === 0 || p.done >= p.total) return null;
  return Math.max(1, Math.round(((p.elapsed / p.done) * (p.total - p.done)) / 1000));
}

export function ImportProgressView({ progress, onCancel }: { progress: ImportProgress; onCancel(): void }) {
  const left = secondsLeft(progress);
  // Import, pressed with Enter, went with the preview: its Cancel takes the focus.
  const cancel = useRef<HTMLButtonElement>(null);
  useRescuedFocus(cancel);
  return (
    <section class="import-progress" aria-labelledby="progress-label">
      <label id="progress-label" for="import-progress">
        {t('docProgressLabel')}
      </label>
      <progress id="import-progress" max={progress.total} value={progress.done} />
      <p role="status" class="progress-text">
        {t('docProgress', [String(progress.done), String(progress.total), String(progress.passages)])}
        {left !== null && ` · ${t('docTimeLeft', [String(left)])}`}
      </p>
      <button type="button" id="import-cancel" ref={cancel} onClick={onCancel}>
        {t('docCancel')}
      </button>
    </section>
  );
}
