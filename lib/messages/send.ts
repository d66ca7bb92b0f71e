/**
 * Typed senders. Each returns the handler's `Result`, and turns transport failures (no receiver,
 * a closed port, a tab without our content script) into `{ ok: false }` with a readable reason.
 */
import { browser } from 'wxt/browser';
import { envelope } from './envelope';
import type {
  BackgroundProtocol,
  ContentProtocol,
  RequestOf,
  ResponseOf,
  Result,
} from './protocol';

function asResult<T>(reply: unknown): Result<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Result<T>;
  return { ok: false, error: 'No answer from the receiver.' };
}

function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: RequestOf<BackgroundProtocol, K>,
): Promise<Result<ResponseOf<BackgroundProtocol, K>>> {
  try {
    return asResult(await browser.runtime.sendMessage(envelope<BackgroundProtocol, K>(type, data)));
  } catch (error) {
    return failure(error);
  }
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: RequestOf<ContentProtocol, K>,
): Promise<Result<ResponseOf<ContentProtocol, K>>> {
  try {
    return asResult(await browser.tabs.sendMessage(tabId, envelope<ContentProtocol, K>(type, data)));
  } catch (error) {
    return failure(error);
  }
}
