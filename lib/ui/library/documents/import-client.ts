/**
 * Starts the import Worker for one batch and follows it: progress, the end, Cancel. The Worker
 * is bundled by Vite from `new URL(…, import.meta.url)` and ends with the batch (or `signal`).
 * Progress reaches the page at most once per frame: the Worker reports after every document,
 * and rendering each report would cost the page more than the bar shows.
 */
import type { ImportDraft } from '@/lib/corpus/import/draft';
import type { FromImportWorker, ImportProgress, ToImportWorker } from '@/lib/corpus/user/import-protocol';

export interface ImportHandlers {
  onProgress(progress: ImportProgress): void;
  onFinished(result: { progress: ImportProgress; cancelled: boolean; notImported: string[] }): void;
  onCrash(message: string): void;
}

export interface RunningImport {
  cancel(): void;
}

export function startImport(drafts: ImportDraft[], handlers: ImportHandlers, signal: AbortSignal): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToImportWorker) => worker.postMessage(message);
  const stop = () => worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  let latest: ImportProgress | null = null;
  let frame: number | null = null;
  const showLatest = () => {
    frame = null;
    if (latest) handlers.onProgress(latest);
    latest = null;
  };
  worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress') {
      latest = message.progress;
      frame ??= requestAnimationFrame(showLatest);
    } else {
      if (frame !== null) cancelAnimationFrame(frame);
      latest = null;
      handlers.onFinished(message);
      stop();
    }
  });
  worker.addEventListener('error', (event) => {
    handlers.onCrash(event.message || 'the import worker stopped');
    stop();
  });
  send({ type: 'start', batch: `import-${Date.now().toString(36)}`, drafts, now: Date.now() });
  return { cancel: () => send({ type: 'cancel' }) };
}
