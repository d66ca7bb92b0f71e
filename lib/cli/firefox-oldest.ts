/**
 * Runs the Firefox end-to-end tests on the oldest Firefox ESR that Debian still offers, which
 * should be the oldest the manifest accepts (`strict_min_version`). `npm test` drives the newest
 * ESR (Debian's security suite); the older one is where pdf.js's modern build, shadow roots'
 * adopted sheets and a disabled button's focus once failed (README, *The two commands*).
 *
 * The packages are downloaded from Debian's archive and unpacked into .cache/ — nothing is
 * installed. Usage, after `npm run build`: tsx lib/cli/firefox-oldest.ts [vitest arguments…]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIRS, ROOT } from '../dev/paths';

/** The language packs the locale tests load (lib/dev/firefox.ts). */
const LANGUAGE_PACKS = ['ar', 'de'];

function run(command: string, args: string[], cwd?: string): string {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${done.stderr || done.error?.message || `status ${done.status}`}`);
  return done.stdout;
}

const major = (version: string) => Number(/^(\d+)/.exec(version)?.[1] ?? NaN);

/** Every version of firefox-esr Debian's lists offer, oldest first. */
function offeredVersions(): string[] {
  const lines = run('apt-cache', ['madison', 'firefox-esr']).split('\n');
  const versions = lines.map((line) => line.split('|')[1]?.trim()).filter((v): v is string => !!v);
  return [...new Set(versions)].sort((a, b) => (spawnSync('dpkg', ['--compare-versions', a, 'lt', b]).status === 0 ? -1 : 1));
}

function main(): void {
  const manifest = JSON.parse(readFileSync(join(BUILD_DIRS.firefox, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { strict_min_version?: string } } };
  const minimum = manifest.browser_specific_settings?.gecko?.strict_min_version;
  if (!minimum) throw new Error(`no strict_min_version in ${BUILD_DIRS.firefox}/manifest.json: run npm run build first`);
  const oldest = offeredVersions()[0];
  if (!oldest) throw new Error('Debian offers no firefox-esr here: run apt-get update first');
  if (major(oldest) > major(minimum)) {
    console.warn(`Debian's oldest firefox-esr is ${oldest}, newer than the manifest's minimum ${minimum}: testing ${oldest}.`);
  }
  const dir = join(ROOT, '.cache', 'firefox-oldest', oldest.replace(/[^\w.-]/g, '_'));
  const binary = join(dir, 'root', 'usr', 'lib', 'firefox-esr', 'firefox-esr');
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    const packages = ['firefox-esr', ...LANGUAGE_PACKS.map((lang) => `firefox-esr-l10n-${lang}`)].map((name) => `${name}=${oldest}`);
    console.log(`Downloading ${packages.join(', ')} from Debian's archive into ${dir}`);
    run('apt-get', ['download', ...packages], dir);
    for (const deb of readdirSync(dir).filter((name) => name.endsWith('.deb'))) run('dpkg', ['-x', deb, 'root'], dir);
  }
  console.log(`Firefox end-to-end tests on ${run(binary, ['--version']).trim()} (the manifest accepts ${minimum} and later)`);
  const tests = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', '-t', 'firefox', ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, FIREFOX_PATH: binary },
  });
  process.exit(tests.status ?? 1);
}

main();
