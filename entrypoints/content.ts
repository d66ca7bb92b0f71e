import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from '@/lib/page/start';
// Highlight colours: injected by the browser from the manifest, never a <style> in the page.
import '@/lib/page/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Started while the page is still parsing, so that reading the settings and the compiled
  // matcher overlaps the parse; the scan itself waits for DOMContentLoaded (lib/page/start.ts).
  runAt: 'document_start',
  main(ctx) {
    void startPage(document, ctx.signal);
  },
});
