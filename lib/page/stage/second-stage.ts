/**
 * The content script's second stage, injected by the background (scripting.executeScript, the
 * `loadPageStage` message) into the world of a frame whose first stage (first-stage.ts) found a
 * possible mention or was asked for something only this stage answers: the whole page object
 * (content-script.ts: the matcher, the scan, the highlights, cards) with its diagnostics, living
 * as long as the first stage, and answering messages through it (handoff.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentProtocol } from '@/lib/messages/protocol';
import { createRouter } from '@/lib/messages/router';
import { ContentScript } from '../content-script';
import { Diagnostics } from '../diagnostics';
import { contentHandlers } from '../message-handlers';
import { findHandoff } from './handoff';

/** Starts the second stage once in this world; false when there is no first stage to join. */
export function startSecondStage(doc: Document = document, global: object = globalThis): boolean {
  const handoff = findHandoff(global);
  if (!handoff || handoff.signal.aborted || handoff.answer) return false;
  const diagnostics = new Diagnostics(handoff.startedAt);
  const page = new ContentScript(doc, handoff.signal, { adoptShield: (ui) => (handoff.shieldedUi = ui) });
  page.events.listen(diagnostics, handoff.signal);
  const router = createRouter<ContentProtocol>(contentHandlers(page, () => diagnostics.snapshot()), { extensionId: browser.runtime.id });
  // The router's sender type is the polyfill's; the first stage passes what the browser gave it.
  handoff.answer = (message, sender) => router(message, sender as Parameters<typeof router>[1]);
  return true;
}
