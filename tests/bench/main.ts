/**
 * npm run bench — Backstory's benchmark (not a test): the built extension in Chromium and in
 * Firefox ESR, against pages served from 127.0.0.1, beside the bare DOM walk and mark.js; the
 * corpus and the popup in the browsers; sizes; the matcher in Node. Every figure is the median
 * of at least five runs. Prints tables, writes bench-results/bench-<time>.json (and
 * latest.json), and with --update-readme rewrites the README's performance section. See
 * args.ts for the options.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../lib/dev/paths';
import { MIN_RUNS, parseArgs, type BenchArgs, type BrowserChoice } from './args';
import { benchCard, type CardBench } from './browser/card';
import { benchCorpus, type CorpusBench } from './browser/corpus';
import { benchHostile, type HostileRow } from './browser/hostile';
import { benchIncremental, type IncrementalBench } from './browser/incremental';
import { launchBench } from './browser/launch';
import { benchLibraryImport, type LibraryImportBench } from './browser/library-import';
import { benchLibraryScale, type LibraryScaleBench } from './browser/library-scale';
import { benchMemory, type MemoryBench } from './browser/memory';
import { benchPageLoad, settledOurs, type PageLoadBench } from './browser/page-load';
import { benchPageLoadFirefox } from './browser/page-load-firefox';
import { benchPopup, type PopupBench } from './browser/popup';
import { benchPageScan, type PageScan } from './browser/scan';
import { machine, type Machine } from './machine';
import { aliasAlternation, benchMatcher, type MatcherBench } from './matcher';
import { servePages, type ServedPages } from './pages';
import { updateReadme } from './readme';
import { report } from './report';
import { hostileTables } from './hostile-report';
import { measureSizes, type Sizes } from './sizes';
import { checkTargets, type TargetResult } from './targets';

export interface BrowserResults {
  name: BrowserChoice;
  version: string;
  scan: PageScan[];
  incremental: IncrementalBench | null;
  card: CardBench | null;
  popup: PopupBench | null;
  corpus: CorpusBench | null;
  memory: MemoryBench | null;
  /** Section 7 (Chromium): what a page load costs with the extension minus without it. */
  load?: PageLoadBench | null;
  /** Section 8: 1,000 documents imported through the library page. */
  library?: LibraryImportBench | null;
  /** Section 9: the library at 100,000 passages; the watchlist's work in the browser. */
  scale?: LibraryScaleBench | null;
  /** Hostile and huge pages (opt-in section "hostile"). */
  hostile?: HostileRow[] | null;
}

export interface BenchResults {
  startedAt: string;
  command: string;
  runs: number;
  machine: Machine;
  browsers: BrowserResults[];
  sizes: Sizes | null;
  matcher: MatcherBench | null;
  targets: TargetResult[];
}

const log = (line: string) => console.error(line);

/** Section 8's import: the issue's 1,000 documents (about 10 MB of text). */
const LIBRARY_DOCUMENTS = 1000;

/** Fixture pages that name no watched entity (section 1's table: 0 mentions). */
const NO_MENTION_PAGES = new Set([
  'pages/assabah-tn-ar.html', 'pages/bhaskar-hi.html', 'pages/cnn-test-nlp-en.html', 'pages/gmw-zh.html', 'pages/kommersant-ru.html',
]);

async function measureBrowser(name: BrowserChoice, args: BenchArgs, served: ServedPages, results: BenchResults): Promise<void> {
  log(`${name}: launching`);
  const browser = await launchBench(name);
  results.machine.browsers[name] = browser.version;
  const entry: BrowserResults = { name, version: browser.version, scan: [], incremental: null, card: null, popup: null, corpus: null, memory: null, load: null, library: null };
  results.browsers.push(entry);
  try {
    const pages = served.pages.filter((p) => args.pages === null || p.name.includes(args.pages));
    const generated = served.pages.find((p) => p.generated);
    if (!generated) throw new Error('the generated article is missing');
    const { sections, runs } = args;
    if (sections.has('scan')) entry.scan = await benchPageScan(browser, pages, runs, aliasAlternation(), log);
    if (sections.has('incremental')) entry.incremental = await benchIncremental(browser, generated, runs, log);
    if (sections.has('card')) entry.card = await benchCard(browser, served.pages, runs, log);
    if (sections.has('popup')) entry.popup = await benchPopup(browser, served.pages, runs, log);
    if (sections.has('corpus')) entry.corpus = await benchCorpus(browser, runs, log);
    if (sections.has('memory')) entry.memory = await benchMemory(browser, generated, runs, log);
    if (sections.has('load')) {
      // The real pages (with and without mentions), then the framed article beside its frameless twin.
      const real = pages.filter((p) => p.name.startsWith('pages/'));
      const targets = [...real, served.frames.without, served.frames.with].map((p) => ({ name: p.name, url: p.url, mentions: !NO_MENTION_PAGES.has(p.name) }));
      entry.load = name === 'firefox' ? await benchPageLoadFirefox(browser, targets, runs, settledOurs, log) : await benchPageLoad(browser, targets, runs, log);
    }
    if (sections.has('library')) {
      // Once: the import fills the library, which every later figure would then include.
      const demo = served.pages.find((p) => p.name === 'demo/article.html');
      if (!demo) throw new Error('the demo article is missing');
      entry.library = await benchLibraryImport(browser, demo.url, LIBRARY_DOCUMENTS, log);
    }
    if (sections.has('hostile')) entry.hostile = await benchHostile(browser, args.pages, log);
    // Last: it fills the extension's database with 100,000 passages.
    if (sections.has('scale')) entry.scale = await benchLibraryScale(browser, served.pages, runs, log);
  } finally {
    await browser.close();
  }
}

async function measure(args: BenchArgs): Promise<BenchResults> {
  if (args.build) {
    // The zips are part of what is measured, and zipping builds both browsers first.
    log('building and zipping both browsers…');
    for (const browser of ['chrome', 'firefox']) execFileSync('npx', ['wxt', 'zip', '-b', browser], { cwd: ROOT, stdio: 'ignore' });
  }
  const argv = process.argv.slice(2);
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
    runs: args.runs,
    machine: machine(),
    browsers: [],
    sizes: null,
    matcher: null,
    targets: [],
  };
  // Served once for both browsers: generating the 10 MB article and hashing the pages takes a while.
  const served = await servePages(args.folders);
  try {
    for (const name of args.browsers) await measureBrowser(name, args, served, results);
  } finally {
    await served.close();
  }
  if (args.sections.has('size')) results.sizes = measureSizes();
  if (args.sections.has('matcher')) {
    log('matcher in Node…');
    results.matcher = await benchMatcher();
  }
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = join(dir, `bench-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  log(`JSON: ${file}`);
  return results;
}

const args = parseArgs(process.argv.slice(2));
const results = args.from ? (JSON.parse(readFileSync(args.from, 'utf8')) as BenchResults) : await measure(args);
results.targets = checkTargets(results);
console.log(report(results, 'text'));
if (results.browsers.some((b) => b.hostile?.length)) console.log(`\n${hostileTables(results.browsers, 'text')}\n\n${hostileTables(results.browsers, 'markdown')}`);
if (args.updateReadme) {
  if (results.runs < MIN_RUNS) throw new Error(`the README takes figures from at least ${MIN_RUNS} runs`);
  updateReadme(join(ROOT, 'README.md'), report(results, 'markdown'));
  console.log('\nREADME.md: performance section updated');
}
