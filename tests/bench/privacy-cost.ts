/**
 * What private paint costs: on a few pages with mentions, in both browsers, the first
 * full scan (extract, match, build ranges, and either register highlights or hand the mentions to
 * the private overlay) and the overlay's draws while the reader scrolls, with CSS.highlights
 * (the default) and with the site marked sensitive (the overlay). Medians of RUNS fresh loads.
 *
 *   npx tsx tests/bench/privacy-cost.ts [runs]
 *
 * A measurement, not a test; the settings are written directly (as the options page stores them).
 */
import { launchExtension } from '../harness/session';
import { extensionClient } from '../../lib/dev/extension-client';
import { startFixtureServer } from '../../lib/dev/server';
import { FIXTURES, type BrowserName } from '../../lib/dev/paths';
import { until } from '../../lib/dev/until';
import type { PageDiagnostics } from '../../lib/page/diagnostics';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { median } from './stats';

const PAGES = ['demo/article.html', 'pages/inform-kz-ru.html', 'pages/lefigaro-fr.html'];
const RUNS = Number(process.argv[2] ?? 3);
const SCROLLS = 10;

interface Sample { scanMs: number; mentions: number; draws: number; drawMs: number; longestDrawMs: number }

async function measure(browserName: BrowserName): Promise<string[]> {
  const server = await startFixtureServer(FIXTURES);
  const session = await launchExtension(browserName);
  const extension = extensionClient(session);
  const rows: string[] = [];
  try {
    await extension.page();
    for (const path of PAGES) {
      const url = server.url(path);
      for (const mode of ['highlights', 'overlay'] as const) {
        await extension.setSettings({ ...DEFAULT_SETTINGS, sensitiveSites: mode === 'overlay' ? ['127.0.0.1'] : [] });
        const samples: Sample[] = [];
        for (let run = 0; run < RUNS; run++) {
          const page = await session.openPage(url);
          const ready = (d: PageDiagnostics) => !!d.lastFullScan?.complete;
          const diag = async () => {
            const r = await extension.tab(url, 'diagnostics', null);
            if (!r.ok) throw new Error(r.error);
            return r.value;
          };
          await until(diag, ready, { what: 'the first scan', timeoutMs: 60_000 });
          for (let i = 1; i <= SCROLLS; i++) {
            await page.evaluate((y) => window.scrollTo(0, y), i * 300);
            await page.waitFor(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
          }
          const d = await diag();
          samples.push({
            scanMs: d.lastFullScan?.workMs ?? NaN,
            mentions: d.lastFullScan?.mentions ?? 0,
            draws: d.overlay?.draws ?? 0,
            drawMs: d.overlay ? d.overlay.totalMs / Math.max(1, d.overlay.draws) : 0,
            longestDrawMs: d.overlay?.longestMs ?? 0,
          });
          await page.close();
        }
        const m = (f: (s: Sample) => number) => median(samples.map(f)).toFixed(2);
        rows.push(`| ${browserName} | ${path} | ${m((s) => s.mentions)} | ${mode} | ${m((s) => s.scanMs)} | ${mode === 'overlay' ? `${m((s) => s.draws)} | ${m((s) => s.drawMs)} | ${m((s) => s.longestDrawMs)}` : '– | – | –'} |`);
      }
    }
  } finally {
    await extension.setSettings({ ...DEFAULT_SETTINGS }).catch(() => undefined);
    await extension.close();
    await session.close();
    await server.close();
  }
  return rows;
}

const rows = [
  '| browser | page | mentions | paint | first scan, ms | overlay draws | ms per draw | longest draw, ms |',
  '|---|---|---:|---|---:|---:|---:|---:|',
];
for (const browser of ['chromium', 'firefox'] as const) rows.push(...(await measure(browser)));
console.log(rows.join('\n'));
