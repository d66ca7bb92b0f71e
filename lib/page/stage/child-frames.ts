/**
 * In Chromium, the frames that have no address of their own — `srcdoc`, `about:blank` and
 * same-origin `blob:` frames, where ad scripts and embeds write — are read by their parent's first
 * stage, and get a content script only where their text may hold a mention.
 *
 * A content script of their own (the manifest's `match_about_blank`) cost each such frame a world
 * of its own, whatever it held: with 20 ad frames of a line of text, the framed article cost 2.9×
 * the same article without them. Their parent reads them instead: a `srcdoc` frame whose markup
 * cannot change (srcdoc-text.ts) from its attribute, without touching the frame at all; any other
 * from its document, which it then follows (a MutationObserver made in the parent's world), as the
 * frame's own first stage did. Their texts go to the gate through the parent's relay
 * (frame-relay.ts: one message for the frames that ask together). Where a frame's text may hold a
 * mention, the parent marks the frame and asks the background to adopt it (`adoptFrames`): the
 * background runs the first stage in the marked frames, and from there the frame is any frame
 * with a content script (it asks through this relay, loads its second stage).
 *
 * Frames with an address get the manifest's content script and ask for themselves; cross-origin
 * frames cannot be read from the parent. Firefox keeps a content script in every frame (each
 * frame's script there has a sandbox of its own, and the parent's copy cannot mark a frame's).
 */
import { roughText, ROUGH_LIMIT } from './rough-read';
import { hasRelay, type FrameRelay } from './frame-relay';
import { staticSrcdocText } from './srcdoc-text';

/** Marks a frame, in the content scripts' world, for the background to adopt (lib/background/adopt-frames.ts). */
export const ADOPT_MARK = Symbol.for('backstory.adopt-frame');

/** A frame's text is asked about again, after a change, at most this often. */
export const FRAME_REGATE_MS = 250;

/** Past this many frames known, those no longer in the page are let go. */
const PRUNE_AT = 64;

/** What the parent lends the frames it reads. */
export interface ChildFramesHost {
  /** The parent's relay: the gate's answers, its MutationObserver, and news of a new gate. */
  relay: Pick<FrameRelay, 'ask' | 'observer' | 'onGateChanged'>;
  /** Asks the background to run the first stage in the frames marked with ADOPT_MARK. */
  adopt(): Promise<void>;
}

/** What the top frame's diagnostics say of the frames its first stage read. */
export interface ChildFramesFigures {
  /** Frames whose text was read by this frame (from the attribute or the document). */
  read: number;
  /** Frames given a first stage of their own because their text may hold a mention. */
  adopted: number;
  lastFailure: string | null;
}

interface ChildFrame {
  readonly frame: HTMLIFrameElement;
  /** Following the frame's document (read from the document, not the attribute). */
  observer: MutationObserver | null;
  observed: Document | null;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Asks about this frame so far (an answer to an overtaken one is dropped). */
  asks: number;
  /** The text last asked about, while the answer stands (the same text is not asked about again). */
  asked: string | null;
  adopted: boolean;
  /** Its text was read here at least once (diagnostics). */
  read: boolean;
}

/** The document of a frame the parent may read, or null (cross-origin, or not there). */
function documentOf(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The site a document belongs to: an `about:srcdoc` or `blob:` document's is its origin's (its parent's). */
function siteOf(doc: Document): string {
  const { hostname, origin } = doc.location;
  if (hostname) return hostname;
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

/** Whether a frame's `src` names a document with an address (not `about:`, `blob:` or `javascript:`). */
function hasAddress(frame: HTMLIFrameElement): boolean {
  if (!frame.getAttribute('src')?.trim()) return false;
  return !/^(?:about|blob|javascript):/i.test(frame.src);
}

/** Whether a document's address gives it no content script of the manifest's: the parent reads it. */
const readByParent = (doc: Document) => /^(?:about|blob):/.test(doc.URL);

export class ChildFrames {
  readonly #frames = new Map<HTMLIFrameElement, ChildFrame>();
  /** Documents whose frames are followed (the parent's, and those of frames read from their document). */
  readonly #documents = new WeakSet<Document>();
  /** Frames marked for adoption, asked for together at the end of the task. */
  #marked: ChildFrame[] = [];
  #adopted = 0;
  #lastFailure: string | null = null;

  constructor(
    readonly host: ChildFramesHost,
    readonly signal: AbortSignal,
  ) {
    host.relay.onGateChanged(() => this.#gateChanged(), signal);
    signal.addEventListener('abort', () => this.#stop(), { once: true });
  }

  /** How many frames were read here and adopted, and the last failure to adopt (diagnostics). */
  get figures(): ChildFramesFigures {
    let read = 0;
    for (const child of this.#frames.values()) if (child.read) read++;
    return { read, adopted: this.#adopted, lastFailure: this.#lastFailure };
  }

  /** Reads `doc`'s frames now, and each frame again whenever it loads (a frame is added or navigates). */
  follow(doc: Document): void {
    if (this.signal.aborted || this.#documents.has(doc)) return;
    this.#documents.add(doc);
    // `load` does not bubble, but is seen on its way down: every frame's, also of frames added later.
    doc.addEventListener('load', (event) => {
      const target = event.target as Element | null;
      if (target?.localName !== 'iframe') return;
      // A new document in the frame: it has no content script until adopted again.
      const child = this.#frameOf(target as HTMLIFrameElement);
      if (child.adopted) {
        child.adopted = false;
        child.asked = null;
      }
      this.#check(child);
    }, { capture: true, signal: this.signal });
    for (const frame of doc.getElementsByTagName('iframe')) this.#check(this.#frameOf(frame));
  }

  #frameOf(frame: HTMLIFrameElement): ChildFrame {
    let known = this.#frames.get(frame);
    if (!known) {
      // Frames a page removed are let go (an ad slot may be refilled all day).
      if (this.#frames.size >= PRUNE_AT) this.#prune();
      known = { frame, observer: null, observed: null, timer: undefined, asks: 0, asked: null, adopted: false, read: false };
      this.#frames.set(frame, known);
    }
    return known;
  }

  /** Reads a frame's text, and asks the gate about it. */
  #check(child: ChildFrame): void {
    if (this.signal.aborted || !child.frame.isConnected) return;
    clearTimeout(child.timer);
    child.timer = undefined;
    const text = this.#textOf(child);
    if (text === undefined) return;
    child.read = true;
    if ((text !== null && !/\S/.test(text)) || text === child.asked) return;
    // Too much text to ask about at once: the frame's own first stage reads it in chunks.
    if (text === null) {
      child.asks++;
      return void this.#adopt(child);
    }
    child.asked = text;
    // Counted only when asked: a load that finds the text asked about leaves that answer standing.
    const ask = ++child.asks;
    const host = siteOf(child.frame.ownerDocument);
    this.host.relay.ask({ text, host }).then(
      (answer) => {
        if (ask === child.asks && answer.possible) this.#adopt(child);
      },
      // The parent stopped or the background could not answer: the frame is read again when it changes.
      () => {
        if (ask === child.asks) child.asked = null;
      },
    );
  }

  /**
   * The frame's text (null: too long to ask about at once), or undefined where the parent does
   * not read it (cross-origin, a frame with an address of its own, or one whose first stage runs).
   */
  #textOf(child: ChildFrame): string | null | undefined {
    const { frame } = child;
    // A `srcdoc` attribute decides what the frame shows, whatever its `src`.
    const srcdoc = frame.getAttribute('srcdoc');
    const fromAttribute = srcdoc === null ? null : staticSrcdocText(srcdoc);
    if (fromAttribute !== null) {
      this.#unobserve(child);
      return fromAttribute;
    }
    // A frame with an address gets its own content script (or is another origin's): its document
    // is not even looked at, which would set up this world in the blank one it shows while loading.
    if (srcdoc === null && hasAddress(frame)) {
      this.#unobserve(child);
      return undefined;
    }
    const doc = documentOf(frame);
    if (!doc || !readByParent(doc)) {
      this.#unobserve(child);
      return undefined;
    }
    // The frame's own first stage runs there (adopted before, by a copy of the content script that stopped).
    if (hasRelay(doc.defaultView)) {
      this.#unobserve(child);
      return undefined;
    }
    this.#observe(child, doc);
    this.follow(doc);
    const root = doc.body ?? doc.documentElement;
    return root ? roughText(root, ROUGH_LIMIT) : '';
  }

  /** Follows a frame's document: any change asks about the frame again, at most every FRAME_REGATE_MS. */
  #observe(child: ChildFrame, doc: Document): void {
    if (child.observed === doc) return;
    this.#unobserve(child);
    child.observed = doc;
    child.observer = this.host.relay.observer(() => {
      child.timer ??= setTimeout(() => this.#check(child), FRAME_REGATE_MS);
    });
    child.observer.observe(doc, { childList: true, subtree: true, characterData: true });
  }

  #unobserve(child: ChildFrame): void {
    child.observer?.disconnect();
    child.observer = null;
    child.observed = null;
    clearTimeout(child.timer);
    child.timer = undefined;
  }

  /** Marks the frame and asks the background to run the first stage there (the frames marked in one task together). */
  #adopt(child: ChildFrame): void {
    if (this.signal.aborted || child.adopted) return;
    const win = child.frame.contentWindow as (Window & { [ADOPT_MARK]?: boolean }) | null;
    if (!win) return;
    // Its first stage runs there already (adopted by a copy of the content script that has stopped).
    if (hasRelay(win)) {
      child.adopted = true;
      return;
    }
    try {
      win[ADOPT_MARK] = true;
    } catch {
      return; // it went to another origin meanwhile: a content script of its own reads it
    }
    child.adopted = true;
    this.#unobserve(child);
    this.#marked.push(child);
    if (this.#marked.length > 1) return;
    queueMicrotask(() => {
      const batch = this.#marked;
      this.#marked = [];
      if (this.signal.aborted) return;
      this.host.adopt().then(
        () => void (this.#adopted += batch.length),
        (error: unknown) => {
          // Each is asked about again when it loads or the gate changes (not at once: a background
          // that keeps failing would be asked without end).
          for (const marked of batch) {
            marked.adopted = false;
            marked.asked = null;
          }
          this.#lastFailure = String(error);
        },
      );
    });
  }

  #prune(): void {
    for (const [frame, child] of this.#frames) {
      if (frame.isConnected) continue;
      this.#unobserve(child);
      this.#frames.delete(frame);
    }
  }

  /** A new gate may pass what the old one turned away: every frame not adopted is asked about again. */
  #gateChanged(): void {
    for (const child of this.#frames.values()) {
      if (child.adopted) continue;
      child.asked = null;
      this.#check(child);
    }
  }

  #stop(): void {
    for (const child of this.#frames.values()) this.#unobserve(child);
    this.#frames.clear();
  }
}
