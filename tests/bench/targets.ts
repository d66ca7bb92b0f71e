/**
 * The targets of issues 3–7 against one run's figures: measured value, whether it is met, and
 * for a missed one the reason found when it was investigated (kept here, printed only while the
 * target is missed).
 */
import type { PageScan } from './browser/scan';
import type { BenchResults, BrowserResults } from './main';
import { MATCHER_SIZE_LIMIT, MATCHER_TARGET_MB_S } from './matcher';
import { median } from './stats';
import { scaleChecks } from './library-scale-report';

/** Issue 7: the content script, gzipped. */
const CONTENT_SCRIPT_LIMIT = 40 * 1024;

export interface TargetResult {
  id: string;
  target: string;
  /** Browser or 'node'. */
  where: string;
  value: string;
  met: boolean;
  reason?: string;
}

/** Why a target is still missed, from profiling these figures (printed only while missed). */
const REASONS: Record<string, string> = {
  'scan-ratio':
    '(b) is the first scan in a fresh page, where our code runs for the first time (parsed and compiled lazily, ' +
    'then interpreted) while (a) is a ten-line loop. Profiled in Chromium: on ordinary pages about 5–8 ms of (b) are ' +
    'such one-time costs (compare "b warm", 2–6× the floor); the rest is the walk, which visits every element as well ' +
    'as every text node (skipped subtrees, block boundaries, shadow roots) through the content script\'s bindings, ' +
    'about twice the floor by itself; Firefox adds an Xray wrapper to every DOM call. Done: a native prefilter, so ' +
    'most text costs no JavaScript per character (A/B in Chromium: 20–70 % less on the real pages); per-character ' +
    'tables shipped with the matcher, so no Unicode-property expression is compiled in a page; a native unpack of the ' +
    'matcher; no filter callback in the walk. 1.5× would need the walk and the matching in native code.',
  'mark-ratio-html':
    'those pages are large in HTML (scripts, styles) but show 10–15 KB of text: mark.js needs 13–20 ms there, and ' +
    'Backstory\'s first scan 7–15 ms, most of it the one-time cost of running its code in a fresh page (see the row ' +
    'above). With over 1 MB of text to read (the 10 MB article) mark.js takes 20–30 s and the ratio is far above 20.',
  popup:
    'an extension page takes 45–70 ms (Chromium) and 50–110 ms (Firefox) from navigation to running the popup\'s ' +
    'code, before it can ask anything; then the search round trip to the background (10–30 ms) and a frame to paint ' +
    'the results. The popup no longer loads the catalogue (names come from storage) and sends its query before its ' +
    'first paint.',
  'keystroke-10k':
    'Firefox only (Chromium about 10 ms): the slowest keystrokes are two-word phrases ("strategic part…", "trade ' +
    'between…") that match most of the 10,000 generated passages, where the typo-tolerant term look-up, the phrase ' +
    'check and fuse.js\'s ranking run about twice as slow as in Chromium, and IndexedDB adds a few milliseconds. ' +
    'Done: fuse.js ranks 60 candidates on short windows and the candidates are picked with one native sort ' +
    '(text query median 15 → 10 ms in Firefox).',
  'matcher-speed':
    'the median of full rounds on a 2-core machine shared with other work; the best round is printed beside it.',
};

interface Check {
  id: string;
  target: string;
  browser(b: BrowserResults): { value: string; met: boolean } | null;
}

const fmt = (x: number, unit = 'ms') => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ${unit}`;
const MB = 1024 * 1024;
/** A typical article: a real news page of the fixtures (90 KB of HTML, a few hundred blocks). */
const TYPICAL = 'pages/rferl-en.html';

function markRatio(pages: readonly PageScan[]): { value: string; met: boolean } | null {
  const big = pages.filter((p) => p.ratioCB !== null);
  if (big.length === 0) return null;
  const worst = big.reduce((x, y) => ((y.ratioCB ?? 0) < (x.ratioCB ?? 0) ? y : x));
  return { value: `lowest ${(worst.ratioCB ?? 0).toFixed(1)}${worst.cTimedOut ? '+' : ''} (${worst.page})`, met: big.every((p) => (p.ratioCB ?? 0) >= 20) };
}

/** The page-load cost (section 7), Chromium, with minus without. */
function loadChecks(): Check[] {
  const real = (b: BrowserResults) => b.load?.pages.filter((p) => p.page.startsWith('pages/')) ?? [];
  return [
    {
      id: 'load-task',
      target: 'median main-thread time added per page load ≤ 10 ms (≤ 5 ms without mentions)',
      browser: (b) => {
        const pages = real(b);
        if (pages.length === 0) return null;
        const all = median(pages.map((p) => p.added.taskMs));
        const quiet = median(pages.filter((p) => !p.mentions).map((p) => p.added.taskMs));
        return { value: `${fmt(all)} (${fmt(quiet)} on pages without a mention)`, met: all <= 10 && !(quiet > 5) };
      },
    },
    {
      id: 'load-script',
      target: 'script time added ≤ 3× the floor (median)',
      browser: (b) => {
        const pages = real(b);
        if (pages.length === 0) return null;
        const r = median(pages.map((p) => p.added.scriptMs / p.floorScriptMs));
        // Firefox exposes no script time to automation: no figure rather than NaN.
        if (!Number.isFinite(r)) return null;
        return { value: `${r.toFixed(1)}×`, met: r <= 3 };
      },
    },
    {
      id: 'load-heap',
      target: 'JS heap added per tab ≤ 0.5 MB',
      browser: (b) => {
        const pages = real(b);
        if (pages.length === 0) return null;
        const added = median(pages.map((p) => p.added.heapBytes));
        if (!Number.isFinite(added)) return null; // no heap figure in Firefox
        return { value: fmt(added / MB, 'MB'), met: added <= 0.5 * MB };
      },
    },
    {
      id: 'load-frames',
      target: 'a page with 20 ad-like iframes costs ≤ 2× the same page without them',
      browser: (b) => {
        const framed = b.load?.pages.find((p) => p.page.includes('frames-20'));
        const plain = b.load?.pages.find((p) => p.page.includes('frames-0'));
        if (!framed || !plain) return null;
        // Noise can make the page without frames cost nothing or less: a ratio would mean nothing.
        if (!(plain.added.taskMs > 0)) return { value: `not measurable (${fmt(framed.added.taskMs)} vs ${fmt(plain.added.taskMs)})`, met: false };
        const r = framed.added.taskMs / plain.added.taskMs;
        return { value: `${r.toFixed(2)}× (${fmt(framed.added.taskMs)} vs ${fmt(plain.added.taskMs)})`, met: r <= 2 };
      },
    },
  ];
}

/** A large import in the library page (section 8). */
function libraryChecks(): Check[] {
  return [
    {
      id: 'import-1000',
      target: 'import 1,000 documents (10 MB of text) ≤ 15 s',
      browser: (b) => (b.library ? { value: fmt(b.library.importMs / 1000, 's'), met: b.library.importMs <= 15_000 } : null),
    },
    {
      id: 'import-tasks',
      target: 'no task over 50 ms in the library page or open tabs during an import',
      browser: (b) => {
        const l = b.library;
        if (!l) return null;
        const worst = Math.max(l.libraryStallMs, l.libraryLongtaskMs ?? 0, l.articleLongtaskMs ?? 0);
        return { value: `library frame gap ${fmt(l.libraryStallMs)}, long tasks ${l.libraryLongtaskMs === null ? '–' : fmt(l.libraryLongtaskMs)} / article ${l.articleLongtaskMs === null ? '–' : fmt(l.articleLongtaskMs)}`, met: worst <= 50 };
      },
    },
    {
      id: 'import-searchable',
      target: 'a new document in cards and search ≤ 1 s after its import',
      browser: (b) => (b.library ? { value: fmt(b.library.searchableMs), met: b.library.searchableMs <= 1000 } : null),
    },
  ];
}

const CHECKS: Check[] = [
  {
    id: 'scan-ratio',
    target: 'b/a ≤ 1.5 on every page',
    browser: (b) => {
      if (b.scan.length === 0) return null;
      const worst = b.scan.reduce((x, y) => (y.ratioBA > x.ratioBA ? y : x));
      const over = b.scan.filter((p) => p.ratioBA > 1.5).length;
      return { value: `worst ${worst.ratioBA.toFixed(2)} (${worst.page}); ${over} of ${b.scan.length} pages over`, met: over === 0 };
    },
  },
  {
    id: 'mark-ratio',
    target: 'c/b ≥ 20 on pages over 1 MB (of visible text)',
    browser: (b) => markRatio(b.scan.filter((p) => p.scannedChars > 1_000_000)),
  },
  {
    id: 'mark-ratio-html',
    target: 'c/b ≥ 20 on pages over 1 MB (of HTML)',
    browser: (b) => markRatio(b.scan.filter((p) => p.htmlBytes > MB)),
  },
  {
    id: 'long-task',
    target: 'no task of ours over 50 ms on any page',
    browser: (b) => {
      const tasks = [...b.scan.map((p) => ({ ms: p.longestTask.max, where: `${p.page}, ${p.longestTask.what}` }))];
      if (b.incremental) tasks.push({ ms: b.incremental.longestTask, where: 'incremental benchmark loads' });
      if (b.card) tasks.push({ ms: b.card.longestTask, where: 'card benchmark loads' });
      if (tasks.length === 0) return null;
      const worst = tasks.reduce((x, y) => (y.ms > x.ms ? y : x));
      return { value: `${fmt(worst.ms)} (${worst.where})`, met: worst.ms <= 50 };
    },
  },
  {
    id: 'first-highlight',
    target: 'first highlights ≤ 50 ms after DOMContentLoaded (typical article)',
    browser: (b) => {
      const page = b.scan.find((p) => p.page === TYPICAL);
      if (!page?.firstHighlight) return null;
      return { value: `${fmt(page.firstHighlight.median)} (${TYPICAL})`, met: page.firstHighlight.median <= 50 };
    },
  },
  {
    id: 'incremental',
    target: 'incremental rescan ≤ 5 % of a full scan',
    browser: (b) => (b.incremental ? { value: `${(b.incremental.ratio * 100).toFixed(2)} %`, met: b.incremental.ratio <= 0.05 } : null),
  },
  {
    id: 'card-warm',
    target: 'card ≤ 100 ms after the hover delay, warm',
    browser: (b) => (b.card ? { value: fmt(b.card.warm.median), met: b.card.warm.median <= 100 } : null),
  },
  {
    id: 'card-cold',
    target: 'card ≤ 300 ms after the hover delay, cold background',
    browser: (b) => (b.card ? { value: fmt(b.card.cold.median), met: b.card.cold.median <= 300 } : null),
  },
  {
    id: 'popup',
    target: 'popup open to first results ≤ 150 ms',
    browser: (b) => {
      if (!b.popup) return null;
      const worst = Math.max(b.popup.search.warm.median, b.popup.pagePanel.warm.median);
      return { value: `search ${fmt(b.popup.search.warm.median)}, on this page ${fmt(b.popup.pagePanel.warm.median)} (cold search ${fmt(b.popup.search.cold.median)})`, met: worst <= 150 };
    },
  },
  {
    id: 'search-seeds',
    target: 'search ≤ 10 ms per query on the seeds (keystroke p95 ≤ 16 ms)',
    browser: (b) => {
      if (!b.corpus) return null;
      const s = b.corpus.seeds;
      const worst = Math.max(s.entitySearch.median, s.textSearch.median);
      return { value: `entity ${fmt(s.entitySearch.median)}, text ${fmt(s.textSearch.median)}, keystroke p95 ${fmt(s.keystroke.p95)}`, met: worst <= 10 && s.keystroke.p95 <= 16 };
    },
  },
  {
    id: 'search-10k',
    target: 'search ≤ 50 ms per query at 10,000 passages',
    browser: (b) => {
      if (!b.corpus) return null;
      const s = b.corpus.synthetic;
      const worst = Math.max(s.entitySearch.median, s.textSearch.median);
      return { value: `entity ${fmt(s.entitySearch.median)}, text ${fmt(s.textSearch.median)}`, met: worst <= 50 };
    },
  },
  {
    id: 'keystroke-10k',
    target: 'search p95 ≤ 16 ms per keystroke at 10,000 passages',
    browser: (b) => (b.corpus ? { value: fmt(b.corpus.synthetic.keystroke.p95), met: b.corpus.synthetic.keystroke.p95 <= 16 } : null),
  },
  {
    id: 'card-for',
    target: 'cardFor ≤ 10 ms warm',
    browser: (b) => (b.corpus ? { value: `seeds ${fmt(b.corpus.seeds.cardFor.median)}, 10,000 passages ${fmt(b.corpus.synthetic.cardFor.median)}`, met: b.corpus.seeds.cardFor.median <= 10 } : null),
  },
  {
    id: 'corpus-load',
    target: 'corpus load at install ≤ 200 ms (seeds)',
    browser: (b) => (b.corpus ? { value: fmt(b.corpus.loadAtInstall.median), met: b.corpus.loadAtInstall.median <= 200 } : null),
  },
  {
    id: 'heap',
    target: '≤ 5 MB of JS heap added on the largest page',
    browser: (b) => (b.memory ? { value: fmt(b.memory.added / MB, 'MB'), met: b.memory.added <= 5 * MB } : null),
  },
  ...loadChecks(),
  ...libraryChecks(),
  ...scaleChecks(),
];

export function checkTargets(results: BenchResults): TargetResult[] {
  const out: TargetResult[] = [];
  for (const check of CHECKS) {
    for (const browser of results.browsers) {
      const r = check.browser(browser);
      if (r) out.push({ id: check.id, target: check.target, where: browser.name, ...r });
    }
  }
  if (results.sizes) {
    const gz = results.sizes.contentScript.gzipped;
    out.push({ id: 'content-size', target: 'content script ≤ 40 KB gzipped', where: 'build', value: `${(gz / 1024).toFixed(1)} KB`, met: gz <= CONTENT_SCRIPT_LIMIT });
  }
  if (results.matcher) {
    const m = results.matcher;
    out.push({ id: 'matcher-speed', target: `matcher ≥ ${MATCHER_TARGET_MB_S} MB/s in Node`, where: 'node', value: `${m.matcherMBs.toFixed(1)} MB/s`, met: m.matcherMBs >= MATCHER_TARGET_MB_S });
    // The tables are not in the content script: pages read them from extension storage. They are
    // shown beside the code so that nobody mistakes the code's size for the whole matcher's.
    out.push({
      id: 'matcher-size',
      target: 'matcher as shipped in the content script ≤ 25 KB gzipped',
      where: 'build',
      value: `${(m.code.gzipped / 1024).toFixed(1)} KB of code (its tables, read from storage: ${(m.tables.gzipped / 1024).toFixed(1)} KB gzipped)`,
      met: m.code.gzipped <= MATCHER_SIZE_LIMIT,
    });
  }
  for (const t of out) if (!t.met && REASONS[t.id]) t.reason = REASONS[t.id];
  return out;
}
