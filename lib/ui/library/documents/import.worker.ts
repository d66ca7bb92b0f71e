/**
 * The import Worker, started by the library page: indexing (the matcher over every paragraph)
 * and the database writes run here, so the page stays responsive during a large import. The
 * database is the extension's own (a Worker of an extension page shares its origin).
 */
import { openCorpusDb } from '@/lib/corpus/db/db';
import type { FromImportWorker, ToImportWorker } from '@/lib/corpus/user/import-protocol';
import { runImport } from '@/lib/corpus/user/import-run';
import { indexingMatcher } from '@/lib/corpus/user/indexing';

const db = openCorpusDb();
let controller: AbortController | null = null;
const post = (message: FromImportWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  void runImport(message.drafts, {
    db,
    indexer: indexingMatcher,
    batch: message.batch,
    now: message.now,
    signal: controller.signal,
    onProgress: (progress) => post({ type: 'progress', progress }),
    yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
  }).then(({ progress, notImported }) =>
    post({ type: 'finished', progress, cancelled: controller?.signal.aborted ?? false, notImported }),
  );
});
