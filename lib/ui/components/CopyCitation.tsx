/** "Copy citation" in plain text or Markdown, with feedback, and a manual fallback. */
import { useState } from 'preact/hooks';
import type { PassageView } from '@/lib/corpus/types';
import { t } from '@/lib/i18n';
import { citationMarkdown, citationPlain } from '../citation';

type State = { kind: 'idle' } | { kind: 'copied'; format: string } | { kind: 'manual'; text: string };

export function CopyCitation({ passage }: { passage: PassageView }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const copy = async (format: 'plain' | 'markdown') => {
    const text = format === 'plain' ? citationPlain(passage) : citationMarkdown(passage);
    try {
      await navigator.clipboard.writeText(text);
      setState({ kind: 'copied', format: format === 'plain' ? t('citationPlain') : t('citationMarkdown') });
    } catch {
      // Clipboard refused (no permission, no focus): show the text to copy by hand.
      setState({ kind: 'manual', text });
    }
  };
  return (
    <div class="citation">
      <button type="button" onClick={() => void copy('plain')}>
        {t('copyCitation')}
      </button>
      <button type="button" onClick={() => void copy('markdown')}>
        {t('copyMarkdown')}
      </button>
      <span class="status" role="status">
        {state.kind === 'copied' ? t('citationCopied', [state.format]) : ''}
      </span>
      {state.kind === 'manual' && (
        <label class="manual">
          {t('citationManual')}
          <textarea readOnly rows={5} value={state.text} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
