/**
 * npm run bench:compare -- REF [--runs N] [--pages SUBSTRING] [--browsers chromium,firefox] [--no-build]
 * (`--pages frames`: the article with 20 ad-like frames and without them)
 *
 * Before and after in one run: the extension as it was at git revision REF and as it is now, in
 * the same browsers at the same time, page by page and run by run in alternating order (so a
 * drift of the machine's speed weighs on both alike). Per page: the content script's first full
 * scan (both browsers) and, in Chromium, what the whole load adds to the page's main thread and
 * heap against a Chromium with no extension. Plus the first-stage content script's size.
 * Prints Markdown tables and writes bench-results/compare-<time>.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../../lib/dev/chromium';
import { BUILD_DIRS, ROOT, type BrowserName } from '../../../lib/dev/paths';
import { parseArgs } from '../args';
import { launchBench } from '../browser/launch';
import { machine } from '../machine';
import { servePages } from '../pages';
import { median } from '../stats';
import { buildBaseline } from './baseline';
import { compareTables, type BrowserComparison, type PageComparison, type Side } from './report';
import { sampleBare, sampleLoad, type LoadSample } from './measure';
import type { LoadMetrics } from '../browser/page-load';

const log = (line: string) => console.error(line);

const [ref, ...rest] = process.argv.slice(2);
if (!ref || ref.startsWith('--')) throw new Error('usage: npm run bench:compare -- REF [--runs N] [--pages SUBSTRING] [--browsers chromium,firefox] [--no-build]');
const args = parseArgs(rest);

function side(samples: LoadSample[]): Side {
  const loads = samples.map((s) => s.load).filter((l) => l !== null);
  return {
    scanMs: median(samples.map((s) => s.scanMs)),
    mentions: samples[0]?.mentions ?? 0,
    taskMs: loads.length ? median(loads.map((l) => l.taskMs)) : null,
    heapBytes: loads.length ? median(loads.map((l) => l.heapBytes)) : null,
    threadMs: loads.length ? median(loads.map((l) => l.threadMs ?? NaN)) : null,
  };
}

function contentScriptSize(dir: string): { raw: number; gzipped: number } {
  const bytes = readFileSync(join(dir, 'content-scripts/content.js'));
  return { raw: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

async function compareIn(name: BrowserName, baselineDir: string, urls: { name: string; url: string }[]): Promise<BrowserComparison> {
  log(`${name}: launching the baseline, the current build${name === 'chromium' ? ' and a bare browser' : ''}`);
  const before = await launchBench(name, baselineDir);
  const after = await launchBench(name);
  const bare = name === 'chromium' ? await launchChromium({ extensionDir: '', headless: true }) : null;
  try {
    const rows: PageComparison[] = [];
    for (const page of urls) {
      const a: LoadSample[] = [];
      const b: LoadSample[] = [];
      const none: LoadMetrics[] = [];
      for (let run = 0; run < args.runs; run++) {
        const order = run % 2 === 0 ? [before, after] : [after, before];
        for (const browser of order) (browser === before ? a : b).push(await sampleLoad(browser, page.url));
        if (bare) {
          none.push(await sampleBare(bare, page.url));
        }
      }
      const row: PageComparison = {
        page: page.name,
        before: side(a),
        after: side(b),
        bare: bare
          ? { taskMs: median(none.map((n) => n.taskMs)), heapBytes: median(none.map((n) => n.heapBytes)), threadMs: median(none.map((n) => n.threadMs ?? NaN)) }
          : null,
      };
      log(`  ${page.name}: scan ${row.before.scanMs.toFixed(2)} → ${row.after.scanMs.toFixed(2)} ms`);
      rows.push(row);
    }
    return { name, version: after.version, pages: rows };
  } finally {
    await before.close();
    await after.close();
    await bare?.close();
  }
}

if (args.build) {
  log('building the current code for both browsers…');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}
const baseline = buildBaseline(ref, log);
const served = await servePages([]);
try {
  // The framed article and its frameless twin only when named (`--pages frames`): the frames' cost
  // is their ratio, not a page among the real ones.
  const framed = args.pages === null ? [] : [served.frames.with, served.frames.without].filter((p) => p.name.includes(args.pages ?? ''));
  const pages = [...served.pages.filter((p) => !p.generated && (args.pages === null || p.name.includes(args.pages))), ...framed];
  const browsers: BrowserComparison[] = [];
  for (const name of args.browsers) browsers.push(await compareIn(name, baseline.dirs[name], pages));
  const results = {
    startedAt: new Date().toISOString(),
    command: ['npm run bench:compare --', ...process.argv.slice(2)].join(' '),
    baseline: { ref: baseline.ref, commit: baseline.commit },
    current: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
    runs: args.runs,
    machine: machine(),
    contentScript: { before: contentScriptSize(baseline.dirs.chromium), after: contentScriptSize(BUILD_DIRS.chromium) },
    browsers,
  };
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `compare-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`JSON: ${file}`);
  console.log(compareTables(results));
} finally {
  await served.close();
  baseline.remove();
}
