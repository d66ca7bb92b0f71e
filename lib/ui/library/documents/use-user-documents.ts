/** The user's documents and the unfinished-import notice, read again whenever `revision` moves. */
import { useEffect, useState } from 'preact/hooks';
import { listUserDocuments, type UserDocumentSummary } from '@/lib/corpus/user/list';
import { unfinishedImport } from '@/lib/corpus/user/journal';
import { libraryDb } from './library-db';

export interface Unfinished {
  id: string;
  startedAt: number;
  missing: string[];
}

export function useUserDocuments(revision: number, checkJournal: boolean) {
  const [documents, setDocuments] = useState<UserDocumentSummary[]>([]);
  const [unfinished, setUnfinished] = useState<Unfinished | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const db = libraryDb();
    Promise.all([listUserDocuments(db), checkJournal ? unfinishedImport(db) : Promise.resolve(null)]).then(
      ([docs, journal]) => {
        if (!live) return;
        setDocuments(docs);
        setUnfinished(journal && journal.missing.length > 0 ? journal : null);
        setError(null);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [revision, checkJournal]);
  return { documents, unfinished, error, dismissUnfinished: () => setUnfinished(null) };
}
