/**
 * Waits, when an import ends, until the background's search finds every document stored — or
 * `limitMs` at most: the result is never held back for long, and a background that does not
 * answer (stopped, or failing) only means the last documents reach search a little later.
 * Announcing the result after this, not before, is what makes "imported" mean "found by search"
 * too: in Firefox the background was still indexing the last second's documents for 0.8–1 s
 * after the result showed.
 */
import { sendToBackground } from '@/lib/messages/send';

export const CAUGHT_UP_LIMIT_MS = 5000;

export async function searchCaughtUp(
  send: () => Promise<unknown> = () => sendToBackground('searchCaughtUp', null),
  limitMs = CAUGHT_UP_LIMIT_MS,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
  try {
    await Promise.race([send().then(() => undefined, () => undefined), limit]);
  } finally {
    clearTimeout(timer);
  }
}
