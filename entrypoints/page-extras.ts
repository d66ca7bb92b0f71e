import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageExtras } from '@/lib/page/extras/start-extras';

// The second stage's extras (the popup's report, keyboard navigation): injected by the background
// (scripting.executeScript) into the content script's world when first asked for; never web-accessible.
export default defineUnlistedScript(() => startPageExtras());
