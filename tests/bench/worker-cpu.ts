/**
 * The background's CPU per page load in Chromium: the CPU time (its threads' time on a CPU, from Linux's
 * each thread's schedstat under /proc/<pid>/task) of the extension's own renderer process — the one Chromium starts with
 * `--extension-process`, where the service worker runs; no extension page is opened, so it runs
 * nothing else — over a series of page loads, divided by their number. Each page is loaded in a
 * new tab, and the next waits until that process has been idle for a while (its CPU time stops
 * moving), so each load's work (the gate's answer, the injection, the toolbar) is counted whole.
 *
 *   npm run build && npx tsx tests/bench/worker-cpu.ts [rounds] [extension folder]
 *
 * `extension folder`: another Chromium build to compare (by default this one's). The machine's
 * other work does not count (the figure is this process's own CPU time), but a busy machine still
 * slows it: run both builds alternately, a few rounds each.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../lib/dev/chromium';
import { BUILD_DIRS, FIXTURES } from '../../lib/dev/paths';
import { startFixtureServer } from '../../lib/dev/server';

const PAGES = [
  'pages/rferl-en.html', 'pages/kommersant-ru.html', 'pages/foxnews-s300-en.html', 'pages/gmw-zh.html',
  'pages/inform-kz-ru.html', 'pages/restofworld-en.html', 'pages/football-ua-ru.html', 'pages/aif-ru.html',
  'demo/article.html', 'pages/sportsnet-davis-cup-en.html',
];

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
}

async function processes(): Promise<Proc[]> {
  const out: Proc[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = (await readFile(`/proc/${name}/cmdline`, 'utf8')).replaceAll('\0', ' ');
      out.push({ pid: Number(name), ppid: Number(fields[1]), cmdline });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The extension process of the browser started with `profile`. */
async function extensionProcess(profile: string): Promise<number> {
  const all = await processes();
  const browser = all.find((p) => p.cmdline.includes(`--user-data-dir=${profile}`) && !p.cmdline.includes('--type='));
  if (!browser) throw new Error('browser process not found');
  const family = new Set([browser.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (family.has(p.ppid) && !family.has(p.pid)) [grew] = [true, family.add(p.pid)];
  }
  const ext = all.filter((p) => family.has(p.pid) && p.cmdline.includes('--extension-process'));
  if (ext.length !== 1) throw new Error(`expected one extension process, found ${ext.length}`);
  return ext[0]!.pid;
}

/** The process's CPU time: the sum of its threads' time on a CPU (schedstat, in ns; /proc/<pid>/stat counts in 10 ms ticks). */
async function cpuMs(pid: number): Promise<number> {
  let ns = 0;
  for (const task of await readdir(`/proc/${pid}/task`)) {
    try {
      ns += Number((await readFile(`/proc/${pid}/task/${task}/schedstat`, 'utf8')).split(' ')[0]);
    } catch {
      // a thread that ended: its time is in no file any more (rare; idle threads)
    }
  }
  return ns / 1e6;
}

/** Waits until the process's CPU time has not moved for `quietMs`. */
async function settled(pid: number, quietMs = 600): Promise<number> {
  let last = await cpuMs(pid);
  let since = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await cpuMs(pid);
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since >= quietMs) return now;
  }
}

export async function workerCpuPerLoad(extensionDir: string, rounds: number): Promise<number> {
  const server = await startFixtureServer(FIXTURES);
  const profile = await mkdtemp(join(tmpdir(), 'backstory-worker-cpu-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const pid = await extensionProcess(profile);
    // First loads warm the worker (the corpus, the matcher): not counted.
    for (const path of PAGES.slice(0, 2)) {
      const page = await context.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      await settled(pid);
      await page.close();
    }
    let loads = 0;
    const start = await settled(pid);
    for (let r = 0; r < rounds; r++) {
      for (const path of PAGES) {
        const page = await context.newPage();
        await page.goto(server.url(path), { waitUntil: 'load' });
        await settled(pid);
        await page.close();
        loads++;
      }
    }
    const end = await settled(pid);
    return (end - start) / loads;
  } finally {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    await server.close();
  }
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 2);
  const dir = process.argv[3] ?? BUILD_DIRS.chromium;
  const ms = await workerCpuPerLoad(dir, rounds);
  console.log(`${dir}: extension process CPU ${ms.toFixed(2)} ms per page load (${rounds} × ${PAGES.length} loads)`);
}

if (process.argv[1]?.endsWith('worker-cpu.ts')) await main();
