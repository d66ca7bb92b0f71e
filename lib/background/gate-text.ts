/**
 * The background's side of the page gate (lib/page/stage/first-stage.ts): a frame sends its
 * text, a chunk at a time, with its host name; the answer comes from the settings and the gate
 * stored beside the packed matcher, with a prefilter built once per worker
 * (lib/entities/gate-answer.ts). The text is only tested, never kept.
 *
 * One round trip does it all: where a chunk may hold a mention, the second stage is injected
 * into the sending frame before the answer goes back (it used to be a second request), and
 * where the top frame's last chunk holds none, the toolbar is painted from here (it used to be
 * the page's own message). With the injection go what the second stage starts from (the
 * settings and the matcher's summary, as stored) and, for a chunk of whole blocks, their
 * mentions, matched while the frame runs the injected script: the second stage reads nothing
 * from storage and, where the chunk was the whole page, neither reads the page again nor asks
 * about it (it used to be two more round trips and a second walk of the page). Where a frame's
 * rough text may hold a mention, the injection starts with that answer and the ask about the
 * frame's blocks that follows is answered with it (early-injections.ts): it runs while the frame
 * reads them.
 */
import { browser } from 'wxt/browser';
import type { MatchBlocksRequest } from '@/lib/entities/block-answer';
import {
  chunkBlocks,
  GateAnswerer,
  type FrameGateAnswer,
  type FrameGateQuestion,
  type FramesGateAnswer,
  type FramesGateRequest,
  type GateTextAnswer,
  type GateMatch,
  type GateTextRequest,
} from '@/lib/entities/gate-answer';
import { readMatcherSummary } from '@/lib/entities/matcher-summary';
import { MATCHER_SUMMARY_STORAGE_KEY, PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { Mention } from '@/lib/entities/types';
import { envelope } from '@/lib/messages/envelope';
import type { FrameProtocol } from '@/lib/messages/protocol';
import type { PageCount } from '@/lib/page/count-reporter';
import { DEFAULT_SETTINGS, isActiveOn, isEntityOn, sanitizeSettings, type Settings } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { EarlyInjections } from './early-injections';
import { pageInjector, type FrameSender } from './page-injection';
import { paintToolbar } from './toolbar';

export type { FramesGateAnswer, FramesGateRequest, GateTextAnswer, GateTextRequest };

export interface GateTextDeps {
  /** Starts the second stage in the sender's frame (resolves once it runs; its colours may follow). */
  inject(sender: FrameSender): Promise<void>;
  /** The mentions in a chunk's blocks, by the background's warm matcher (block-matching.ts); null when it cannot say. */
  match?(request: MatchBlocksRequest): Promise<Mention[][] | null>;
  paint(tabId: number, state: PageCount): Promise<void>;
  /** Tells every frame of every tab that the settings or the gate changed (they ask again). */
  broadcast(): Promise<void>;
}

/** `gateChanged` to every tab (all its frames); a tab without Backstory's content script refuses it. */
export async function broadcastGateChanged(): Promise<void> {
  const message = envelope<FrameProtocol, 'gateChanged'>('gateChanged', null);
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

interface GateInputs {
  settings: Settings;
  gate: unknown;
  /**
   * What a second stage starts from, as stored (the settings and the matcher's summary:
   * lib/page/stage/handoff.ts START_KEYS): handed to the frame with the injection.
   */
  start: Record<string, unknown>;
}

/**
 * The settings and the stored gate, read once and kept until storage says either changed; then
 * the frames are told, after the cache is dropped, so a frame that asks again because of the
 * change is never answered from the gate it asks about again. (A frame may still ask with
 * `fresh` for a read of its own.)
 */
class GateInputsCache {
  #read: Promise<GateInputs> | null = null;

  constructor(onChange: () => void) {
    // Added in the worker's first turn (createHandlers): a change wakes a stopped worker.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(changes[SETTINGS_AREA_KEY] || changes[PAGE_GATE_STORAGE_KEY] || changes[MATCHER_SUMMARY_STORAGE_KEY])) return;
      this.#read = null;
      onChange();
    });
  }

  get(fresh: boolean): Promise<GateInputs> {
    if (fresh || !this.#read) {
      const read = browser.storage.local.get([SETTINGS_AREA_KEY, PAGE_GATE_STORAGE_KEY, MATCHER_SUMMARY_STORAGE_KEY]).then((stored) => ({
        settings: sanitizeSettings(stored[SETTINGS_AREA_KEY] ?? DEFAULT_SETTINGS),
        gate: stored[PAGE_GATE_STORAGE_KEY],
        start: { [SETTINGS_AREA_KEY]: stored[SETTINGS_AREA_KEY], [MATCHER_SUMMARY_STORAGE_KEY]: stored[MATCHER_SUMMARY_STORAGE_KEY] },
      }));
      this.#read = read;
      // A failed read is not kept: the next ask reads again.
      read.catch(() => {
        if (this.#read === read) this.#read = null;
      });
    }
    return this.#read;
  }
}

/**
 * The second stage, once per frame (page-injection.ts). The answer goes back as soon as it
 * runs: it waits for the answer's mentions, not for its colours, whose insertion waits for
 * the frame's style work. (Should they fail, the frame's highlights are there but unpainted.)
 */
const injectStage = (sender: FrameSender): Promise<void> =>
  pageInjector().startStage(sender).then(({ colours }) => void colours.catch(() => undefined));

export const defaultGateDeps: GateTextDeps = { inject: injectStage, paint: paintToolbar, broadcast: broadcastGateChanged };

/** The page gate's questions, answered by one warm prefilter: a frame's text, and frames' texts. */
export interface GateHandlers {
  gateText(request: GateTextRequest, sender: FrameSender): Promise<GateTextAnswer>;
  /**
   * Several frames' texts, asked by a parent frame for its own frames (lib/page/stage/frame-relay.ts):
   * answered only, since the sender is not the frame asked about — no toolbar painted, nothing
   * injected (a frame whose text may match asks for its second stage itself).
   */
  gateFrames(request: FramesGateRequest): Promise<FramesGateAnswer>;
}

export function gateHandlers(deps: GateTextDeps = defaultGateDeps): GateHandlers {
  const answerer = new GateAnswerer(TEXT_BUILD_KEY);
  const inputs = new GateInputsCache(() => void deps.broadcast().catch(() => undefined));
  return {
    gateText: answerText(answerer, inputs, deps),
    gateFrames: async ({ frames }) => {
      if (!Array.isArray(frames)) throw new Error('the gate needs a list of frames');
      const inputsNow = await inputs.get(false);
      return { answers: frames.map((frame: Partial<FrameGateQuestion> | null) => answerFrame(answerer, inputsNow, frame?.text, frame?.host)) };
    },
  };
}

/** The gate's answer about one frame's text, by its site and the stored settings and gate (the text is only tested). */
function answerFrame(answerer: GateAnswerer, { settings, gate }: GateInputs, text: unknown, host: unknown): FrameGateAnswer {
  if (typeof text !== 'string') throw new Error('the gate needs text');
  const active = isActiveOn(settings, typeof host === 'string' ? host : '');
  return { active, possible: active && answerer.mayMatch(gate, settings, text) };
}

/**
 * The mentions in a chunk of whole blocks, matched with the matcher the stored summary names
 * for the entities the settings highlight: what the second stage's own ask would get
 * (lib/page/read/scanner.ts). Null when the chunk is not whole blocks or nothing can say.
 */
async function matchChunk(deps: GateTextDeps, { settings, start }: GateInputs, request: GateTextRequest, possible: boolean): Promise<GateMatch | null> {
  const blocks = deps.match && request.blocks ? chunkBlocks(request.text, request.blocks) : null;
  const summary = blocks ? readMatcherSummary(start[MATCHER_SUMMARY_STORAGE_KEY], TEXT_BUILD_KEY) : null;
  if (!blocks || !summary || !deps.match) return null;
  const entities = summary.watched.filter((id) => isEntityOn(settings, id, true));
  // The gate's no (a chunk answered with an early injection): the gate passes wherever the
  // matcher finds a mention, so there is none to look for.
  if (!possible) return { key: summary.key, entities, mentions: blocks.map(() => []) };
  const mentions = await deps.match({ key: summary.key, entities, blocks }).catch(() => null);
  return mentions ? { key: summary.key, entities, mentions } : null;
}

function answerText(answerer: GateAnswerer, inputs: GateInputsCache, deps: GateTextDeps): GateHandlers['gateText'] {
  const early = new EarlyInjections();
  return async (request, sender) => {
    const { text, host, last = false, fresh = false } = request;
    const inputsNow = await inputs.get(fresh === true);
    const { active, possible } = answerFrame(answerer, inputsNow, text, host);
    const tabId = sender.tab?.id;
    const speaksForTab = tabId !== undefined && (sender.frameId ?? 0) === 0;
    if ((!active || (last && !possible)) && speaksForTab) {
      void deps.paint(tabId, { active, count: 0 }).catch(() => undefined);
    }
    if (request.rough === true) {
      // Injected while the frame reads its blocks: their ask takes it (`early`).
      const injecting = possible && early.start(sender, () => deps.inject(sender));
      return { active, possible, injected: false, ...(injecting && { injecting }) };
    }
    // The rough text's injection goes with the chunk that may hold a mention, or else the last
    // (the second stage is there either way: it is handed blocks without a mention).
    const started = request.early === true && (possible || last) ? early.take(sender) : null;
    if (!possible && !started) return { active, possible, injected: false };
    // The frame asks for the second stage itself when this fails (it then has the error to keep).
    const injecting = started ?? deps.inject(sender).then(() => true, () => false);
    // Matched while the frame runs the injected script.
    const match = await matchChunk(deps, inputsNow, request, possible);
    if (!(await injecting)) return { active, possible, injected: false };
    return { active, possible, injected: true, start: inputsNow.start, match };
  };
}
