/** Before any e2e test: the builds must exist (npm test builds them first). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIRS } from '../../lib/dev/paths';
import { CHROMIUM_PATH } from '../../lib/dev/chromium';
import { FIREFOX_PATH } from '../../lib/dev/firefox';

export default function setup(): void {
  for (const [name, dir] of Object.entries(BUILD_DIRS)) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      throw new Error(`No ${name} build in ${dir}. Run \`npm run build\` first (npm test does).`);
    }
  }
  for (const path of [CHROMIUM_PATH, FIREFOX_PATH]) {
    if (!existsSync(path)) {
      throw new Error(`${path} is missing. Install it with: apt-get install -y chromium firefox-esr`);
    }
  }
}
