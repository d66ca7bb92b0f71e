/**
 * The Gecko profile reader behind Firefox's page-load attribution
 * (tests/bench/browser/page-load-gecko-profile.ts): stacks rebuilt from Gecko's tables, the CPU
 * each sample stands for (a sleeping thread's repeated samples count nothing), and which of our
 * parts a stack is in.
 */
import { describe, expect, it } from 'vitest';
import { bucketOf, mainThreads, type GeckoProfile } from '../../bench/browser/page-load-gecko-profile';

const EXT = 'moz-extension://7b2d9c4e/';

/** A content process whose main thread has three samples: our walk, Firefox building the API under our script, then idle. */
function profile(): GeckoProfile {
  const strings = [
    `${EXT}content-scripts/content.js`,
    `b (${EXT}content-scripts/content.js:1:2227)[2]`,
    'TreeWalker.nextNode',
    'exportLazyGetter/<.get< (resource://gre/modules/Schemas.sys.mjs:158:37)[4]',
    'parseSchema (resource://gre/modules/Schemas.sys.mjs:2637:21)[4]',
  ];
  const thread = {
    name: 'GeckoMain',
    processName: 'Web Content',
    pid: 42,
    stringTable: strings,
    // location, category
    frameTable: { schema: { location: 0, category: 1 }, data: [[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]] },
    // prefix, frame: 0 script, 1 script > walk, 2 walk > nextNode, 3 script > lazy getter, 4 getter > parseSchema
    stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 0], [0, 1], [1, 2], [0, 3], [3, 4]] },
    // stack, time (ms from the start), CPU since the previous sample (ns)
    samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: [[2, 0, 0], [4, 1, 900_000], [4, 2, 800_000], [4, 3]] },
  };
  return {
    meta: { startTime: 1000, interval: 1, categories: [{ name: 'JavaScript' }] },
    threads: [],
    processes: [{ meta: { startTime: 1000, interval: 1, categories: [{ name: 'JavaScript' }], sampleUnits: { threadCPUDelta: 'ns' } } as GeckoProfile['meta'], threads: [thread] }],
  };
}

describe('Gecko profile reader', () => {
  it('rebuilds each sample\'s stack, leaf first, with its wall time and the CPU used over it', () => {
    const [thread] = mainThreads(profile());
    expect(thread?.process).toBe('Web Content');
    const samples = thread?.samples ?? [];
    expect(samples.map((s) => s.at)).toEqual([1000, 1001, 1002, 1003]);
    expect(samples[0]?.frames).toEqual(['TreeWalker.nextNode', `b (${EXT}content-scripts/content.js:1:2227)[2]`, `${EXT}content-scripts/content.js`]);
    // The CPU delta of the next sample is the span's: 0.9 ms, 0.8 ms, then none (the thread slept
    // and the profiler repeated its stack).
    const cpu = samples.map((s) => s.cpuMs);
    expect(cpu).toHaveLength(4);
    [0.9, 0.8, 0, 0].forEach((ms, i) => expect(cpu[i]).toBeCloseTo(ms, 9));
  });

  it('puts a stack in the part of ours that started it, and says what it was doing', () => {
    const [thread] = mainThreads(profile());
    const samples = thread?.samples ?? [];
    expect(bucketOf(samples[0]?.frames ?? [])).toBe('first stage: DOM calls');
    expect(bucketOf(samples[1]?.frames ?? [])).toBe('first stage: building the extension API');
    expect(bucketOf([`x (${EXT}page-stage.js:1:5)`])).toBe('second stage: its own JavaScript');
    // The part that started it: a message the first stage forwards to the second is the first's.
    expect(bucketOf([`x (${EXT}page-stage.js:1:5)`, `${EXT}content-scripts/content.js`])).toBe('first stage: its own JavaScript');
    expect(bucketOf(['loadContentScript (resource://gre/modules/ExtensionProcessScript.sys.mjs:420:20)'])).toBe("Firefox's extension code (ExtensionProcessScript)");
    expect(bucketOf(['nsHtml5TreeOpExecutor::RunFlushLoop'])).toBeNull();
  });
});
