/** Section 9's table and targets: the library at 100,000 passages, and the watchlist's background work in the browsers. */
import type { LibraryScaleBench } from './browser/library-scale';
import type { BenchResults, BrowserResults } from './main';
import { ms, type Table } from './table';

export function scaleTable(results: BenchResults): Table | null {
  const browsers = results.browsers.filter((b) => b.scale);
  if (browsers.length === 0) return null;
  const row = (label: string, pick: (s: LibraryScaleBench) => string) => [label, ...browsers.map((b) => (b.scale ? pick(b.scale) : '–'))];
  return {
    title: '9. The library at 100,000 passages; the watchlist\'s work in the browser (median of runs; ms)',
    head: ['', ...browsers.map((b) => b.version)],
    right: browsers.map((_, i) => i + 1),
    rows: [
      row('documents, passages of your own', (s) => `${s.documents}, ${s.passages}`),
      row('stored through the import path (s)', (s) => (s.storeMs / 1000).toFixed(1)),
      row('background\'s search index brought up to date after the last 5,000', (s) => ms(s.lastIndexUpdateMs)),
      row('search per keystroke, median / p95 (popup → background)', (s) => `${ms(s.keystroke.median)} / ${ms(s.keystroke.p95)}`),
      row('search, entity query / text query', (s) => `${ms(s.entitySearch.median)} / ${ms(s.textSearch.median)}`),
      row('cardFor by message, warm', (s) => ms(s.cardFor.median)),
      row('card, hover delay → painted, warm / cold', (s) => `${ms(s.card.warm.median)} / ${ms(s.card.cold.median)}`),
      row('matcher recompiled and packed, 100 entities of your own', (s) => ms(s.recompile.median)),
      row('re-tag of stored passages for that watchlist (passages, changed)', (s) => `${ms(s.retag.ms)} (${s.retag.passages}, ${s.retag.changed})`),
    ],
    notes: [
      'Documents of 100 paragraphs from the synthetic generator (eight languages), stored in the extension\'s database one per transaction by the import\'s own functions (indexer and store) in the library page, the background told about once a second as the library tells it during an import (and the index update awaited after each 5,000). Searches and cardFor: messages from an extension page to the background, as the popup sends them, timed round trip. Card: section 4\'s measurement on the demo article, over this library. Recompile and re-tag: the background\'s functions run in the library page (the re-tag on a 10,000-passage database of its own).',
    ],
  };
}

interface ScaleCheck {
  id: string;
  target: string;
  browser(b: BrowserResults): { value: string; met: boolean } | null;
}

const fmt = (x: number, unit = 'ms') => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ${unit}`;

export function scaleChecks(): ScaleCheck[] {
  return [
    {
      id: 'keystroke-100k',
      target: 'search p95 ≤ 30 ms per keystroke at 100,000 passages',
      browser: (b) => (b.scale ? { value: fmt(b.scale.keystroke.p95), met: b.scale.keystroke.p95 <= 30 } : null),
    },
    {
      id: 'card-100k',
      target: 'card ≤ 100 ms warm at 100,000 passages',
      browser: (b) => (b.scale ? { value: `card ${fmt(b.scale.card.warm.median)}, cardFor ${fmt(b.scale.cardFor.median)}`, met: b.scale.card.warm.median <= 100 } : null),
    },
    {
      id: 'recompile-100',
      target: 'recompile the matcher with 100 custom entities ≤ 300 ms',
      browser: (b) => (b.scale ? { value: fmt(b.scale.recompile.median), met: b.scale.recompile.median <= 300 } : null),
    },
    {
      id: 'retag-10k',
      target: 're-tag 10,000 stored passages ≤ 5 s',
      browser: (b) => (b.scale ? { value: fmt(b.scale.retag.ms / 1000, 's'), met: b.scale.retag.ms <= 5000 } : null),
    },
  ];
}
