/**
 * What the content script's two stages share in their world (the isolated world in Chromium,
 * the sandbox in Firefox; pages cannot see it): the first stage leaves its lifetime here before
 * asking the background to inject the second (lib/page/stage/second-stage.ts), and the second
 * leaves the function that answers messages, which the first stage's listener forwards to.
 */
import { MATCHER_SUMMARY_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { EntityId, Mention } from '@/lib/entities/types';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import type { ShieldedUi } from '../card/ui-shield';
import type { TextBlock } from '../read/blocks';
import type { NativeSender } from './native-api';

const HANDOFF = Symbol.for('backstory.content-script.stages');

/** What the second stage starts from, read from storage in one call: the matcher's summary and the settings. */
export const START_KEYS: readonly string[] = [MATCHER_SUMMARY_STORAGE_KEY, SETTINGS_AREA_KEY];

/**
 * The page as the first stage read it, with the mentions the background found in it as it
 * answered the gate: the second stage's first scan paints these instead of reading the page
 * again and asking about it (lib/page/read/scanner.ts).
 */
export interface HandedScan {
  /** The matcher and the entities the mentions were found with: used only if they are the session's. */
  key: string;
  entities: readonly EntityId[];
  /** Every block of the page, in reading order, and each one's mentions. */
  blocks: readonly TextBlock[];
  mentions: readonly (readonly Mention[])[];
  /** The open shadow roots the reading entered. */
  shadowRoots: readonly ShadowRoot[];
  /**
   * The page's changes since the first stage began reading it, and the end of its following
   * them: called once the second stage follows the page itself (nothing is missed in between),
   * or when it will not use the scan.
   */
  takeRecords(): MutationRecord[];
}

/** What the background sent with the second stage it injected (the gate's answer). */
export interface StageHandover {
  /** The values of START_KEYS as stored: the second stage reads nothing from storage. */
  start?: Record<string, unknown>;
  scan: HandedScan | null;
}

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
  /**
   * Set by the first stage before it asks the gate in a way that may inject the second stage:
   * settled by the answer with what the background sent (null when it sent nothing, or the
   * second stage was loaded another way).
   */
  handover?: Promise<StageHandover | null>;
  /** Set by the second stage: its card host, which the first stage's key and clipboard shield guards. */
  shieldedUi?: ShieldedUi;
  /**
   * Set by the first stage when the background says the settings or the gate changed
   * (`gateChanged`, sent once the change is stored) after the current ask began: a second stage
   * that starts from values read for that ask (the handover's, or a storage read begun before)
   * may have them from before the change, and reads them again. Cleared as an ask begins.
   */
  staleStart?: boolean;
  /** Set by the second stage: told of every later `gateChanged` (it reads the stored values again). */
  onGateChanged?: () => void;
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
 * What the second stage starts from: the first stage's storage read, or `read()` started now (the
 * values the background sent with the injection, when it did: content-script.ts). The summary
 * and the settings come together because in Firefox each storage read costs the page several
 * milliseconds of its own (7.3 ms for the settings alone on `rferl-en`, by Firefox's profiler).
 */
export function sharedStartRead(read: () => Promise<Record<string, unknown>>, global: object = globalThis): Promise<Record<string, unknown>> {
  const handoff = findHandoff(global);
  const pending = handoff?.startRead ?? read();
  if (handoff) handoff.startRead = pending;
  return pending;
}
