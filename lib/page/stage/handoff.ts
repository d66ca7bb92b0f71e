/**
 * What the content script's two stages share in their world (the isolated world in Chromium,
 * the sandbox in Firefox; pages cannot see it): the first stage leaves its lifetime here before
 * asking the background to inject the second (lib/page/stage/second-stage.ts), and the second
 * leaves the function that answers messages, which the first stage's listener forwards to.
 */
import type { ShieldedUi } from '../card/ui-shield';
import type { NativeSender } from './native-api';

const HANDOFF = Symbol.for('backstory.content-script.stages');

export interface StageHandoff {
  /** The first stage's lifetime (lib/page/lifecycle.ts): the second stage ends with it. */
  signal: AbortSignal;
  /** When the first stage started (`performance.now()`), for the diagnostics. */
  startedAt: number;
  /**
   * The packed matcher's storage read, started by the first stage as it asks for the second, so
   * the read overlaps the injection; taken (once) by the second stage's matcher loader.
   */
  matcherRead?: Promise<Record<string, unknown>>;
  /** Set by the second stage: its card host, which the first stage's key and clipboard shield guards. */
  shieldedUi?: ShieldedUi;
  /** Set by the second stage: answers a message (a promise of the reply), or undefined when it is not its. */
  answer?: (message: unknown, sender: NativeSender) => Promise<unknown> | undefined;
}

interface HandoffGlobal {
  [HANDOFF]?: StageHandoff;
}

export function leaveHandoff(handoff: StageHandoff, global: object = globalThis): void {
  (global as HandoffGlobal)[HANDOFF] = handoff;
}

export function findHandoff(global: object = globalThis): StageHandoff | undefined {
  return (global as HandoffGlobal)[HANDOFF];
}

/** The first stage's read of the packed matcher, once (null when there is none). */
export function takeMatcherRead(global: object = globalThis): Promise<Record<string, unknown>> | null {
  const handoff = findHandoff(global);
  const read = handoff?.matcherRead ?? null;
  if (handoff) delete handoff.matcherRead;
  return read;
}
