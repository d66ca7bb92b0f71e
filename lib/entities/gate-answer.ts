/**
 * The page gate's answer, given where the prefilter is warm: the background (gate-text handler)
 * keeps one `GateAnswerer` for its lifetime, so the prefilter's regular expressions are built
 * and compiled to native code once, not on every page load. In a page's fresh content-script
 * world the same question cost 15–25 ms of the page's main thread (parsing ~27,000 characters of
 * regular expressions, compiling them, running them cold: README "Page-load cost"); here it
 * costs the page only reading its text and one message.
 */
import type { Settings } from '@/lib/settings/schema';
import { isEntityOn } from '@/lib/settings/schema';
import type { BlockQuestion } from './block-answer';
import type { EntityId, Mention } from './types';
import { createPrefilter, type Prefilter } from './scan/prefilter';
import { readPageGate, type PageGate } from './gate';

/**
 * A chunk that is whole blocks of the page (lib/page/read/blocks.ts), their texts joined in
 * `text` with one line feed between two: each block's length, and its language as the page
 * declares it ('' where it declares none). Where the chunk may hold a mention, the background
 * matches these blocks as it answers (the second stage then paints them without reading the
 * page again: lib/page/stage/first-stage.ts).
 */
export interface GateBlocks {
  lengths: number[];
  langs: string[];
}

/** A frame's question to the background (the `gateText` message: lib/background/gate-text.ts). */
export interface GateTextRequest {
  /** A chunk of the frame's text. */
  text: string;
  /** How `text` divides into the page's blocks, when it is whole blocks. */
  blocks?: GateBlocks;
  /** The frame's host name: Backstory may be off for the site. */
  host: string;
  /** The frame's last chunk: a no is then the page's answer (the toolbar says so). */
  last?: boolean;
  /** Read the settings and the gate afresh, not from the background's cache. */
  fresh?: boolean;
  /**
   * The frame's rough text (lib/page/stage/rough-read.ts), not its blocks. Where it may hold a
   * mention the second stage's injection starts (lib/background/early-injections.ts) and the
   * answer goes back at once, `injecting`: the frame reads its blocks meanwhile and asks about
   * them, `early`.
   */
  rough?: boolean;
  /**
   * A chunk of the blocks of a frame whose rough text was answered `injecting`: the chunk that
   * may hold a mention, or else the last, is answered with that injection, whatever it holds.
   */
  early?: boolean;
}

export interface GateTextAnswer {
  /** Backstory is on for the frame's site (when not, nothing is tested). */
  active: boolean;
  possible: boolean;
  /** The second stage is now running in the frame (it may be possible and not injected: the frame then asks for it). */
  injected: boolean;
  /**
   * With `injected`: what the second stage starts from (lib/page/stage/handoff.ts START_KEYS, as
   * stored), so that it reads nothing from storage.
   */
  start?: Record<string, unknown>;
  /** With `injected` and a chunk of whole blocks: their mentions, matched as the second stage's scan would. */
  match?: GateMatch | null;
  /** For rough text that may hold a mention: the second stage is being injected (the ask about the blocks says `early`). */
  injecting?: boolean;
}

/** The mentions in a chunk's blocks, and what they were matched with (the page checks both against its own). */
export interface GateMatch {
  key: string;
  entities: EntityId[];
  mentions: Mention[][];
}

/**
 * The blocks of a chunk (`text` cut by `blocks`); null when the two do not fit (the lengths
 * and the line feeds between them must make up the text exactly).
 */
export function chunkBlocks(text: string, blocks: GateBlocks): BlockQuestion[] | null {
  const { lengths, langs } = blocks;
  if (!Array.isArray(lengths) || !Array.isArray(langs) || lengths.length !== langs.length || lengths.length === 0) return null;
  const out: BlockQuestion[] = [];
  let at = 0;
  for (const [i, length] of lengths.entries()) {
    const lang = langs[i];
    if (!Number.isSafeInteger(length) || length < 0 || typeof lang !== 'string') return null;
    if (i > 0 && text[at++] !== '\n') return null;
    if (at + length > text.length) return null;
    const block = text.slice(at, at + length);
    out.push(lang === '' ? { text: block } : { text: block, lang });
    at += length;
  }
  return at === text.length ? out : null;
}

/** One frame's text, asked about for it by a parent frame's relay (lib/page/stage/frame-relay.ts). */
export type FrameGateQuestion = Pick<GateTextRequest, 'text' | 'host'>;

/** The gate's answer about one frame's text, asked by its parent: nothing is painted or injected for it. */
export type FrameGateAnswer = Omit<GateTextAnswer, 'injected'>;

/** Several frames' texts at once (the `gateFrames` message). */
export interface FramesGateRequest {
  frames: readonly FrameGateQuestion[];
}

export interface FramesGateAnswer {
  /** One answer per frame, in the order asked. */
  answers: FrameGateAnswer[];
}

/** The prefilter for the entities `settings` highlight, of those the gate knows. */
export function gatePrefilter(gate: PageGate, settings: Settings): Prefilter {
  const indices = gate.entityIds.flatMap((id, i) => (gate.watched[i] && isEntityOn(settings, id, true) ? [i] : []));
  return createPrefilter(gate.prefilter, indices);
}

/** Which entities the settings turn on or off: all of the settings a gate's answer depends on. */
const entitiesKey = (settings: Settings): string => JSON.stringify(Object.entries(settings.entities).sort(([a], [b]) => (a < b ? -1 : 1)));

export class GateAnswerer {
  #stored: unknown = undefined;
  #gate: PageGate | null = null;
  #prefilters = new Map<string, Prefilter>();

  constructor(readonly build: string) {}

  /**
   * Whether `text` may hold a mention of an entity `settings` highlight, by the stored gate
   * (its text as in storage); true when no usable gate is stored (the second stage then asks
   * for the matcher itself).
   */
  mayMatch(stored: unknown, settings: Settings, text: string): boolean {
    const gate = this.#gateOf(stored);
    if (!gate) return true;
    return this.#prefilter(entitiesKey(settings), () => gatePrefilter(gate, settings)).mayMatch(text);
  }

  #gateOf(stored: unknown): PageGate | null {
    if (stored !== this.#stored) {
      this.#stored = stored;
      this.#gate = readPageGate(stored, this.build);
      this.#prefilters.clear();
    }
    return this.#gate;
  }

  #prefilter(key: string, build: () => Prefilter): Prefilter {
    let prefilter = this.#prefilters.get(key);
    if (!prefilter) {
      // A few variants at most (the settings rarely change): start afresh rather than grow.
      if (this.#prefilters.size >= 8) this.#prefilters.clear();
      prefilter = build();
      this.#prefilters.set(key, prefilter);
    }
    return prefilter;
  }
}
