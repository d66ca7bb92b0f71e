/**
 * Gives the frames their parent marked a first stage of their own (the `adoptFrames` message).
 *
 * In Chromium a `srcdoc`, `about:blank` or `blob:` frame gets no content script from the manifest:
 * its parent's first stage reads it (lib/page/stage/child-frames.ts), and where its text may hold
 * a mention marks it in the content scripts' world. A frame has no id a page can know, so the
 * background looks at every frame of the tab for the mark, then runs the first stage in the
 * marked ones. The look sets up the content scripts' world in frames that had none: it is paid
 * only on pages with such a frame that may mention an entity.
 */
import { browser } from 'wxt/browser';

/** The content script's first stage, as the manifest declares it (entrypoints/content.ts). */
export const FIRST_STAGE_FILE = '/content-scripts/content.js';

/** What of `scripting` adoption uses (tests pass a fake). */
export interface AdoptScripting {
  lookForMarks(tabId: number): Promise<Array<{ frameId: number; result?: unknown }>>;
  runFirstStage(tabId: number, frameIds: number[]): Promise<unknown>;
}

/**
 * Runs in every frame of the tab (serialised: self-contained): whether the frame's parent marked
 * it (child-frames.ts `ADOPT_MARK`), clearing the mark.
 */
export function takeAdoptMark(): boolean {
  const mark = Symbol.for('backstory.adopt-frame');
  const marked = (globalThis as Record<symbol, unknown>)[mark] === true;
  delete (globalThis as Record<symbol, unknown>)[mark];
  return marked;
}

export const browserAdoptScripting: AdoptScripting = {
  lookForMarks: (tabId) => browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: takeAdoptMark }),
  runFirstStage: (tabId, frameIds) => browser.scripting.executeScript({ target: { tabId, frameIds }, files: [FIRST_STAGE_FILE] }),
};

/** Runs the first stage in the marked frames of the sender's tab; answers how many there were. */
export async function adoptMarkedFrames(scripting: AdoptScripting, sender: { tab?: { id?: number } }): Promise<number> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('only a page can ask to adopt its frames');
  const looks = await scripting.lookForMarks(tabId);
  const frameIds = looks.filter((look) => look.result === true).map((look) => look.frameId);
  if (frameIds.length > 0) await scripting.runFirstStage(tabId, frameIds);
  return frameIds.length;
}
