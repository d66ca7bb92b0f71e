/** The benchmark's figures as tables: for the terminal, and for the README's performance section. */
import type { LibraryImportBench } from './browser/library-import';
import type { BenchResults, BrowserResults } from './main';
import { loadTable } from './load-report';
import { scaleTable } from './library-scale-report';
import { describeMatcherBench } from './matcher';
import { kb, ms, ratio, renderTable, type Format, type Table } from './table';

const both = (results: BenchResults) => results.browsers.map((b) => b.name);

function scanTable(b: BrowserResults): Table {
  return {
    title: `1–2. Page scan and long tasks — ${b.version} (median of runs; ms)`,
    head: ['page', 'HTML KB', 'text KB', 'text nodes', 'blocks', 'mentions b / c', '(a) floor', '(b) Backstory', '(c) mark.js', 'b/a', 'c/b', 'b warm', 'b warm/a', 'longest task (max)', 'Chromium longtask', '1st highlight after DCL'],
    right: [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    rows: b.scan.map((p) => [
      p.page,
      kb(p.htmlBytes),
      kb(p.textBytes),
      String(p.textNodes),
      String(p.blocks),
      `${p.mentionsB} / ${p.mentionsC ?? '–'}`,
      ms(p.a.median, 2),
      ms(p.b.median, 2),
      p.c ? `${p.cTimedOut ? '> ' : ''}${ms(p.c.median, 0)}` : '–',
      ratio(p.ratioBA),
      p.ratioCB === null ? '–' : `${p.cTimedOut ? '> ' : ''}${ratio(p.ratioCB)}`,
      ms(p.bWarm.median, 2),
      ratio(p.ratioWarmBA),
      `${ms(p.longestTask.median)} (${ms(p.longestTask.max)})`,
      p.longtask ? ms(p.longtask.median) : '–',
      p.firstHighlight ? ms(p.firstHighlight.median) : '–',
    ]),
    notes: [
      '(a) a bare TreeWalker pass reading every text node under <body>, in the content script\'s world; (b) Backstory\'s first full scan at load (extract, normalise, match, build ranges, register highlights), the sum of its time slices; (c) mark.js 8.11 markRegExp, acrossElements, the watched entities\' aliases as one RegExp, in the page\'s own world (no Xray costs in Firefox: that favours mark.js). b warm: the same full scan again once the page and our code are warm (Backstory switched off and on). Text KB: UTF-8 of all text under <body> (scripts\' included); blocks: the visible text Backstory reads. Longest task: our longest slice or task on the page (median over runs, and the worst run). Chromium longtask: the longest `longtask` entry overlapping our work (page scripts included). 1st highlight: end of the slice that registered the first highlight, after DOMContentLoaded.',
    ],
  };
}

function latencyTable(results: BenchResults): Table {
  const rows: string[][] = [];
  const row = (label: string, pick: (b: BrowserResults) => string) => rows.push([label, ...results.browsers.map(pick)]);
  row('3. incremental: rescan of 100 appended paragraphs', (b) => (b.incremental ? `${ms(b.incremental.rescan.median, 2)} (${b.incremental.rescanBlocks} blocks)` : '–'));
  row('3. … full scan of the same page', (b) => (b.incremental ? ms(b.incremental.fullScan.median) : '–'));
  row('3. … rescan / full scan', (b) => (b.incremental ? `${(b.incremental.ratio * 100).toFixed(2)} %` : '–'));
  row('4. card, hover delay → painted, warm background', (b) => (b.card ? ms(b.card.warm.median) : '–'));
  row('4. card, hover delay → painted, cold background', (b) => (b.card ? ms(b.card.cold.median) : '–'));
  row('4. popup open → first search results painted (warm)', (b) => (b.popup ? ms(b.popup.search.warm.median) : '–'));
  row('4. popup open → first search results painted (cold)', (b) => (b.popup ? ms(b.popup.search.cold.median) : '–'));
  row('4. popup open → "On this page" painted', (b) => (b.popup ? ms(b.popup.pagePanel.warm.median) : '–'));
  row('4. corpus load at install (seeds: fetch, verify, one transaction)', (b) => (b.corpus ? ms(b.corpus.loadAtInstall.median) : '–'));
  for (const [key, label] of [['seeds', 'seeds (25 passages)'], ['synthetic', 'generated (10,000 passages)']] as const) {
    row(`4. search, entity query — ${label}`, (b) => (b.corpus ? ms(b.corpus[key].entitySearch.median, 2) : '–'));
    row(`4. search, text query — ${label}`, (b) => (b.corpus ? ms(b.corpus[key].textSearch.median, 2) : '–'));
    row(`4. search per keystroke, median / p95 — ${label}`, (b) => (b.corpus ? `${ms(b.corpus[key].keystroke.median, 2)} / ${ms(b.corpus[key].keystroke.p95, 2)}` : '–'));
    row(`4. plain fuse.js over all passages, per query — ${label}`, (b) => (b.corpus ? ms(b.corpus[key].fuse.search.median, 2) : '–'));
    row(`4. first text search after a worker restart — ${label}`, (b) => (b.corpus ? ms(b.corpus[key].firstTextSearch.afterRestart.median, 2) : '–'));
    row(`4. first text search of a new corpus (builds and stores the index) — ${label}`, (b) => (b.corpus ? ms(b.corpus[key].firstTextSearch.build) : '–'));
    row(`4. cardFor, warm — ${label}`, (b) => (b.corpus ? ms(b.corpus[key].cardFor.median, 2) : '–'));
  }
  row('5. JS heap added on the largest page (10 MB article)', (b) => (b.memory ? `${(b.memory.added / 1048576).toFixed(2)} MB` : 'n/a'));
  return {
    title: '3–5. Incremental work, latency, memory (median of runs; ms)',
    head: ['figure', ...results.browsers.map((b) => b.version)],
    right: results.browsers.map((_, i) => i + 1),
    rows,
    notes: [
      'Cards: timed by the content script from the end of the hover delay to the frame after the card with its passages is rendered; cold = background stopped first (Chromium: service worker stopped through DevTools; Firefox: event page left idle past its idle time). Popup: opened as a tab; time from its navigation start to the frame after the results. Search and cardFor: the background\'s functions run in an extension page on the browser\'s IndexedDB. Heap: Chromium, after garbage collection, Backstory on minus off on the same page.',
    ],
  };
}

function libraryTable(results: BenchResults): Table | null {
  const browsers = results.browsers.filter((b) => b.library);
  if (browsers.length === 0) return null;
  const row = (label: string, pick: (l: LibraryImportBench) => string) => [label, ...browsers.map((b) => (b.library ? pick(b.library) : '–'))];
  return {
    title: '8. Importing 1,000 documents in the library page (one run)',
    head: ['', ...browsers.map((b) => b.version)],
    right: browsers.map((_, i) => i + 1),
    rows: [
      row('documents, MB of text, passages', (l) => `${l.documents}, ${l.megabytes.toFixed(1)}, ${l.passages}`),
      row('Import clicked → result shown (s)', (l) => (l.importMs / 1000).toFixed(1)),
      row('library page: longest frame gap (ms)', (l) => ms(l.libraryStallMs)),
      row('library page: longest long task (ms)', (l) => ms(l.libraryLongtaskMs)),
      row('open article: longest long task (ms)', (l) => ms(l.articleLongtaskMs)),
      row('result shown → last document found by search (ms)', (l) => ms(l.searchableMs)),
    ],
    notes: [
      'The files are the synthetic corpus generator\'s documents (eight languages), picked with the file input and imported with the Import button; the import runs in a Worker. Times are taken in the pages. Long tasks: Chromium only (Firefox has no such entries; "–"). The article is a background tab.',
    ],
  };
}

function sizeTable(results: BenchResults): Table | null {
  const s = results.sizes;
  if (!s) return null;
  return {
    title: '5. Size',
    head: ['what', 'KB'],
    right: [1],
    rows: [
      ['content script (every page), gzip -9', kb(s.contentScript.gzipped)],
      ['content script, minified', kb(s.contentScript.raw)],
      ['background, gzip -9', kb(s.background.gzipped)],
      ...Object.entries(s.zips).map(([browser, bytes]) => [`store package (${browser} zip)`, kb(bytes)]),
    ],
  };
}

function targetTable(results: BenchResults): Table {
  return {
    title: 'Targets',
    head: ['target', 'where', 'measured', 'met'],
    rows: results.targets.map((t) => [t.target, t.where, t.value, t.met ? 'yes' : 'NO']),
  };
}

export function report(results: BenchResults, format: Format): string {
  const parts: string[] = [];
  const m = results.machine;
  const machineLines = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; ${m.os}; Node ${m.node}; ${both(results).map((name) => m.browsers[name] ?? name).join(', ')}.`,
    `Command: \`${results.command}\` (${results.runs} runs per figure), ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC.`,
  ];
  if (format === 'markdown') {
    parts.push(
      [
        '`npm run bench` runs the built extension in Chromium and Firefox ESR against pages served from 127.0.0.1, ' +
          'side by side with a bare DOM walk and mark.js, and prints these tables (every figure the median of at least ' +
          'five runs; the raw samples go to `bench-results/`). `npm run bench -- FOLDER…` adds pages; ' +
          '`npm run bench -- --update-readme` rewrites this section. It is a benchmark, not a test: the tests never time anything.',
        '',
        ...machineLines,
      ].join('\n'),
    );
  } else parts.push(machineLines.join('\n'));
  for (const b of results.browsers) if (b.scan.length) parts.push(renderTable(scanTable(b), format));
  if (results.browsers.length) parts.push(renderTable(latencyTable(results), format));
  for (const b of results.browsers) if (b.load) parts.push(renderTable(loadTable(b.version, b.load), format));
  const library = libraryTable(results);
  if (library) parts.push(renderTable(library, format));
  const scale = scaleTable(results);
  if (scale) parts.push(renderTable(scale, format));
  const size = sizeTable(results);
  if (size) parts.push(renderTable(size, format));
  if (results.matcher) {
    const lines = describeMatcherBench(results.matcher);
    parts.push(format === 'markdown' ? `**6. The matcher alone, in Node**\n\n${lines.map((l) => `- ${l}`).join('\n')}` : `== 6. The matcher alone, in Node\n${lines.join('\n')}`);
  }
  parts.push(renderTable(targetTable(results), format));
  const missed = results.targets.filter((t) => !t.met);
  if (missed.length) {
    const lines = missed.map((t) => `${format === 'markdown' ? '- ' : '  '}${t.target} (${t.where}: ${t.value})${t.reason ? ` — ${t.reason}` : ''}`);
    parts.push(format === 'markdown' ? `**Still missed**\n\n${lines.join('\n')}` : `== Still missed\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}
