/** The background's answer to each message of `BackgroundProtocol`. */
import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messages/router';
import type { BackgroundProtocol } from '@/lib/messages/protocol';

export function createHandlers(): Handlers<BackgroundProtocol> {
  return {
    ping: () => ({
      version: browser.runtime.getManifest().version,
      corpusVersion: null,
    }),
  };
}
