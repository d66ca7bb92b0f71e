import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageLifecycle } from '@/lib/page/lifecycle';
import { runContentScript } from '@/lib/page/main';
// Highlight colours: injected by the browser from the manifest, never a <style> in the page.
import '@/lib/page/paint/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Started while the page is still parsing, so that reading the settings and the compiled
  // matcher overlaps the parse; the scan itself waits for DOMContentLoaded (lib/page/content-script.ts).
  runAt: 'document_start',
  // WXT's context is replaced at build time by an inert one (it announces itself to the page):
  // the content script owns its lifetime.
  main() {
    runContentScript(document, pageLifecycle(globalThis, () => browser.runtime?.id, document));
  },
});
