/**
 * Two builds of the extension side by side in Chromium: one page loaded by each in turn, every
 * load traced, and the median main-thread CPU time (`tdur`) of chosen trace events per build.
 * What decided the highlight colours' form (lib/page/paint/highlight-rules.ts): a change whose
 * effect is a few milliseconds of style work is lost in the bench's whole-load totals on a shared
 * machine, but shows in its own events. Not a bench section; run by hand on two builds:
 *
 *   npx tsx tests/bench/browser/trace-ab.ts <build A> <build B> [page-substring] [runs]
 *
 * The page is any fixture page or the generated framed article (`frames-20`, `frames-0`). With
 * TOP=N, the N events whose medians differ most are listed too (any event the trace has).
 *
 * e.g. `cp -r .output/chrome-mv3 /tmp/a`, change and `npx wxt build -b chrome`, then
 * `npx tsx tests/bench/browser/trace-ab.ts /tmp/a .output/chrome-mv3 rferl 8`.
 */
import { launchChromium } from '../../../lib/dev/chromium';
import { median } from '../stats';
import { servePages } from '../pages';
import { tracedLoad } from './page-load';

/** Events worth comparing: style and layout, script, tasks (nested events overlap). */
const EVENTS = [
  'RunTask', 'Document::recalcStyle', 'UpdateLayoutTree', 'Layout', 'WebFrameWidgetImpl::UpdateLifecycle', 'RunMicrotasks',
  'EvaluateScript', 'v8.compile', 'v8.callFunction', 'TimerBase::run', 'ParseHTML', 'MinorGC', 'V8.GCScavenger',
];
/** Each load is read over this window from its navigation (our work ends well within it). */
const WINDOW_MS = 2500;

async function main(): Promise<void> {
  const [dirA, dirB, only = 'rferl', runsArg = '6'] = process.argv.slice(2);
  if (!dirA || !dirB) throw new Error('usage: trace-ab.ts <build A> <build B> [page-substring] [runs]');
  const runs = Number(runsArg);
  const served = await servePages([]);
  const page = [...served.pages, served.frames.with, served.frames.without].find((p) => p.name.includes(only));
  if (!page) throw new Error(`no fixture page matches ${only}`);
  const sides = [
    { name: 'A', session: await launchChromium({ extensionDir: dirA, headless: true }), totals: new Map<string, number[]>() },
    { name: 'B', session: await launchChromium({ extensionDir: dirB, headless: true }), totals: new Map<string, number[]>() },
  ];
  try {
    // One warm-up load a side, not counted; then the builds in turn.
    for (let run = 0; run <= runs; run++) {
      for (const side of sides) {
        const events = await tracedLoad(side.session, page.url, async () => undefined, WINDOW_MS);
        if (run === 0) continue;
        for (const name of new Set([...EVENTS, ...events.keys()])) side.totals.set(name, [...(side.totals.get(name) ?? []), events.get(name)?.cpuMs ?? 0]);
      }
    }
    console.log(`${page.name}: median main-thread CPU ms over ${runs} loads a build (A ${dirA}, B ${dirB})`);
    // An event missing from a load counts as 0 there (a side that never ran it has no entry).
    const medianOf = (side: (typeof sides)[number], name: string) => {
      const values = (side.totals.get(name) ?? []).map((v) => (Number.isFinite(v) ? v : 0));
      return median([...values, ...Array<number>(runs - values.length).fill(0)]) ?? 0;
    };
    const line = (name: string) => {
      const [a = NaN, b = NaN] = sides.map((side) => medianOf(side, name));
      console.log(`${name.slice(0, 40).padEnd(40)} A ${a.toFixed(1).padStart(7)}  B ${b.toFixed(1).padStart(7)}`);
    };
    for (const name of EVENTS) line(name);
    const top = Number(process.env.TOP ?? 0);
    if (top > 0) {
      const [a, b] = sides;
      const names = new Set([...(a?.totals.keys() ?? []), ...(b?.totals.keys() ?? [])]);
      const differing = [...names].filter((name) => !EVENTS.includes(name)).map((name) => ({ name, gap: a && b ? Math.abs(medianOf(a, name) - medianOf(b, name)) : 0 }));
      console.log(`-- the ${top} other events whose medians differ most`);
      for (const { name } of differing.sort((x, y) => y.gap - x.gap).slice(0, top)) line(name);
    }
  } finally {
    for (const side of sides) await side.session.close();
    await served.close();
  }
}

await main();
