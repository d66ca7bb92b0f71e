/**
 * The popup's "Save this article" button: one click stores the current tab's article in the
 * library, in the language Backstory detected, which the reader may then change; when the
 * language cannot be told, the reader chooses it and that stores the article. A second click on
 * the same article (same address or same text) says it is saved.
 */
import { useState } from 'preact/hooks';
import { ImportError, type ImportDraft } from '@/lib/corpus/import/draft';
import { t } from '@/lib/i18n';
import { problemText } from '@/lib/ui/library/documents/messages';
import { languageName } from '@/lib/ui/format';
import { SaveLanguage } from './SaveLanguage';

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** Stored (or stored again in another language): the language stays changeable. */
  | { kind: 'saved'; draft: ImportDraft; text: string; note: string }
  /** Read, but its language cannot be told: choosing one stores it. */
  | { kind: 'ask'; draft: ImportDraft }
  | { kind: 'done'; text: string; error: boolean };

function failure(error: unknown): string {
  if (error instanceof ImportError) return problemText({ file: '', code: error.code, args: error.args });
  return t('saveFailed', [error instanceof Error ? error.message : String(error)]);
}

const load = () => import('./save-article');

export function SaveArticle({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const store = async (draft: ImportDraft) => {
    const result = await (await load()).saveArticle(draft);
    if (result.status === 'duplicate') return setState({ kind: 'done', text: t('saveAlready', [result.title]), error: false });
    setState({ kind: 'saved', draft, text: t('saveSaved', [result.title]), note: '' });
  };
  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setState({ kind: 'done', text: failure(error), error: true });
    }
  };
  const saving = state.kind === 'saving';
  const save = () =>
    run(async () => {
      if (saving) return;
      if (tabId === null) return setState({ kind: 'done', text: t('saveNoTab'), error: true });
      setState({ kind: 'saving' });
      const { readTab, readArticle } = await load();
      const draft = readArticle(await readTab(tabId));
      if (!draft.language) return setState({ kind: 'ask', draft });
      await store(draft);
    });
  const choose = (language: string) =>
    run(async () => {
      if (state.kind === 'ask') {
        setState({ kind: 'saving' });
        return store({ ...state.draft, language });
      }
      if (state.kind !== 'saved' || language === state.draft.language) return;
      const draft = { ...state.draft, language };
      setState({ ...state, draft, note: t('saveLanguageChanging') });
      await (await load()).changeArticleLanguage(state.draft, language);
      setState({ ...state, draft, note: t('saveLanguageChanged', [languageName(language)]) });
    });

  const text = state.kind === 'done' || state.kind === 'saved' ? state.text : state.kind === 'ask' ? t('saveAskLanguage') : '';
  const error = state.kind === 'done' && state.error;
  return (
    <div class="save-article">
      {/* aria-disabled, not disabled: a focused button that becomes disabled loses focus, and
          Enter is how a keyboard user pressed it (one save at a time all the same). */}
      <button type="button" id="save-article" data-control="save-article" aria-disabled={saving} onClick={() => void save()}>
        {saving ? t('saveSaving') : t('saveArticle')}
      </button>
      <p id="save-status" role="status" class={error ? 'status error' : 'status'}>
        {text}
      </p>
      {(state.kind === 'saved' || state.kind === 'ask') && (
        <SaveLanguage language={state.draft.language} note={state.kind === 'saved' ? state.note : ''} onChoose={(language) => void choose(language)} />
      )}
    </div>
  );
}
