/**
 * The background's side of the page gate (lib/page/stage/first-stage.ts): a frame sends its
 * text, a chunk at a time, with its settings; the answer comes from the gate stored beside the
 * packed matcher, with a prefilter built once per worker (lib/entities/gate-answer.ts). The text
 * is only tested, never kept.
 */
import { browser } from 'wxt/browser';
import { GateAnswerer } from '@/lib/entities/gate-answer';
import { PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { sanitizeSettings } from '@/lib/settings/schema';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

export interface GateTextRequest {
  text: string;
  settings: unknown;
}

export function gateText(): (request: GateTextRequest) => Promise<{ possible: boolean }> {
  const answerer = new GateAnswerer(TEXT_BUILD_KEY);
  return async ({ text, settings }) => {
    if (typeof text !== 'string') throw new Error('the gate needs text');
    // Read each time (a storage read, off the page's thread): a page asking because a new gate
    // was stored must get the new one's answer. The same text as before reuses the prefilter.
    const stored = (await browser.storage.local.get(PAGE_GATE_STORAGE_KEY))[PAGE_GATE_STORAGE_KEY];
    return { possible: answerer.mayMatch(stored, sanitizeSettings(settings), text) };
  };
}
