/**
 * A CPU profile of what the content script's stages cost a page load (Chromium, DevTools'
 * Profiler domain, sampling every 100 µs): the self time of every function of the extension's
 * scripts, summed over a few loads of two pages with a mention, three without and the framed
 * article. On a shared machine these sums vary far less than the bench's main-thread totals,
 * which include the page's own work. Not a bench section; run by hand after `npm run build`:
 *
 *   TOP=40 npx tsx tests/bench/browser/gate-profile.ts [runs] [page-substring]
 *
 * With a build that has source maps (`EXTENSION_DIR` pointing at one built with
 * `vite.build.sourcemap`), it also sums the self time by source module (`MODULE` rows).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, type SourceMapMappings } from '@jridgewell/sourcemap-codec';
import type { CDPSession } from 'playwright-core';
import { launchChromium, withCdp } from '../../../lib/dev/chromium';
import { BUILD_DIRS } from '../../../lib/dev/paths';
import { servePages } from '../pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const PAGES = ['pages/rferl-en.html', 'pages/inform-kz-ru.html', 'pages/gmw-zh.html', 'pages/cnn-test-nlp-en.html', 'pages/kommersant-ru.html', 'generated/frames-20.html', 'generated/frames-0.html'];

const sources = new Map<string, string[]>();
/** The built source where a function starts (the build is minified: its name says little). */
function snippet(file: string, line: number, column: number): string {
  let lines = sources.get(file);
  if (!lines) {
    try {
      lines = readFileSync(join(process.env.EXTENSION_DIR ?? BUILD_DIRS.chromium, file.replace(/[?#].*$/, '')), 'utf8').split('\n');
    } catch {
      lines = [];
    }
    sources.set(file, lines);
  }
  return (lines[line] ?? '').slice(column, column + 70).replace(/\s+/g, ' ');
}

const maps = new Map<string, { sources: string[]; lines: SourceMapMappings } | null>();
/**
 * The source module a function of a built file comes from, where the build has source maps
 * (build with them: `EXTENSION_DIR` pointing at a build made with `vite.build.sourcemap`).
 */
function moduleOf(file: string, line: number, column: number): string | null {
  if (!maps.has(file)) {
    const path = join(process.env.EXTENSION_DIR ?? BUILD_DIRS.chromium, `${file.replace(/[?#].*$/, '')}.map`);
    const map = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { sources: string[]; mappings: string }) : null;
    maps.set(file, map ? { sources: map.sources, lines: decode(map.mappings) } : null);
  }
  const map = maps.get(file);
  if (!map) return null;
  const segments = map.lines[line] ?? [];
  let found: number | undefined;
  for (const segment of segments) {
    if (segment[0] > column) break;
    if (segment.length >= 4) found = segment[1];
  }
  const source = found === undefined ? undefined : map.sources[found];
  return source ? source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'npm:') : null;
}

async function profiledLoad(cdp: CDPSession, url: string): Promise<Map<string, number>> {
  await cdp.send('Page.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const loaded = new Promise<void>((resolve) => cdp.once('Page.loadEventFired', () => resolve()));
  await cdp.send('Page.navigate', { url });
  await loaded;
  // Our work ends within a second of the load on these pages (a profile, not a test: a fixed wait).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] ?? -1);
    // A sample's time is the delta to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (!node || !node.callFrame.url.includes('-extension://')) continue;
    const file = node.callFrame.url.replace(/^.*-extension:\/\/[^/]+\//, '');
    const key = `${file} ${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber} ${snippet(file, node.callFrame.lineNumber, node.callFrame.columnNumber)}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const module = moduleOf(file, node.callFrame.lineNumber, node.callFrame.columnNumber);
    if (module) self.set(`MODULE ${module}`, (self.get(`MODULE ${module}`) ?? 0) + ms);
    self.set(`TOTAL ${file}`, (self.get(`TOTAL ${file}`) ?? 0) + ms);
  }
  return self;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const only = process.argv[3] ?? '';
  const served = await servePages([]);
  const session = await launchChromium({ extensionDir: process.env.EXTENSION_DIR ?? BUILD_DIRS.chromium, headless: true });
  try {
    const urls = new Map([...served.pages, served.frames.with, served.frames.without].map((p) => [p.name, p.url]));
    for (const name of PAGES.filter((p) => p.includes(only))) {
      const url = urls.get(name);
      if (!url) throw new Error(`no page ${name}`);
      const sums = new Map<string, number>();
      const totals = new Map<string, number[]>();
      for (let run = 0; run <= runs; run++) {
        const tab = await session.openPage('about:blank');
        const self = await withCdp(tab, (cdp) => profiledLoad(cdp, url));
        await tab.close();
        // The first load warms the browser's caches: not counted.
        if (run === 0) continue;
        for (const [key, ms] of self) sums.set(key, (sums.get(key) ?? 0) + ms);
        for (const [key, ms] of self) if (key.startsWith('TOTAL')) totals.set(key, [...(totals.get(key) ?? []), ms]);
      }
      // On a shared machine a descheduled thread's wall time lands in the samples: the median and
      // the least of the loads say more than the mean.
      for (const [key, list] of totals) {
        const sorted = [...list].sort((a, b) => a - b);
        console.log(`${name} ${key}: median ${(sorted[Math.floor(sorted.length / 2)] ?? NaN).toFixed(2)} ms, least ${(sorted[0] ?? NaN).toFixed(2)} ms over ${list.length} loads`);
      }
      console.log(`\n${name} (mean of ${runs} loads, ms of self time in the extension's scripts)`);
      const rows = [...sums].map(([key, ms]) => [key, ms / runs] as const).sort((a, b) => b[1] - a[1]);
      for (const [key, ms] of rows.slice(0, Number(process.env.TOP ?? 14))) console.log(`${ms.toFixed(2).padStart(8)}  ${key}`);
    }
  } finally {
    await session.close();
    await served.close();
  }
}

await main();
