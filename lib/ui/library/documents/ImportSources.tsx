/**
 * Where documents come from: files dropped on the zone or chosen with the picker (both the same
 * keyboard-reachable control), or text pasted into a box.
 */
import { useState } from 'preact/hooks';
import { ACCEPTED, MAX_FILE_MB } from '@/lib/corpus/import/limits';
import { t } from '@/lib/i18n';

export interface ImportSourcesProps {
  disabled: boolean;
  onFiles(files: File[]): void;
  onPaste(text: string): void;
}

export function ImportSources({ disabled, onFiles, onPaste }: ImportSourcesProps) {
  const [over, setOver] = useState(false);
  const [pasted, setPasted] = useState('');
  return (
    <section class="import-sources" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('docImportHeading')}</h3>
      <div
        class={over ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const files = [...(e.dataTransfer?.files ?? [])];
          if (!disabled && files.length > 0) onFiles(files);
        }}
      >
        <p>{t('docDropHint')}</p>
        <label class="button" for="import-files">
          {t('docChooseFiles')}
        </label>
        <input
          id="import-files"
          class="file-input"
          type="file"
          multiple
          accept={ACCEPTED}
          disabled={disabled}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
        <p class="hint">{t('docFormats', [MAX_FILE_MB])}</p>
      </div>
      <div class="paste">
        <label for="paste-text">{t('docPasteLabel')}</label>
        <textarea id="paste-text" rows={4} value={pasted} disabled={disabled} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button
          type="button"
          id="paste-add"
          disabled={disabled || pasted.trim() === ''}
          onClick={() => {
            onPaste(pasted);
            setPasted('');
          }}
        >
          {t('docPasteAdd')}
        </button>
      </div>
    </section>
  );
}
