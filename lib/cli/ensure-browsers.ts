/**
 * Makes sure the browsers the tests and `npm start` drive are installed. On Debian as root a
 * missing browser is installed from Debian's packages; anywhere else the command stops and
 * says exactly what to install. Usage: tsx lib/cli/ensure-browsers.ts [--chromium] [--firefox]
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CHROMIUM_PATH } from '../dev/chromium';
import { FIREFOX_PATH } from '../dev/firefox';

interface Needed {
  name: string;
  path: string;
  debianPackage: string;
  envVar: string;
}

const ALL: Record<'chromium' | 'firefox', Needed> = {
  chromium: { name: 'Chromium', path: CHROMIUM_PATH, debianPackage: 'chromium', envVar: 'CHROMIUM_PATH' },
  firefox: { name: 'Firefox ESR', path: FIREFOX_PATH, debianPackage: 'firefox-esr', envVar: 'FIREFOX_PATH' },
};

// Fonts for the scripts the demo and the fixtures use (Devanagari, Arabic, CJK): without them
// screenshots show boxes. Nice to have, so a missing font never stops a run.
const FONT_PACKAGES = ['fonts-noto-core', 'fonts-wqy-microhei'];

function hasFontFor(lang: string): boolean {
  const run = spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' });
  return run.status === 0 && run.stdout.trim().length > 0;
}

export function ensureBrowsers(which: ('chromium' | 'firefox')[]): void {
  const missing = which.map((w) => ALL[w]).filter((b) => !existsSync(b.path));
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  const fonts = isRoot && isDebian && !(hasFontFor('hi') && hasFontFor('zh')) ? FONT_PACKAGES : [];
  if (missing.length === 0 && fonts.length === 0) return;
  const packages = [...missing.map((b) => b.debianPackage), ...fonts];
  if (isRoot && isDebian) {
    console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
      const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status}).`);
    }
    const stillMissing = missing.filter((b) => !existsSync(b.path));
    if (stillMissing.length === 0) return;
    throw new Error(`Installed, but still missing: ${stillMissing.map((b) => b.path).join(', ')}`);
  }
  const why = !isDebian ? 'this is not a Debian system with apt-get' : 'this command is not running as root';
  throw new Error(
    [
      `Missing: ${missing.map((b) => `${b.name} (${b.path})`).join(', ')}.`,
      `It cannot be installed automatically because ${why}. Install it with:`,
      `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
      `or point ${missing.map((b) => b.envVar).join(' / ')} at an existing binary (Chromium ≥ 105, Firefox ≥ 140).`,
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flags = process.argv.slice(2);
  const which = (['chromium', 'firefox'] as const).filter((b) => flags.length === 0 || flags.includes(`--${b}`));
  try {
    ensureBrowsers([...which]);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
