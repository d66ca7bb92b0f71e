/**
 * One page load measured in one build: the content script's first full scan as it times itself
 * (both browsers) and, in Chromium, the main-thread time and JavaScript heap of the whole load
 * (DevTools Performance.getMetrics, as section 7 reads them).
 */
import { loadOnce, type LoadMetrics } from '../browser/page-load';
import { diagnosticsWhen, open, type BenchBrowser } from '../browser/launch';
import type { ExtensionSession } from '../../../lib/dev/session-types';

export interface LoadSample {
  scanMs: number;
  mentions: number;
  /** Chromium only. */
  load: LoadMetrics | null;
}

export async function sampleLoad(browser: BenchBrowser, url: string): Promise<LoadSample> {
  let scanMs = NaN;
  let mentions = 0;
  const settled = async () => {
    // A page the first stage's gate turns away is never scanned: its scan costs nothing.
    const d = await diagnosticsWhen(browser, url, (d) => d.lastFullScan?.complete === true || d.gate?.possible === false, `our first scan or gate on ${url}`);
    scanMs = d.lastFullScan?.workMs ?? 0;
    mentions = d.lastFullScan?.mentions ?? 0;
  };
  if (browser.name === 'chromium') {
    const { metrics } = await loadOnce(browser.session, url, settled);
    return { scanMs, mentions, load: metrics };
  }
  const tab = await open(browser, url);
  try {
    await settled();
  } finally {
    await tab.close();
  }
  return { scanMs, mentions, load: null };
}

/** The same page in a Chromium with no extension: what a load costs without Backstory. */
export async function sampleBare(bare: ExtensionSession, url: string): Promise<LoadMetrics> {
  return (await loadOnce(bare, url, async () => undefined)).metrics;
}
