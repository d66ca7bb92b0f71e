/** Where the built extension and the fixtures live, relative to the repository. */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIXTURES = resolve(ROOT, 'tests/fixtures');
export const ARTIFACTS = resolve(ROOT, 'tests/.artifacts');

export type BrowserName = 'chromium' | 'firefox';

export const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: resolve(ROOT, '.output/chrome-mv3'),
  firefox: resolve(ROOT, '.output/firefox-mv3'),
};
