/**
 * The content script's start, shared by the content script entry and the first-run page: the
 * page object, the record of its work the `diagnostics` message answers (attached as a listener),
 * and its message handlers.
 */
import { ContentScript, type ContentScriptOptions } from './content-script';
import { Diagnostics } from './diagnostics';
import { normaliseForMatch } from '@/lib/text/normalise';
import { answerMessages } from './message-handlers';

export function runContentScript(doc: Document, signal: AbortSignal, options?: ContentScriptOptions): ContentScript {
  const diagnostics = new Diagnostics();
  const page = new ContentScript(doc, signal, options);
  page.events.listen(diagnostics, signal);
  answerMessages(page, () => diagnostics.snapshot(), normaliseForMatch, signal);
  return page;
}
