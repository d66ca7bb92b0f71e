/**
 * Keeps the background ready while a preview waits to be imported: told at once, then every
 * `everyMs` (below Firefox's 30 s idle time for an event page) until `signal` aborts. Traced in
 * Firefox, whose event page runs on the library page's own thread, the two longest tasks of an
 * import were the background's: its start-up (~100 ms, woken by the import's first notice) and
 * the query index its first search built (~75 ms, just after the result). Asked here, both are
 * done while the journalist reads the preview.
 */
import { sendToBackground } from '@/lib/messages/send';

export const READY_EVERY_MS = 20_000;

export function keepBackgroundReady(
  signal: AbortSignal,
  send: () => unknown = () => sendToBackground('prepareForImport', null),
  everyMs = READY_EVERY_MS,
): void {
  if (signal.aborted) return;
  // A failure only means the work is done later, at the import's first notice, as before.
  const tell = () => void Promise.resolve(send()).catch(() => undefined);
  tell();
  const timer = setInterval(tell, everyMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
