/**
 * The popup's "Save this article" button: one click stores the current tab's article in the
 * library; a second click on the same article (same address or same text) says it is saved.
 */
import { useState } from 'preact/hooks';
import { ImportError } from '@/lib/corpus/import/draft';
import { t } from '@/lib/i18n';
import { problemText } from '@/lib/ui/library/documents/messages';

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; text: string; error: boolean };

function failure(error: unknown): string {
  if (error instanceof ImportError) return problemText({ file: '', code: error.code, args: error.args });
  return t('saveFailed', [error instanceof Error ? error.message : String(error)]);
}

export function SaveArticle({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const save = async () => {
    if (tabId === null) return setState({ kind: 'done', text: t('saveNoTab'), error: true });
    setState({ kind: 'saving' });
    try {
      const { readTab, saveArticle } = await import('./save-article');
      const result = await saveArticle(await readTab(tabId));
      setState({ kind: 'done', text: t(result.status === 'stored' ? 'saveSaved' : 'saveAlready', [result.title]), error: false });
    } catch (error) {
      setState({ kind: 'done', text: failure(error), error: true });
    }
  };
  return (
    <div class="save-article">
      <button type="button" id="save-article" disabled={state.kind === 'saving'} onClick={() => void save()}>
        {state.kind === 'saving' ? t('saveSaving') : t('saveArticle')}
      </button>
      <p id="save-status" role="status" class={state.kind === 'done' && state.error ? 'status error' : 'status'}>
        {state.kind === 'done' ? state.text : ''}
      </p>
    </div>
  );
}
