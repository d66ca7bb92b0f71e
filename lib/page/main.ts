/**
 * The content script's start, shared by the content script entry and the first-run page: the
 * page object, the record of its work the `diagnostics` message answers (attached as a listener),
 * and its message handlers.
 */
import { unpackMatcher } from '@/lib/entities/unpack';
import { installUiShield } from './card/ui-shield';
import { ContentScript, type ContentScriptOptions } from './content-script';
import { Diagnostics } from './diagnostics';
import { normaliseForMatch } from '@/lib/text/normalise';
import { answerMessages } from './message-handlers';

/**
 * `options` without `adoptShield`: the shield is installed here, now (its listener must be the
 * window's first). The matcher's unpacker is imported: the first-run page is not a page the
 * background injects into.
 */
export function runContentScript(doc: Document, signal: AbortSignal, options: Omit<ContentScriptOptions, 'adoptShield' | 'unpacker'> = {}): ContentScript {
  const diagnostics = new Diagnostics();
  const win = doc.defaultView ?? window;
  const unpacker = async () => unpackMatcher;
  const page = new ContentScript(doc, signal, { ...options, unpacker, adoptShield: (ui) => installUiShield(ui, win, signal) });
  page.events.listen(diagnostics, signal);
  answerMessages(page, () => diagnostics.snapshot(), normaliseForMatch, signal);
  return page;
}
