/**
 * Where Backstory's cost on a Firefox page load goes, by Firefox's own profiler: Firefox is
 * started with the Gecko profiler on (MOZ_PROFILER_STARTUP, the `js` and `cpu` features, every
 * process's main thread, 1 ms sampling; the profile is written at shutdown), loads pages without
 * a mention and pages with one a few times each, and the samples of the page's process within
 * each load are sorted by which of our parts their stack is in (page-load-gecko-profile.ts):
 * the first stage, the second stage, Firefox's own extension code working for us in the page's
 * process (injecting the content script, messaging, the API's bindings). The extension process
 * (the background's event page) is reported apart: it is not the page's thread, but on a
 * machine of two cores its work takes CPU from the page too. The same loads with an extension
 * whose content script is empty (empty-extension.ts) give the floor of any content script.
 * Not a bench section (the profiler slows Firefox itself); run by hand after `npm run build`:
 *
 *   npx tsx tests/bench/browser/page-load-profile-firefox.ts [runs] [page-substring]
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox } from '../../../lib/dev/firefox';
import { BUILD_DIRS } from '../../../lib/dev/paths';
import { until } from '../../../lib/dev/until';
import { servePages } from '../pages';
import { writeEmptyExtension } from './empty-extension';
import { FIREFOX_IDLE_MS, launchBench } from './launch';
import { bucketOf, mainThreads, type GeckoProfile, type Sample } from './page-load-gecko-profile';

const PAGES = [
  { name: 'pages/gmw-zh.html', mentions: false },
  { name: 'pages/cnn-test-nlp-en.html', mentions: false },
  { name: 'pages/kommersant-ru.html', mentions: false },
  { name: 'pages/rferl-en.html', mentions: true },
  { name: 'pages/inform-kz-ru.html', mentions: true },
  { name: 'pages/lefigaro-fr.html', mentions: true },
  { name: 'generated/frames-0.html', mentions: true },
  { name: 'generated/frames-20.html', mentions: true },
];

/** Time each load is given (ms from the navigation): our gate or first scan is over well within it. */
const LOAD_WINDOW_MS = 2500;

interface Load {
  page: string;
  from: number;
  to: number;
}

/** Profiles `runs` loads of each page in a Firefox with `extensionDir` (after one warm-up load each). */
async function profiledRun(extensionDir: string, ours: boolean, urls: Map<string, string>, pages: typeof PAGES, runs: number, out: string): Promise<Load[]> {
  Object.assign(process.env, {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_STARTUP_INTERVAL: '1',
    MOZ_PROFILER_STARTUP_ENTRIES: String(64 * 1024 * 1024),
    MOZ_PROFILER_SHUTDOWN: out,
  });
  const firefoxPrefs = { 'privacy.reduceTimerPrecision': false, 'extensions.background.idle.timeout': FIREFOX_IDLE_MS };
  // Ours as the bench has it (the packed matcher stored first); the empty one as it comes.
  const session = ours ? (await launchBench('firefox', extensionDir)).session : await launchFirefox({ extensionDir, headless: true, firefoxPrefs });
  for (const key of Object.keys(process.env)) if (key.startsWith('MOZ_PROFILER')) delete process.env[key];
  const loads: Load[] = [];
  try {
    for (const { name } of pages) {
      const url = urls.get(name);
      if (!url) throw new Error(`no page ${name}`);
      for (let run = 0; run <= runs; run++) {
        const from = Date.now();
        const page = await session.openPage(url);
        // A profile, not a test: each load gets the same fixed window, nothing polls the page.
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, from + LOAD_WINDOW_MS - Date.now())));
        const to = Date.now();
        await page.close();
        // The first load warms the caches (the content script's compile cache among them): not counted.
        if (run > 0) loads.push({ page: name, from, to });
      }
    }
  } finally {
    await session.close();
  }
  await until(async () => existsSync(out), (found) => found, { timeoutMs: 60_000, what: `the profile ${out}` });
  return loads;
}

/** Sums of CPU ms by key. */
type Sums = Map<string, number>;
const add = (sums: Sums, key: string, ms: number) => sums.set(key, (sums.get(key) ?? 0) + ms);

const sources = new Map<string, string>();
/** Our innermost function, named by where it starts in the build and its first characters there (the build is minified). */
function ourFunction(frames: readonly string[], buildDir: string): string {
  const frame = frames.find((f) => f.includes('moz-extension://')) ?? '?';
  const at = /moz-extension:\/\/[^/]+\/([^:)]+):(\d+):(\d+)/.exec(frame);
  if (!at) return frame;
  const [, file = '', line = '1', column = '0'] = at;
  let text = sources.get(file);
  if (text === undefined) {
    text = existsSync(join(buildDir, file)) ? readFileSync(join(buildDir, file), 'utf8') : '';
    sources.set(file, text);
  }
  const lineText = text.split('\n')[Number(line) - 1] ?? '';
  return `${file}:${line}:${column} ${lineText.slice(Number(column), Number(column) + 60)}`;
}

function report(label: string, profile: GeckoProfile, loads: readonly Load[], buildDir: string): void {
  const threads = mainThreads(profile);
  const pages = [...new Set(loads.map((l) => l.page))];
  console.log(`\n=== ${label}: CPU ms per load on each process's main thread (the profiler's thread CPU time), mean of ${loads.length / pages.length} loads a page ===`);
  for (const page of pages) {
    const windows = loads.filter((l) => l.page === page);
    const n = windows.length;
    const inWindow = (s: Sample) => windows.some((w) => s.at >= w.from && s.at < w.to);
    const totals: Sums = new Map();
    const parts: Sums = new Map();
    const functions: Sums = new Map();
    for (const thread of threads) {
      // The page's process is a Web Content one (a fresh one per tab here); WebExtensions runs the background.
      const where = thread.process === 'Web Content' ? 'page' : thread.process;
      for (const s of thread.samples) {
        if (s.cpuMs <= 0 || !inWindow(s)) continue;
        add(totals, `${where}: all`, s.cpuMs);
        const bucket = bucketOf(s.frames);
        if (!bucket) continue;
        add(parts, `${where}: ${bucket}`, s.cpuMs);
        if (s.frames.some((f) => f.includes('moz-extension://'))) add(functions, `${where}: ${ourFunction(s.frames, buildDir)}`, s.cpuMs);
      }
    }
    const print = (sums: Sums, limit = 20) => {
      for (const [key, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, limit)) if (ms / n >= 0.05) console.log(`  ${(ms / n).toFixed(1).padStart(7)}  ${key}`);
    };
    console.log(`\n${page}`);
    print(totals);
    print(parts);
    console.log('  by our innermost function:');
    print(functions, 10);
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 4);
  const only = process.argv[3] ?? '';
  const pages = PAGES.filter((p) => p.name.includes(only));
  const served = await servePages([]);
  const dir = join(tmpdir(), `backstory-gecko-${process.pid}`);
  const urls = new Map([...served.pages, served.frames.with, served.frames.without].map((p) => [p.name, p.url]));
  const emptyDir = await writeEmptyExtension(BUILD_DIRS.firefox, 'firefox');
  try {
    const oursOut = `${dir}-ours.json`;
    const emptyOut = `${dir}-empty.json`;
    const ourDir = process.env.EXTENSION_DIR ?? BUILD_DIRS.firefox;
    const oursLoads = await profiledRun(ourDir, true, urls, pages, runs, oursOut);
    const emptyLoads = await profiledRun(emptyDir.dir, false, urls, pages, runs, emptyOut);
    report('Backstory', JSON.parse(readFileSync(oursOut, 'utf8')) as GeckoProfile, oursLoads, ourDir);
    report('empty content script', JSON.parse(readFileSync(emptyOut, 'utf8')) as GeckoProfile, emptyLoads, emptyDir.dir);
    if (!process.env.KEEP_PROFILES) for (const f of [oursOut, emptyOut]) rmSync(f, { force: true });
    else console.log(`\nprofiles kept: ${readdirSync(tmpdir()).filter((f) => f.startsWith(`backstory-gecko-${process.pid}`)).join(', ')}`);
  } finally {
    await emptyDir.remove();
    await served.close();
  }
}

await main();
