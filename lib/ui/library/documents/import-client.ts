/**
 * Starts the import Worker for one batch and follows it: progress, the end, Cancel. The Worker
 * is bundled by Vite from `new URL(…, import.meta.url)` and ends with the batch (or `signal`).
 * Progress reaches the page at most once per `PROGRESS_MS`, in a frame: the Worker reports after
 * every document, and rendering each report would cost the page more than the bar shows (in
 * Firefox the page's thread is also the background's, which indexes the documents for search).
 */
import type { ImportDraft } from '@/lib/corpus/import/draft';
import type { FromImportWorker, ImportProgress, ToImportWorker } from '@/lib/corpus/user/import-protocol';

export interface ImportHandlers {
  onProgress(progress: ImportProgress): void;
  onFinished(result: { progress: ImportProgress; cancelled: boolean; notImported: string[] }): void;
  onCrash(message: string): void;
}

/** The least time between two renderings of the progress (ms). */
const PROGRESS_MS = 100;

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
  let timer: ReturnType<typeof setTimeout> | null = null;
  let shown = -Infinity;
  const showLatest = () => {
    frame = null;
    shown = performance.now();
    if (latest) handlers.onProgress(latest);
    latest = null;
  };
  const showSoon = () => {
    if (frame !== null || timer !== null) return;
    const wait = shown + PROGRESS_MS - performance.now();
    if (wait <= 0) frame = requestAnimationFrame(showLatest);
    else
      timer = setTimeout(() => {
        timer = null;
        frame = requestAnimationFrame(showLatest);
      }, wait);
  };
  worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress') {
      latest = message.progress;
      showSoon();
    } else {
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
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
