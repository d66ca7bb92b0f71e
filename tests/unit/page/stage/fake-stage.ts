/**
 * The first stage's surroundings in happy-dom (lib/page/stage/first-stage.ts tests): an
 * in-memory stand-in for the browser's storage and messages, the background answering the page
 * gate as it does (lib/entities/gate-answer.ts over the stored gate), and a second stage that
 * joins the handoff and answers every message.
 */
import { vi } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { pageGateJson, pageGateOf } from '@/lib/entities/gate';
import { BlockAnswerer } from '@/lib/entities/block-answer';
import { chunkBlocks, GateAnswerer, type GateBlocks, type GateMatch } from '@/lib/entities/gate-answer';
import { readMatcherSummary } from '@/lib/entities/matcher-summary';
import { MATCHER_SUMMARY_STORAGE_KEY, PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { FirstStage } from '@/lib/page/stage/first-stage';
import { findHandoff } from '@/lib/page/stage/handoff';
import type { NativeApi, NativeMessageListener, NativeStorageListener } from '@/lib/page/stage/native-api';
import { DEFAULT_SETTINGS, isActiveOn, isEntityOn, sanitizeSettings } from '@/lib/settings/schema';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';

// As the background stores it (lib/background/matcher-cache.ts).
export const GATE = pageGateJson(pageGateOf('unbuilt', compiledCatalogue()));
export const ID = 'backstory-test';

/** A `gateText` request as the first stage sends it (lib/entities/gate-answer.ts GateTextRequest). */
export interface GateRequest {
  text: string;
  host: string;
  last?: boolean;
  blocks?: GateBlocks;
  rough?: boolean;
  early?: boolean;
}

/** Storage and messages as the browser gives them, in memory, and the background as it answers (lib/background/gate-text.ts). */
export function fakeApi(initial: Record<string, unknown>) {
  const store = new Map(Object.entries(initial));
  const messageListeners = new Set<NativeMessageListener>();
  const storageListeners = new Set<NativeStorageListener>();
  const sent: unknown[] = [];
  /** The chunks of text the background was asked about (gateText), apart from the other messages. */
  const gateAsks: string[] = [];
  /** Each gateText request whole. */
  const gateRequests: GateRequest[] = [];
  /** What the background painted on the toolbar for the page (a top frame's no). */
  const painted: unknown[] = [];
  const reads: string[][] = [];
  const answerer = new GateAnswerer(TEXT_BUILD_KEY);
  const background = {
    /** Whether the background's injection of the second stage works (it may fail: the frame then asks). */
    injects: true,
    /** Whether it keeps the injection it started for rough text until the blocks' ask (a worker that restarted has forgotten it). */
    keepsEarly: true,
    /** Called once rough text is answered (before the frame reads its blocks). */
    afterRough: undefined as (() => void) | undefined,
  };
  /** The injection started for this frame's rough text, until an ask about its blocks takes it (lib/background/early-injections.ts). */
  let early = false;
  /** Each `gateFrames` request's frames (a parent asking for its frames). */
  const framesAsked: Array<Array<{ text: string; host: string }>> = [];
  const answerFor = (text: string, host: string) => {
    const settings = sanitizeSettings(store.get(SETTINGS_AREA_KEY) ?? DEFAULT_SETTINGS);
    const active = isActiveOn(settings, host);
    return { active, possible: active && answerer.mayMatch(store.get(PAGE_GATE_STORAGE_KEY), settings, text) };
  };
  const blockAnswerer = new BlockAnswerer();
  /** As the background matches a chunk of whole blocks (lib/background/gate-text.ts), with the whole catalogue. */
  const matchChunk = (text: string, spec: GateBlocks | undefined, possible: boolean): GateMatch | null => {
    const blocks = spec ? chunkBlocks(text, spec) : null;
    const summary = readMatcherSummary(store.get(MATCHER_SUMMARY_STORAGE_KEY), TEXT_BUILD_KEY);
    if (!blocks || !summary) return null;
    const settings = sanitizeSettings(store.get(SETTINGS_AREA_KEY) ?? DEFAULT_SETTINGS);
    const entities = summary.watched.filter((id) => isEntityOn(settings, id, true));
    if (!possible) return { key: summary.key, entities, mentions: blocks.map(() => []) };
    const mentions = blockAnswerer.answer({ key: summary.key, compiled: compiledCatalogue() }, { key: summary.key, entities, blocks });
    return mentions ? { key: summary.key, entities, mentions } : null;
  };
  let storageLooks = 0;
  let runtimeLooks = 0;
  let adoptAsks = 0;
  const storage: NativeApi['storage'] = {
    local: { get: async (keys) => (reads.push(keys), Object.fromEntries(keys.filter((k) => store.has(k)).map((k) => [k, store.get(k)]))) },
    onChanged: { addListener: (l) => storageListeners.add(l), removeListener: (l) => storageListeners.delete(l) },
  };
  const runtime: NativeApi['runtime'] = {
    id: ID,
    sendMessage: async (message) => {
      const { type, data } = message as { type: string; data: GateRequest };
      if (type === 'gateFrames') {
        // A parent asking for its frames: answered only (lib/background/gate-text.ts gateFrames).
        const { frames } = data as unknown as { frames: Array<{ text: string; host: string }> };
        framesAsked.push(frames);
        return { ok: true, value: { answers: frames.map((frame) => answerFor(frame.text, frame.host)) } };
      }
      if (type === 'adoptFrames') {
        // The background looks for the frames' marks (lib/background/adopt-frames.ts): counted here.
        adoptAsks++;
        return { ok: true, value: { adopted: 1 } };
      }
      if (type !== 'gateText') return void sent.push(message);
      gateAsks.push(data.text);
      gateRequests.push(data);
      const { active, possible } = answerFor(data.text, data.host);
      if ((!active || (data.last && !possible)) && window === window.top) painted.push({ active, count: 0 });
      if (data.rough === true) {
        // Rough text that may hold a mention: the injection starts (it may fail), and the frame reads its blocks meanwhile.
        const injecting = possible;
        if (injecting && background.injects) await startSecondStage();
        early = injecting && background.keepsEarly;
        background.afterRough?.();
        return { ok: true, value: { active, possible, injected: false, ...(injecting && { injecting }) } };
      }
      // The chunk that may hold a mention, or else the last, takes the rough text's injection (whether it ran).
      const started = data.early === true && (possible || data.last === true) && early;
      if (started) early = false;
      const injected = started ? background.injects : possible && background.injects ? (await startSecondStage(), true) : false;
      if (!injected) return { ok: true, value: { active, possible, injected } };
      // With the injection: the stored start values, and the mentions in a chunk of whole blocks.
      const start = { [SETTINGS_AREA_KEY]: store.get(SETTINGS_AREA_KEY), [MATCHER_SUMMARY_STORAGE_KEY]: store.get(MATCHER_SUMMARY_STORAGE_KEY) };
      return { ok: true, value: { active, possible, injected, start, match: matchChunk(data.text, data.blocks, possible) } };
    },
    onMessage: { addListener: (l) => messageListeners.add(l), removeListener: (l) => messageListeners.delete(l) },
  };
  const api: NativeApi = {
    // Counted when looked at: a frame that never speaks to the background never looks (in Firefox
    // the first look builds the whole API in the frame).
    get runtime() {
      runtimeLooks++;
      return runtime;
    },
    // Counted when looked at: the first stage keeps away from it until the second stage is needed.
    get storage() {
      storageLooks++;
      return storage;
    },
  };
  return {
    api,
    sent,
    gateAsks,
    gateRequests,
    framesAsked,
    answerFor,
    painted,
    reads,
    background,
    messageListeners,
    get storageLooks() {
      return storageLooks;
    },
    get runtimeLooks() {
      return runtimeLooks;
    },
    /** How often a parent asked the background to adopt the frames it marked. */
    get adoptAsks() {
      return adoptAsks;
    },
    /** Stores a value; the background, seeing the change, tells every frame (lib/background/gate-text.ts). */
    set(key: string, value: unknown) {
      store.set(key, value);
      for (const l of storageListeners) l({ [key]: { newValue: value } }, 'local');
      for (const l of messageListeners) l({ backstory: 1, type: 'gateChanged', data: null }, { id: ID }, () => undefined);
    },
    /** A message from the extension; the reply the listener gave (sync or async). */
    ask(type: string, data: unknown = null): Promise<unknown> {
      return new Promise((resolve) => {
        for (const l of messageListeners) l({ backstory: 1, type, data }, { id: ID }, resolve);
      });
    },
  };
}

/** How often the second stage started (injected by the background with its answer, or asked for apart), and how often the first stage asked for it apart (the `loadPageStage` message). */
export const stageCounts = { injected: 0, requested: 0 };

/** The second stage's stand-in: joins the handoff and answers every message. */
export async function startSecondStage(): Promise<void> {
  stageCounts.injected++;
  const handoff = findHandoff();
  if (handoff) handoff.answer = async (message) => ({ ok: true, value: { fromStageTwo: (message as { type: string }).type } });
}

export async function injectFake(): Promise<void> {
  stageCounts.requested++;
  await startSecondStage();
}

/** Before each test: the counts at zero and a browser that can paint highlights (the first stage checks). */
export function freshStageWorld(): void {
  stageCounts.injected = 0;
  stageCounts.requested = 0;
  vi.stubGlobal('Highlight', class extends Set {});
  vi.stubGlobal('CSS', { highlights: new Map() });
}

/** A first stage on a page whose body is `body`, the background answering from `stored`. */
export function startFirstStage(body: string, stored: Record<string, unknown>, signal: AbortSignal) {
  document.body.innerHTML = body;
  const fake = fakeApi(stored);
  const stage = new FirstStage(document, fake.api, signal, injectFake);
  return { stage, fake };
}
