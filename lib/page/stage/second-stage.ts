/**
 * The content script's second stage, injected by the background (scripting.executeScript, the
 * `loadPageStage` message) into the world of a frame whose first stage (first-stage.ts) found a
 * possible mention or was asked for something only this stage answers: the whole page object
 * (content-script.ts: the scan, the highlights, cards) with its diagnostics, living
 * as long as the first stage, and answering messages through it (handoff.ts). What only a
 * shortcut, the popup or a frame report needs — the report, keyboard navigation — is not here:
 * the page extras, loaded by the first message that asks (stage-two-messages.ts). Nor is the
 * matcher: the background matches the page's text, and the page's own arrives only if it must
 * match alone (matcher-handoff.ts).
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/messages/send';
import { ContentScript } from '../content-script';
import { Diagnostics } from '../diagnostics';
import { findHandoff } from './handoff';
import { injectedUnpacker } from './matcher-handoff';
import { StageTwoMessages, type InjectExtras } from './stage-two-messages';

const injectExtras: InjectExtras = () => sendToBackground('loadPageExtras', null);
const injectMatcher = () => sendToBackground('loadPageMatcher', null);

/**
 * Starts the second stage once in this world; false when there is no first stage to join or it
 * already runs (the background then inserts no second copy of the highlight colours).
 */
export function startSecondStage(doc: Document = document, global: object = globalThis, inject: InjectExtras = injectExtras): boolean {
  const handoff = findHandoff(global);
  if (!handoff || handoff.signal.aborted || handoff.answer) return false;
  const diagnostics = new Diagnostics(handoff.startedAt);
  const page = new ContentScript(doc, handoff.signal, {
    adoptShield: (ui) => (handoff.shieldedUi = ui),
    unpacker: () => injectedUnpacker(injectMatcher, global),
    ...(handoff.handover && { handover: handoff.handover }),
  });
  // The content script holds it now: the handoff lets go of the page it carries.
  delete handoff.handover;
  page.events.listen(diagnostics, handoff.signal);
  const messages = new StageTwoMessages(page, () => diagnostics.snapshot(), browser.runtime.id, inject, handoff.signal, global);
  handoff.answer = (message, sender) => messages.answer(message, sender);
  // A change of the settings or the watchlist the first stage was told of: one that came after
  // this stage's values were read but before its storage listeners were in place, or later.
  handoff.onGateChanged = () => void page.recheckStored();
  if (handoff.staleStart) handoff.onGateChanged();
  return true;
}
