/**
 * The content script's wiring for one page: answer the popup's questions about this page.
 * Everything registered here is released when `signal` aborts (extension reload or update).
 */
import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/messages/router';
import type { ContentProtocol } from '@/lib/messages/protocol';
import { collectBlocks } from './blocks';

export function startPage(doc: Document, signal: AbortSignal): void {
  const router = createRouter<ContentProtocol>(
    {
      pageMentions: () => ({
        url: doc.location.href,
        blocks: collectBlocks(doc.body ?? doc).length,
        entities: [],
      }),
    },
    { extensionId: browser.runtime.id },
  );
  browser.runtime.onMessage.addListener(router);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(router), {
    once: true,
  });
}
