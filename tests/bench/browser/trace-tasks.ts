/**
 * Reads a Chromium trace (Tracing domain: devtools.timeline, v8 and the V8 sampling profiler)
 * and names the long tasks of the page's main thread that ran Backstory's code: how long each
 * took, how much of it was garbage collection, and which of our functions the profiler caught
 * in it. Used by hostile-trace.ts; pure, so it reads a saved trace as well.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface TaskReport {
  /** From the first task on the page's main thread, ms. */
  at: number;
  ms: number;
  /** Garbage collection inside it (V8's collector, Oilpan's included), ms. */
  gcMs: number;
  /** Our sampled stacks in it, innermost function first, most frequent first: `count  a <= b <= c`. */
  ours: string[];
  /** Samples in it, and how many of them ran our code. */
  samples: number;
  oursSamples: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  /** `url` is absent for the profiler's own nodes ((program), (garbage collector)). */
  callFrame: { functionName: string; url?: string };
}

interface Profile {
  tid: number;
  start: number;
  nodes: Map<number, ProfileNode>;
  samples: number[];
  deltas: number[];
}

/** The outermost collector events (the phases inside them are not counted again). */
const GC = new Set(['MinorGC', 'MajorGC', 'V8.GCIncrementalMarking']);

function profiles(events: TraceEvent[]): Profile[] {
  const byId = new Map<string, Profile>();
  for (const e of events) {
    const data = e.args?.data as { startTime?: number } | undefined;
    if (e.name === 'Profile' && data?.startTime !== undefined) byId.set(`${e.pid}:${e.id}`, { tid: e.tid, start: data.startTime, nodes: new Map(), samples: [], deltas: [] });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = byId.get(`${e.pid}:${e.id}`);
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  return [...byId.values()];
}

/** A frame as `function@file` (a regular expression's own frame is named by its source: cut short). */
const frameName = (n: ProfileNode) => `${(n.callFrame.functionName || '(anonymous)').slice(0, 40)}@${(n.callFrame.url ?? '').split('/').pop() ?? ''}`;

/** The long tasks (`minMs` or more) of the renderers' main threads in which our scripts (`ours` matches their URL) were sampled. */
export function longTasksOfOurs(events: TraceEvent[], minMs: number, ours: RegExp): TaskReport[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X';
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const gcs = events.filter((e) => onMain(e) && GC.has(e.name));
  const first = tasks[0]?.ts ?? 0;
  const reports: TaskReport[] = [];
  const all = profiles(events);
  for (const task of tasks) {
    const dur = task.dur ?? 0;
    if (dur < minMs * 1000) continue;
    const inside = (e: { ts: number; tid: number }) => e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + dur;
    const counts = new Map<string, number>();
    let samples = 0;
    let oursSamples = 0;
    for (const p of all.filter((q) => q.tid === task.tid)) {
      let t = p.start;
      p.deltas.forEach((delta, i) => {
        t += delta;
        if (t < task.ts || t > task.ts + dur) return;
        samples++;
        const stack: ProfileNode[] = [];
        for (let n = p.nodes.get(p.samples[i] ?? -1); n; n = n.parent === undefined ? undefined : p.nodes.get(n.parent)) stack.push(n);
        if (!stack.some((n) => ours.test(n.callFrame.url ?? ''))) return;
        oursSamples++;
        const label = stack.slice(0, 4).map(frameName).join(' <= ');
        counts.set(label, (counts.get(label) ?? 0) + 1);
      });
    }
    if (oursSamples === 0) continue;
    const gcMs = gcs.filter((g) => inside({ ts: g.ts, tid: g.tid })).reduce((sum, g) => sum + (g.dur ?? 0), 0) / 1000;
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([label, n]) => `${n}  ${label}`);
    reports.push({ at: (task.ts - first) / 1000, ms: dur / 1000, gcMs, ours: top, samples, oursSamples });
  }
  return reports;
}
