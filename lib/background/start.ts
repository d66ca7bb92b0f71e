/**
 * The background's wiring: one typed router for every message, registered synchronously at
 * start-up (an MV3 service worker or event page must add listeners in its first turn).
 */
import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/messages/router';
import type { BackgroundProtocol } from '@/lib/messages/protocol';
import { createHandlers } from './handlers';

export function startBackground(): void {
  const router = createRouter<BackgroundProtocol>(createHandlers(), {
    extensionId: browser.runtime.id,
  });
  browser.runtime.onMessage.addListener(router);
}
