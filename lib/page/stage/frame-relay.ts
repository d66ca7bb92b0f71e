/**
 * A frame's page gate asked through its parent's first stage, not by the frame's own message.
 *
 * Where a message is a frame's own, its first use of the extension API sets the API up in the
 * frame's world, and that and the message cost an ad frame with a line of text most of what
 * Backstory adds to it (README "Page-load cost"). In Chromium a same-origin frame's content
 * script sees its parent's content-script world (the same isolated world: `parent[RELAY]` is the
 * parent's object, never the page's), so the frame hands its text to its parent's relay, which
 * asks the background about all the frames that asked meanwhile in one message and answers each.
 * The frame touches the API only if its text may hold a mention (it then loads its second stage
 * itself). A relay in a frame that has a relay above it forwards there. Firefox gives every
 * frame's content script a sandbox of its own: no relay is found there, and each frame asks for
 * itself as before.
 *
 * The background's answers about frames are not the top frame's: they paint no toolbar and
 * inject nothing (lib/background/gate-text.ts `gateFrames`). The settings or gate changing
 * reaches a frame through the relay it asked through (`gateChanged`), since it never listens.
 */
import type { FrameGateAnswer, FrameGateQuestion } from '@/lib/entities/gate-answer';

export type { FrameGateAnswer, FrameGateQuestion };

const RELAY = Symbol.for('backstory.frame-relay');

/** How long asks wait to go to the background together (frames load in tasks of their own). */
export const RELAY_BATCH_MS = 20;

interface RelayGlobal {
  [RELAY]?: FrameRelay;
}

/** Asks the background about several frames' texts at once (or a relay further up). */
export type AskFrames = (questions: readonly FrameGateQuestion[]) => Promise<readonly FrameGateAnswer[]>;

interface Pending {
  question: FrameGateQuestion;
  resolve(answer: FrameGateAnswer): void;
  reject(error: unknown): void;
}

export class FrameRelay {
  #pending: Pending[] = [];
  #answered = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #listeners = new Set<() => void>();

  constructor(
    readonly askFrames: AskFrames,
    readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.#stop(), { once: true });
  }

  /** Whether a frame may ask through this relay: not once its copy of the content script stopped. */
  get usable(): boolean {
    return !this.signal.aborted;
  }

  /** How many asks were answered (diagnostics). */
  get answered(): number {
    return this.#answered;
  }

  /** The gate's answer about one frame's text; rejects where the background could not answer. */
  ask(question: FrameGateQuestion): Promise<FrameGateAnswer> {
    if (this.signal.aborted) return Promise.reject(new Error('the parent frame stopped'));
    return new Promise<FrameGateAnswer>((resolve, reject) => {
      this.#pending.push({ question, resolve, reject });
      this.#timer ??= setTimeout(() => this.#flush(), RELAY_BATCH_MS);
    });
  }

  /**
   * A MutationObserver made in this (the parent's) world, for a frame to watch its own text with:
   * it may observe the frame's nodes, and the frame's world need not set the interface up.
   */
  observer(callback: MutationCallback): MutationObserver {
    return new MutationObserver(callback);
  }

  /** Calls `listener` when the settings or the gate changed (told by `gateChanged`), until `signal` aborts. */
  onGateChanged(listener: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.#listeners.add(listener);
    signal.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  /** The settings or the gate changed: every frame that asked through here asks again. */
  gateChanged(): void {
    for (const listener of [...this.#listeners]) {
      // One frame's failure does not keep the others from asking again.
      try {
        listener();
      } catch {
        // That frame asks again with its next change of text.
      }
    }
  }

  #flush(): void {
    this.#timer = undefined;
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return;
    this.askFrames(batch.map((p) => p.question)).then(
      (answers) => {
        for (const [i, p] of batch.entries()) {
          const answer = answers[i];
          if (answer) {
            this.#answered++;
            p.resolve(answer);
          } else p.reject(new Error('no answer for this frame'));
        }
      },
      (error: unknown) => {
        for (const p of batch) p.reject(error);
      },
    );
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#pending;
    this.#pending = [];
    for (const p of batch) p.reject(new Error('the parent frame stopped'));
    this.#listeners.clear();
  }
}

/** Makes `relay` the one this frame's own frames find (a newer copy of the content script replaces it). */
export function offerRelay(win: Window, relay: FrameRelay): void {
  const own = win as unknown as RelayGlobal;
  own[RELAY] = relay;
  relay.signal.addEventListener('abort', () => {
    if (own[RELAY] === relay) delete own[RELAY];
  }, { once: true });
}

/**
 * The relay a content script's first stage offers in `win` (our world's view of that window), or
 * null. The object comes from that frame's realm: `instanceof` would not know it.
 */
function offeredRelay(win: Window): FrameRelay | null {
  const relay = (win as unknown as RelayGlobal)[RELAY];
  return typeof relay === 'object' && relay !== null && typeof relay.ask === 'function' ? relay : null;
}

/**
 * The relay of this frame's parent, where there is one to ask through: the parent is
 * same-origin (`frameElement` is null otherwise, without the exception reading a cross-origin
 * parent's property throws) and its content script shares this world.
 */
export function parentRelay(win: Window): FrameRelay | null {
  if (win === win.top) return null;
  try {
    if (!win.frameElement || win.parent === win) return null;
    const relay = offeredRelay(win.parent);
    return relay?.usable ? relay : null;
  } catch {
    return null;
  }
}

/** Whether a content script's first stage runs in `win` (it offers a relay there). */
export function hasRelay(win: Window | null): boolean {
  try {
    return !!win && offeredRelay(win) !== null;
  } catch {
    return false;
  }
}
