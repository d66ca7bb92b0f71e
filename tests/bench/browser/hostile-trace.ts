/**
 * Which of our tasks on a hostile page are long, and why: loads one page of the hostile section
 * (hostile.ts) in Chromium with the built extension, under a DevTools trace (devtools.timeline,
 * v8 and V8's sampling profiler), waits for the first scan and asks for the popup's report, then
 * prints each main-thread task of 20 ms or more that ran our code: its length, the garbage
 * collection inside it and the functions of ours sampled in it. The content script's own record
 * (diagnostics) is printed beside it: its longest task and how many ran 50 ms or more.
 *
 *   npm run build && npx tsx tests/bench/browser/hostile-trace.ts [PAGE] [--runs N] [--min MS] [--save FILE]
 *
 * PAGE is a fixture path (default: the 50 MB text page). A trace slows the renderer (its
 * invalidation tracking makes the browser's own paint far slower than without it): read the
 * tasks that ran our code, not the page's frames.
 */
import { writeFileSync } from 'node:fs';
import { withCdp } from '../../../lib/dev/chromium';
import { FIXTURES } from '../../../lib/dev/paths';
import { startFixtureServer } from '../../../lib/dev/server';
import { diagnosticsWhen, launchBench, open, scanned, setBackstory } from './launch';
import { longTasksOfOurs, type TraceEvent } from './trace-tasks';

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'toplevel',
  'disabled-by-default-v8.gc', 'disabled-by-default-v8.cpu_profiler',
].join(',');
/** Our scripts, by the names the build gives them. */
const OURS = /chrome-extension:\/\/.*\/(content-scripts\/content|page-stage|card-ui)\.js/;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const page = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'e2e/huge/big-text.html?mb=50';
const runs = Number(option('--runs') ?? 1);
const minMs = Number(option('--min') ?? 20);
const save = option('--save');

const server = await startFixtureServer(FIXTURES);
const browser = await launchBench('chromium');
try {
  await setBackstory(browser, true);
  for (let run = 1; run <= runs; run++) {
    const tab = await open(browser, 'about:blank');
    const url = server.url(page);
    const events: TraceEvent[] = [];
    await withCdp(tab, async (cdp) => {
      cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      await tab.evaluate((u) => void (location.href = u), url);
      await scanned(browser, url);
      const reply = await browser.ext.tab(url, 'pageMentions', null);
      if (!reply.ok) throw new Error(reply.error);
      await cdp.send('Tracing.end');
      await done;
    });
    const d = await diagnosticsWhen(browser, url, () => true, 'diagnostics');
    console.log(`run ${run}: ${page}: our record: longest task ${d.longestTask.ms.toFixed(1)} ms (${d.longestTask.what}), ${d.longTasks} of 50 ms or more; gate ${d.gate?.ms.toFixed(1) ?? '–'} ms`);
    for (const task of longTasksOfOurs(events, minMs, OURS)) {
      const oursMs = task.samples > 0 ? (task.ms * task.oursSamples) / task.samples : 0;
      console.log(`  task of ${task.ms.toFixed(1)} ms at +${task.at.toFixed(0)} ms: GC ${task.gcMs.toFixed(1)} ms; our code in ${task.oursSamples} of ${task.samples} samples (about ${oursMs.toFixed(1)} ms)`);
      for (const line of task.ours) console.log(`      ${line}`);
    }
    if (save) writeFileSync(save.replace(/(\.json)?$/, `-${run}.json`), JSON.stringify(events));
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
