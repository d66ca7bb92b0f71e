/**
 * Reads a Gecko profile (the JSON Firefox's profiler writes at shutdown with
 * MOZ_PROFILER_SHUTDOWN) into what section 7 needs in Firefox: per sample on a process's main
 * thread, its time, the CPU the thread really used (the `cpu` feature; a descheduled thread's
 * wall time is not ours), and which of our parts its stack is in (`bucketOf`). The format is
 * Gecko's own (tables with a schema of column indices, one string table per thread), per
 * process under `processes`.
 */

interface Table {
  schema: Record<string, number>;
  data: unknown[][];
}

interface GeckoThread {
  name: string;
  processName?: string;
  processType?: string;
  pid?: number | string;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable?: string[];
  stringArray?: string[];
}

export interface GeckoProfile {
  meta: { startTime: number; interval: number; categories?: { name: string }[] };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

export interface Sample {
  /** Wall-clock time (ms since the epoch). */
  at: number;
  /** Wall time the sample stands for (to the next one; ms). */
  ms: number;
  /**
   * CPU time the thread used over that span (ms), where the profile has it; else `ms`. The
   * profiler repeats a sleeping thread's last stack: only this says whether it ran.
   */
  cpuMs: number;
  /** The stack's frames, leaf first (function and location as Gecko writes them). */
  frames: string[];
  /** The leaf frame's category (JavaScript, Layout, GC / CC, DOM…). */
  category: string;
}

export interface MainThread {
  process: string;
  pid: string;
  samples: Sample[];
}

/** Every process's main thread (GeckoMain) with its samples. */
export function mainThreads(profile: GeckoProfile): MainThread[] {
  const out: MainThread[] = [];
  const visit = (p: GeckoProfile) => {
    const categories = (p.meta.categories ?? []).map((c) => c.name);
    const cpuToMs = cpuUnitToMs(p);
    for (const thread of p.threads) if (thread.name === 'GeckoMain') out.push(readThread(thread, p.meta.startTime, p.meta.interval, categories, cpuToMs));
    for (const child of p.processes ?? []) visit(child);
  };
  visit(profile);
  return out;
}

function readThread(thread: GeckoThread, startTime: number, interval: number, categories: string[], cpuToMs: number): MainThread {
  const strings = thread.stringTable ?? thread.stringArray ?? [];
  const { schema: ss, data: sd } = thread.samples;
  const { schema: ks, data: kd } = thread.stackTable;
  const { schema: fs, data: fd } = thread.frameTable;
  const stackCol = ss.stack ?? 0;
  const timeCol = ss.time ?? 1;
  const cpuCol = ss.threadCPUDelta;
  const framesOf = new Map<number, string[]>();
  const frames = (stack: number | null): string[] => {
    if (stack === null) return [];
    const known = framesOf.get(stack);
    if (known) return known;
    const row = kd[stack] ?? [];
    const frame = fd[row[ks.frame ?? 1] as number] ?? [];
    const here = strings[frame[fs.location ?? 0] as number] ?? '?';
    const list = [here, ...frames((row[ks.prefix ?? 0] as number | null) ?? null)];
    framesOf.set(stack, list);
    return list;
  };
  const categoryOf = (stack: number | null): string => {
    if (stack === null) return 'Idle';
    const row = kd[stack] ?? [];
    const fromStack = row[ks.category ?? -1] as number | undefined;
    const frame = fd[row[ks.frame ?? 1] as number] ?? [];
    const index = fromStack ?? (frame[fs.category ?? -1] as number | undefined);
    return index === undefined || index === null ? 'Other' : (categories[index] ?? 'Other');
  };
  const samples: Sample[] = [];
  for (let i = 0; i < sd.length; i++) {
    const row = sd[i] ?? [];
    const next = sd[i + 1];
    const time = row[timeCol] as number;
    const ms = next ? (next[timeCol] as number) - time : interval;
    const stack = (row[stackCol] as number | null) ?? null;
    // The CPU used since the previous sample stands for the span that ended at this one: it is
    // given to the next sample's span here, which is close enough at 1 ms sampling.
    // A row may end before the column (trailing empty values are left out): no CPU used.
    const cpu = cpuCol === undefined ? ms / cpuToMs : ((next?.[cpuCol] as number | null | undefined) ?? 0);
    samples.push({ at: startTime + time, ms, cpuMs: cpu * cpuToMs, frames: frames(stack), category: categoryOf(stack) });
  }
  return { process: thread.processName ?? thread.processType ?? '?', pid: String(thread.pid ?? '?'), samples };
}

/** The CPU delta's unit, from the profile's meta (`sampleUnits.threadCPUDelta`): a factor to ms. */
export function cpuUnitToMs(profile: GeckoProfile): number {
  const unit = (profile.meta as { sampleUnits?: { threadCPUDelta?: string } }).sampleUnits?.threadCPUDelta;
  return unit === 'ns' ? 1e-6 : unit === 'µs' ? 1e-3 : 1;
}

const OURS = /moz-extension:\/\/[^/]+\/(page-stage\.js|page-matcher\.js|card-ui\.js|content-scripts\/content\.js|empty\.js)/;
const PART: Record<string, string> = {
  'page-stage.js': 'second stage',
  'page-matcher.js': 'page matcher',
  'card-ui.js': 'card UI',
  'content-scripts/content.js': 'first stage',
  'empty.js': 'empty content script',
};
const FIREFOX_EXTENSION_CODE = /resource:\/\/gre\/modules\/(Extension[A-Za-z]*|MessageChannel|Schemas|Conduits[A-Za-z]*)\.sys\.mjs/;

/**
 * Which of our parts a sample's stack is in and what it was doing there, or null for none of
 * ours: the outermost of our scripts (the part that started the work), then beneath our innermost
 * frame Firefox building the extension API (its first use in this world: Schemas, the child API
 * manager), the API's calls (messages, listeners), DOM calls, or our own JavaScript. Firefox's
 * own extension code running for us outside our scripts (injecting them, receiving messages) is
 * a part of its own, named by its outermost module.
 */
export function bucketOf(frames: readonly string[]): string | null {
  const outer = [...frames].reverse().find((f) => OURS.test(f));
  if (outer) {
    const part = PART[OURS.exec(outer)?.[1] ?? ''] ?? 'ours';
    const innermost = frames.findIndex((f) => OURS.test(f));
    const beneath = frames.slice(0, innermost);
    // The lazy getters of `browser` and its namespaces: the first use builds them.
    if (beneath.some((f) => /exportLazy(Getter|Property)/.test(f))) return `${part}: building the extension API`;
    if (beneath.some((f) => /Conduits|MessageChannel|StructuredClone|sendAsyncMessage|Msg_RawMessage|Extension[A-Za-z]*\.sys\.mjs|Schemas\.sys\.mjs/.test(f))) {
      return `${part}: the extension API (messaging, listeners)`;
    }
    if (beneath.some((f) => /^(TreeWalker|CharacterData|Node|Element|Document|Text|get Document|get Node|get Element|get CharacterData|querySelectorAll|MutationObserver|EventTarget)/.test(f))) return `${part}: DOM calls`;
    if (beneath.some((f) => /GC|CC /.test(f))) return `${part}: garbage collection`;
    if (beneath.some((f) => /script compilation|script parsing|stencil|Compile/i.test(f))) return `${part}: compiling`;
    return `${part}: its own JavaScript`;
  }
  const firefox = [...frames].reverse().find((f) => FIREFOX_EXTENSION_CODE.test(f));
  if (firefox) return `Firefox's extension code (${/modules\/([A-Za-z]+)\.sys\.mjs/.exec(firefox)?.[1] ?? '?'})`;
  if (frames.some((f) => f.includes('moz-extension://'))) return 'other extension script';
  return null;
}
