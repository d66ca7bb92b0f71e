/**
 * The Documents tab: bring documents in (files, drop, paste), check them in a preview, import
 * them through the Worker with progress and Cancel, see what was not imported and why, and
 * manage what is stored (list, delete, reset) and the storage it takes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportDraft, ImportProblem } from '@/lib/corpus/import/draft';
import { endJournal } from '@/lib/corpus/user/journal';
import { deleteUserDocuments } from '@/lib/corpus/user/remove';
import type { ImportProgress } from '@/lib/corpus/user/import-protocol';
import { t } from '@/lib/i18n';
import { keepBackgroundReady } from './background-readiness';
import { corpusChangeNotifier } from './corpus-change-notifier';
import { DocumentList } from './DocumentList';
import { finalDraft } from './draft-checks';
import { DraftPreview } from './DraftPreview';
import { startImport, type RunningImport } from './import-client';
import { ImportProgressView } from './ImportProgressView';
import { ImportResult } from './ImportResult';
import { ImportSources } from './ImportSources';
import { libraryDb } from './library-db';
import { documentsCount } from './messages';
import { ProblemList } from './ProblemList';
import { searchCaughtUp } from './search-caught-up';
import { StorageInfo } from './StorageInfo';
import { draftFromPaste, readFiles } from './read-files';
import { useUserDocuments } from './use-user-documents';
import './documents.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'importing'; progress: ImportProgress }
  | { kind: 'finished'; progress: ImportProgress; cancelled: boolean; notImported: string[] };

export function DocumentsTab() {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [drafts, setDrafts] = useState<ImportDraft[]>([]);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [pasted, setPasted] = useState(0);
  const running = useRef<RunningImport | null>(null);
  const life = useRef(new AbortController());
  // The background indexes new passages for search as they are stored, not all after the import.
  const notifier = useRef(corpusChangeNotifier());
  useEffect(() => () => life.current.abort(), []);
  const { documents, unfinished, error, dismissUnfinished } = useUserDocuments(revision, phase.kind !== 'importing');
  const busy = phase.kind === 'reading' || phase.kind === 'importing';
  // A preview waiting to be imported: the background gets ready for it (see background-readiness.ts).
  const awaitingImport = drafts.length > 0 && phase.kind !== 'importing' && phase.kind !== 'reading';
  useEffect(() => {
    if (!awaitingImport) return;
    const waiting = new AbortController();
    keepBackgroundReady(waiting.signal);
    return () => waiting.abort();
  }, [awaitingImport]);

  const addFiles = async (files: File[]) => {
    setStatus(null);
    setPhase({ kind: 'reading', done: 0, total: files.length });
    const result = await readFiles(files, (done) => setPhase({ kind: 'reading', done, total: files.length }));
    setDrafts((current) => [...current, ...result.drafts]);
    setProblems(result.problems);
    setPhase({ kind: 'idle' });
  };
  const addPaste = (text: string) => {
    const draft = draftFromPaste(text, t('docPastedName', [String(pasted + 1)]));
    setPasted(pasted + 1);
    setProblems(draft ? [] : [{ file: t('docPastedName', [String(pasted + 1)]), code: 'empty', args: [] }]);
    if (draft) setDrafts((current) => [...current, draft]);
  };
  const runImport = () => {
    setStatus(null);
    const batch = drafts.map(finalDraft);
    const empty: ImportProgress = { done: 0, total: batch.length, stored: 0, passages: 0, duplicates: [], problems: [], elapsed: 0 };
    setPhase({ kind: 'importing', progress: empty });
    running.current = startImport(
      batch,
      {
        onProgress: (progress) => {
          setPhase({ kind: 'importing', progress });
          notifier.current.changed();
        },
        onFinished: (result) => {
          running.current = null;
          // The result is announced once search finds what it counts (the progress stays full meanwhile).
          void searchCaughtUp().then(() => {
            if (life.current.signal.aborted) return;
            setDrafts([]);
            setPhase({ kind: 'finished', ...result });
            setRevision((r) => r + 1);
          });
        },
        onCrash: (message) => {
          running.current = null;
          notifier.current.flush();
          setStatus(t('docActionFailed', [message]));
          setPhase({ kind: 'idle' });
          setRevision((r) => r + 1);
        },
      },
      life.current.signal,
    );
  };
  const remove = async (ids: string[] | 'all') => {
    try {
      const n = await deleteUserDocuments(libraryDb(), ids);
      setStatus(t('docDeleted', [documentsCount(n)]));
      notifier.current.flush();
    } catch (e) {
      setStatus(t('docActionFailed', [e instanceof Error ? e.message : String(e)]));
    }
    setRevision((r) => r + 1);
  };

  return (
    <div class="documents-tab">
      {unfinished && (
        <section class="unfinished" role="alert">
          <p>{t('docUnfinished', [new Date(unfinished.startedAt).toLocaleString(t('dateLocale'))])}</p>
          <ul>
            {unfinished.missing.map((f) => (
              <li key={f}>
                <bdi>{f}</bdi>
              </li>
            ))}
          </ul>
          <button type="button" id="dismiss-unfinished" onClick={() => void endJournal(libraryDb(), unfinished.id).then(dismissUnfinished)}>
            {t('docDismiss')}
          </button>
        </section>
      )}
      <ImportSources disabled={busy} onFiles={(files) => void addFiles(files)} onPaste={addPaste} />
      {phase.kind === 'reading' && <p role="status">{t('docReading', [String(phase.done), String(phase.total)])}</p>}
      <ProblemList problems={problems} />
      {drafts.length > 0 && phase.kind !== 'importing' && (
        <DraftPreview drafts={drafts} busy={busy} onChange={setDrafts} onImport={runImport} onNotReady={() => setStatus(t('docFixFirst'))} />
      )}
      {status && (
        <p role="status" class="status" id="documents-status">
          {status}
        </p>
      )}
      {phase.kind === 'importing' && <ImportProgressView progress={phase.progress} onCancel={() => running.current?.cancel()} />}
      {phase.kind === 'finished' && <ImportResult progress={phase.progress} cancelled={phase.cancelled} notImported={phase.notImported} />}
      {error && <p role="alert">{t('docActionFailed', [error])}</p>}
      <DocumentList documents={documents} onDelete={remove} />
      <StorageInfo revision={revision} />
    </div>
  );
}


