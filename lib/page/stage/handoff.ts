/**
 * What the content script's two stages share in their world (the isolated world in Chromium,
 * the sandbox in Firefox; pages cannot see it): the first stage leaves its lifetime here before
 * asking the background to inject the second (lib/page/stage/second-stage.ts), and the second
 * leaves the function that answers messages, which the first stage's listener forwards to.
 */
import { MATCHER_SUMMARY_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import type { ShieldedUi } from '../card/ui-shield';
import type { NativeSender } from './native-api';

const HANDOFF = Symbol.for('backstory.content-script.stages');

/** What the second stage starts from, read from storage in one call: the matcher's summary and the settings. */
export const START_KEYS: readonly string[] = [MATCHER_SUMMARY_STORAGE_KEY, SETTINGS_AREA_KEY];

export interface StageHandoff {
  /** The first stage's lifetime (lib/page/lifecycle.ts): the second stage ends with it. */
  signal: AbortSignal;
  /** When the first stage started (`performance.now()`), for the diagnostics. */
  startedAt: number;
  /**
   * The storage read of the matcher's summary and the settings together, started by the first
   * stage as it asks for the second (the read overlaps the injection) or by the second stage as
   * it starts (sharedStartRead).
   */
  startRead?: Promise<Record<string, unknown>>;
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

/**
 * The one storage read the second stage starts from: the first stage's, or `read()` started now.
 * The summary and the settings come from one read because in Firefox each read costs the page
 * several milliseconds of its own (7.3 ms for the settings alone on `rferl-en`, by Firefox's profiler).
 */
export function sharedStartRead(read: () => Promise<Record<string, unknown>>, global: object = globalThis): Promise<Record<string, unknown>> {
  const handoff = findHandoff(global);
  const pending = handoff?.startRead ?? read();
  if (handoff) handoff.startRead = pending;
  return pending;
}
