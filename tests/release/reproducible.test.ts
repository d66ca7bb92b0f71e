/**
 * A release anyone can check: the sources archive AMO asks for (`npm run zip`) is unpacked into
 * a clean folder, installed from the lockfile and built there, and every file of both builds must
 * equal, byte for byte, the build in .output — and both store packages must hold exactly those
 * files. Run by `npm run test:release` (which makes the packages first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../lib/dev/paths';

const run = promisify(execFile);
const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const OUTPUT = join(ROOT, '.output');
const PACKAGES = {
  sources: join(OUTPUT, `backstory-${version}-sources.zip`),
  chrome: join(OUTPUT, `backstory-${version}-chrome.zip`),
  firefox: join(OUTPUT, `backstory-${version}-firefox.zip`),
};
const BUILDS = { chrome: 'chrome-mv3', firefox: 'firefox-mv3' } as const;

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function unzip(zipPath: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  }
  return out;
}

/** The paths whose bytes differ (or exist on one side only). */
async function differences(expected: Map<string, Buffer>, actualDir: string): Promise<string[]> {
  const actual = await files(actualDir);
  const names = [...new Set([...expected.keys(), ...actual])].sort();
  const differ: string[] = [];
  for (const name of names) {
    const want = expected.get(name);
    const have = actual.includes(name) ? await readFile(join(actualDir, name)) : undefined;
    if (!want || !have || !want.equals(have)) differ.push(name);
  }
  return differ;
}

async function readTree(dir: string): Promise<Map<string, Buffer>> {
  return new Map(await Promise.all((await files(dir)).map(async (f) => [f, await readFile(join(dir, f))] as const)));
}

describe('release', () => {
  let clean = '';
  beforeAll(async () => {
    for (const path of Object.values(PACKAGES)) {
      if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run zip\` first (npm run test:release does).`);
    }
    clean = await mkdtemp(join(tmpdir(), 'backstory-release-'));
    for (const [name, contents] of await unzip(PACKAGES.sources)) {
      await mkdir(dirname(join(clean, name)), { recursive: true });
      await writeFile(join(clean, name), contents);
    }
  });
  afterAll(async () => {
    if (clean) await rm(clean, { recursive: true, force: true });
  });

  it('ships in the sources archive what a rebuild needs, and nothing of the machine', async () => {
    const shipped = await files(clean);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'lib/release/CHANGELOG.md', 'lib/public/icon/icon.svg']) {
      expect(shipped, needed).toContain(needed);
    }
    for (const folder of ['lib/', 'entrypoints/', 'seeds/']) expect(shipped.some((f) => f.startsWith(folder)), folder).toBe(true);
    expect(shipped.filter((f) => /^(node_modules|\.output|\.wxt|tests|\.git)\//.test(f))).toEqual([]);
    expect(await readFile(join(clean, 'README.md'), 'utf8')).toContain('npm ci && npm run build');
  });

  it('rebuilds from the sources archive, in a clean folder, to byte-identical extension files', async () => {
    // As a person's shell would run it: Vitest's own variables (NODE_ENV=test among them) would
    // change what Vite builds.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
    // From the npm cache when it holds the packages: the check needs no network of its own.
    await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clean, env, maxBuffer: 64 << 20 });
    await run('npm', ['run', 'build'], { cwd: clean, env, maxBuffer: 64 << 20 });
    for (const build of Object.values(BUILDS)) {
      const ours = await readTree(join(OUTPUT, build));
      expect(ours.size, build).toBeGreaterThan(10);
      expect(await differences(ours, join(clean, '.output', build)), build).toEqual([]);
    }
  });

  it('packs exactly the built files into each store package', async () => {
    for (const [browser, build] of Object.entries(BUILDS) as [keyof typeof BUILDS, string][]) {
      expect(await differences(await unzip(PACKAGES[browser]), join(OUTPUT, build)), browser).toEqual([]);
    }
  });
});
