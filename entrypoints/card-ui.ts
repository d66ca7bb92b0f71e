import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installCardUi } from '@/lib/page/card/card-ui';
import { withCardController } from '@/lib/page/card/open-cards';
import { pageCardUi } from '@/lib/ui/card/page-card-ui';

// Injected by the background (scripting.executeScript) into the content script's isolated world
// when a page opens its first card; never web-accessible.
export default defineUnlistedScript(() => {
  installCardUi(withCardController(pageCardUi));
});
