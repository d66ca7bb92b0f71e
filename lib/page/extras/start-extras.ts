/**
 * The page extras: what a page needs only when a person asks — the popup's "On this page" report
 * (with its exports' data and the frames' reports), the popup's and the keyboard's jumps to a
 * mention (message-handlers.ts, mention-steps.ts). Injected by the background (`loadPageExtras`,
 * scripting.executeScript, never web-accessible) into the content script's world when the second
 * stage is first asked one of those (lib/page/stage/stage-two-messages.ts); they join the running
 * page object through the handoff it left (lib/page/stage/extras-handoff.ts) and end with it.
 * They bring the normaliser the report groups forms with: the second stage has none (the
 * background matches its text: lib/page/stage/matcher-handoff.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentProtocol } from '@/lib/messages/protocol';
import { createRouter } from '@/lib/messages/router';
import { normaliseForMatch } from '@/lib/text/normalise';
import { contentHandlers } from '../message-handlers';
import { findExtrasHandoff } from '../stage/extras-handoff';

/** Joins the running second stage once; false when there is none, or the extras already run. */
export function startPageExtras(global: object = globalThis, extensionId: string = browser.runtime.id): boolean {
  const handoff = findExtrasHandoff(global);
  if (!handoff || handoff.signal.aborted || handoff.answer) return false;
  const router = createRouter<ContentProtocol>(contentHandlers(handoff.page, handoff.diagnostics, normaliseForMatch), { extensionId });
  // The router's sender type is the polyfill's; the first stage passes what the browser gave it.
  handoff.answer = (message, sender) => router(message, sender as Parameters<typeof router>[1]);
  handoff.signal.addEventListener('abort', () => delete handoff.answer, { once: true });
  return true;
}
