import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from '@/lib/page/start';
// Highlight colours: injected by the browser from the manifest, never a <style> in the page.
import '@/lib/page/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  // As soon as the DOM is parsed: first highlights shortly after DOMContentLoaded.
  runAt: 'document_end',
  main(ctx) {
    void startPage(document, ctx.signal);
  },
});
