/**
 * npm run bench:matcher (and section 6 of npm run bench) — normalise + match the visible text of
 * the real pages in tests/fixtures/pages with the full catalogue, and, in the same run, two
 * regex baselines built from the same aliases: one regex per alias, and one big alternation.
 * Throughput is UTF-8 bytes of visible text per second; the matcher's figure is the median of
 * its full rounds over the corpus, the baselines are time-boxed (they would take minutes). Also
 * what the content script ships for matching: the matcher's code (bundled and minified by the
 * installed Vite) and the compiled tables the background packs for it (lib/entities/pack.ts, unpack.ts).
 * Run alone, it exits 1 when the matcher is below 50 MB/s or its code is over 25 KB gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { expandBraces } from '../../lib/entities/compile/expand';
import { compileCatalogue } from '../../lib/entities/compile/compile';
import { getCatalogue } from '../../lib/entities/index';
import { createMatcherFromCompiled } from '../../lib/entities/scan/scan';
import { packMatcher } from '../../lib/entities/pack';
import type { Catalogue } from '../../lib/entities/types';
import { foldForMatch } from '../../lib/text/normalise';
import { htmlToBlocks } from '../../lib/cli/support/html-blocks';
import { bundleSize, type BundleSize } from './bundle-size';
import { median } from './stats';

const PAGES = 'tests/fixtures/pages';
export const MATCHER_TARGET_MB_S = 50;
export const MATCHER_SIZE_LIMIT = 25 * 1024;
/** What the content script imports for matching (lib/page/matcher-loader.ts). */
const CONTENT_SCRIPT_MATCHER = {
  'lib/entities/unpack.ts': ['unpackMatcher'],
};

interface Block {
  /** The block's text as a browser hands it to the content script (asBrowserHandsIt). */
  text: string;
  /** The same text as happy-dom and the block reader built it: pieces joined with +=. */
  built: string;
  lang: string | undefined;
}

/**
 * A flat copy of `text`, stored as Chromium's V8 stores page text: Blink keeps text of Latin-1
 * characters at one byte per character and hands it to V8 that way. happy-dom does not: a
 * block's text is a tree of concatenated pieces, sliced from a page source that is two bytes per
 * character as soon as the page holds one character past U+00FF (a curly quote is enough), and
 * the same code reads such a string about a sixth slower. The UTF-8 round trip makes a flat
 * string of one byte per character wherever every character fits.
 */
const asBrowserHandsIt = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

export interface MatcherBench {
  pages: number;
  blocks: number;
  /** UTF-8 bytes of visible text. */
  bytes: number;
  compileMs: number;
  /** Every block normalised and walked: median and best full round. */
  matcherMBs: number;
  matcherBestMBs: number;
  rounds: number;
  /** The same, on the text as happy-dom built it (see asBrowserHandsIt). */
  builtMBs: number;
  /** As pages run it: the native prefilter first, the full matcher on the blocks it passes. */
  prefilteredMBs: number;
  perAlias: { regexes: number; MBs: number };
  alternationMBs: number;
  /** The matcher's code in the content script, and the tables packed for it (JSON, gzip -9). */
  code: BundleSize;
  tables: { json: number; gzipped: number };
}

function loadBlocks(): { blocks: Block[]; pages: number } {
  const blocks: Block[] = [];
  const files = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
  for (const file of files) {
    const page = htmlToBlocks(readFileSync(join(PAGES, file), 'utf8'));
    for (const built of page.blocks) blocks.push({ text: asBrowserHandsIt(built), built, lang: page.lang });
  }
  return { blocks, pages: files.length };
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Full rounds over the corpus for `budgetMs` after a warm-up round: each round's time. */
function rounds(blocks: readonly Block[], budgetMs: number, pass: (b: Block) => void): number[] {
  for (const b of blocks) pass(b);
  const times: number[] = [];
  const start = performance.now();
  do {
    const t0 = performance.now();
    for (const b of blocks) pass(b);
    times.push(performance.now() - t0);
  } while (performance.now() - start < budgetMs || times.length < 5);
  return times;
}

/** Throughput of a slow baseline: as many blocks as fit in `budgetMs` (at least one). */
function timeBoxed(blocks: readonly Block[], budgetMs: number, pass: (b: Block) => void): number {
  let done = 0;
  const start = performance.now();
  for (const b of blocks) {
    pass(b);
    done += utf8Bytes(b.text);
    if (performance.now() - start > budgetMs) break;
  }
  return done / ((performance.now() - start) / 1000) / 1e6;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEFT = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
const RIGHT = String.raw`(?![\p{L}\p{M}\p{N}_])`;

/** One regex body per written alias: its stem and its closed suffix set as an alternation. */
function aliasBodies(catalogue: Catalogue, highlightedOnly = false): string[] {
  const patterns = new Set<string>();
  for (const entity of catalogue.entities) {
    if (highlightedOnly && !entity.highlight) continue;
    for (const group of entity.aliases) {
      const endings = group.suffixes ? (catalogue.suffixSets[group.suffixes]?.endings ?? []) : [];
      const alternation = endings.length ? `(?:${[...new Set(endings.map(([s]) => escape(foldForMatch(s))))].join('|')})` : '';
      for (const form of group.forms.flatMap(expandBraces)) {
        const [head = '', tail = ''] = form.includes('~') ? form.split('~') : [form, ''];
        patterns.add(`${escape(foldForMatch(head))}${alternation}${escape(foldForMatch(tail))}`);
      }
    }
  }
  return [...patterns];
}

/**
 * The watched entities' aliases as one regular expression source (flags `giu`), longest first,
 * with Unicode-aware word boundaries: what the mark.js comparison highlights with.
 */
export function aliasAlternation(): string {
  const bodies = aliasBodies(getCatalogue(), true).sort((a, b) => b.length - a.length);
  return `${LEFT}(?:${bodies.join('|')})${RIGHT}`;
}

export async function benchMatcher(): Promise<MatcherBench> {
  const { blocks, pages } = loadBlocks();
  const bytes = blocks.reduce((sum, b) => sum + utf8Bytes(b.text), 0);
  const compileStart = performance.now();
  const compiled = compileCatalogue(getCatalogue());
  const compileMs = performance.now() - compileStart;
  const matcher = createMatcherFromCompiled(compiled);

  let found = 0;
  const prefilteredTimes = rounds(blocks, 3000, (b) => {
    found += matcher.scan(b.text, { lang: b.lang }).length;
  });
  const full = createMatcherFromCompiled(compiled, { prefilter: false });
  const times = rounds(blocks, 3000, (b) => {
    found += full.scan(b.text, { lang: b.lang }).length;
  });
  const builtTimes = rounds(blocks, 2000, (b) => {
    found += full.scan(b.built, { lang: b.lang }).length;
  });
  const rate = (ms: number) => bytes / (ms / 1000) / 1e6;

  // Baselines get the same normalised text; their cost grows with the number of aliases.
  const bodies = aliasBodies(getCatalogue());
  const perAlias = bodies.map((body) => new RegExp(`${LEFT}${body}${RIGHT}`, 'gu'));
  const perAliasRate = timeBoxed(blocks, 4000, (b) => {
    const folded = foldForMatch(b.text);
    for (const re of perAlias) {
      re.lastIndex = 0;
      while (re.exec(folded)) found++;
    }
  });
  const alternation = new RegExp(`${LEFT}(?:${[...bodies].sort((a, b) => b.length - a.length).join('|')})${RIGHT}`, 'gu');
  const alternationRate = timeBoxed(blocks, 4000, (b) => {
    const folded = foldForMatch(b.text);
    alternation.lastIndex = 0;
    while (alternation.exec(folded)) found++;
  });
  if (found < 0) throw new Error('unreachable: keeps the work observable');

  const tables = JSON.stringify(packMatcher());
  return {
    pages,
    blocks: blocks.length,
    bytes,
    compileMs,
    matcherMBs: rate(median(times)),
    matcherBestMBs: rate(Math.min(...times)),
    rounds: times.length,
    builtMBs: rate(median(builtTimes)),
    prefilteredMBs: rate(median(prefilteredTimes)),
    perAlias: { regexes: perAlias.length, MBs: perAliasRate },
    alternationMBs: alternationRate,
    code: await bundleSize(CONTENT_SCRIPT_MATCHER),
    tables: { json: Buffer.byteLength(tables), gzipped: gzipSync(tables, { level: 9 }).length },
  };
}

export function describeMatcherBench(r: MatcherBench): string[] {
  const mb = (x: number): string => `${x.toFixed(1).padStart(7)} MB/s`;
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  return [
    `corpus: ${r.pages} pages, ${r.blocks} blocks, ${kb(r.bytes)} of visible text (UTF-8)`,
    `matcher compiled in ${r.compileMs.toFixed(0)} ms (the background does it once per build; pages unpack it)`,
    `matcher (normalise + scan)         ${mb(r.matcherMBs)}   (median of ${r.rounds} full rounds; best ${r.matcherBestMBs.toFixed(1)})`,
    `… on the text as happy-dom built it ${mb(r.builtMBs)}   (concatenated pieces, two bytes per Latin character: not what a browser hands over)`,
    `… as pages run it (prefilter first) ${mb(r.prefilteredMBs)}   (warm code; in a fresh page the prefilter is what saves time)`,
    `one regex per alias (${r.perAlias.regexes} regexes)  ${mb(r.perAlias.MBs)}   matcher ×${(r.matcherMBs / r.perAlias.MBs).toFixed(1)}`,
    `one alternation regex              ${mb(r.alternationMBs)}   matcher ×${(r.matcherMBs / r.alternationMBs).toFixed(1)}`,
    `target ≥ ${MATCHER_TARGET_MB_S} MB/s: ${r.matcherMBs >= MATCHER_TARGET_MB_S ? 'met' : 'MISSED'}`,
    `matcher code in the content script (Vite app build, minified): ${kb(r.code.minified)}, gzip -9 ${kb(r.code.gzipped)} (limit ${kb(MATCHER_SIZE_LIMIT)})`,
    `compiled tables packed for it by the background (extension storage): ${kb(r.tables.json)} JSON, ${kb(r.tables.gzipped)} gzipped`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchMatcher();
  for (const line of describeMatcherBench(result)) console.log(line);
  process.exitCode = result.matcherMBs >= MATCHER_TARGET_MB_S && result.code.gzipped <= MATCHER_SIZE_LIMIT ? 0 : 1;
}
