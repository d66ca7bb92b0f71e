import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from '@/lib/page/start';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    startPage(document, ctx.signal);
  },
});
