/** The first-run page opens once, when Backstory is installed: never on an update or a browser update. */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';

export async function openWelcomeOnInstall(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
