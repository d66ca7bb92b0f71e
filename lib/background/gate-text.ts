/**
 * The background's side of the page gate (lib/page/stage/first-stage.ts): a frame sends its
 * text, a chunk at a time, with its host name; the answer comes from the settings and the gate
 * stored beside the packed matcher, with a prefilter built once per worker
 * (lib/entities/gate-answer.ts). The text is only tested, never kept.
 *
 * One round trip does it all: where a chunk may hold a mention, the second stage is injected
 * into the sending frame before the answer goes back (it used to be a second request), and
 * where the top frame's last chunk holds none, the toolbar is painted from here (it used to be
 * the page's own message).
 */
import { browser } from 'wxt/browser';
import {
  GateAnswerer,
  type FrameGateAnswer,
  type FrameGateQuestion,
  type FramesGateAnswer,
  type FramesGateRequest,
  type GateTextAnswer,
  type GateTextRequest,
} from '@/lib/entities/gate-answer';
import { PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { envelope } from '@/lib/messages/envelope';
import type { FrameProtocol } from '@/lib/messages/protocol';
import type { PageCount } from '@/lib/page/count-reporter';
import { DEFAULT_SETTINGS, isActiveOn, sanitizeSettings, type Settings } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { pageInjector, type FrameSender } from './page-injection';
import { paintToolbar } from './toolbar';

export type { FramesGateAnswer, FramesGateRequest, GateTextAnswer, GateTextRequest };

export interface GateTextDeps {
  inject(sender: FrameSender): Promise<void>;
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
      if (area !== 'local' || !(changes[SETTINGS_AREA_KEY] || changes[PAGE_GATE_STORAGE_KEY])) return;
      this.#read = null;
      onChange();
    });
  }

  get(fresh: boolean): Promise<GateInputs> {
    if (fresh || !this.#read) {
      const read = browser.storage.local.get([SETTINGS_AREA_KEY, PAGE_GATE_STORAGE_KEY]).then((stored) => ({
        settings: sanitizeSettings(stored[SETTINGS_AREA_KEY] ?? DEFAULT_SETTINGS),
        gate: stored[PAGE_GATE_STORAGE_KEY],
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

// The second stage and its colours, once per frame (page-injection.ts).
const defaultDeps: GateTextDeps = { inject: (sender) => pageInjector().stage(sender), paint: paintToolbar, broadcast: broadcastGateChanged };

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

export function gateHandlers(deps: GateTextDeps = defaultDeps): GateHandlers {
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

function answerText(answerer: GateAnswerer, inputs: GateInputsCache, deps: GateTextDeps): GateHandlers['gateText'] {
  return async ({ text, host, last = false, fresh = false }, sender) => {
    const { active, possible } = answerFrame(answerer, await inputs.get(fresh === true), text, host);
    const tabId = sender.tab?.id;
    const speaksForTab = tabId !== undefined && (sender.frameId ?? 0) === 0;
    if ((!active || (last && !possible)) && speaksForTab) {
      void deps.paint(tabId, { active, count: 0 }).catch(() => undefined);
    }
    if (!possible) return { active, possible, injected: false };
    // The frame asks for the second stage itself when this fails (it then has the error to keep).
    const injected = await deps.inject(sender).then(() => true, () => false);
    return { active, possible, injected };
  };
}
