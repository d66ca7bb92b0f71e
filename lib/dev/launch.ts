/** A browser with the built extension loaded: the e2e tests' fixture and `npm start` both use it. */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { BUILD_DIRS, type BrowserName } from './paths';
import type { ExtensionSession } from './session-types';

export async function launchExtension(
  browserName: BrowserName,
  headless = true,
  colorScheme: 'light' | 'dark' = 'light',
  locale?: string,
): Promise<ExtensionSession> {
  const options = { extensionDir: BUILD_DIRS[browserName], headless, colorScheme, ...(locale ? { locale } : {}) };
  return browserName === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
