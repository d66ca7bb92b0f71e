/**
 * What the second stage (second-stage.ts) leaves in its world for its extras (page-extras.js:
 * the popup's report, keyboard navigation, frame reports; lib/page/extras/), which the
 * background injects only when one of those is first asked for: the running page object, its
 * lifetime and its diagnostics; the extras leave the function that answers their messages. On
 * the content script's own global (the isolated world, Firefox's sandbox): pages cannot see it.
 */
import type { ContentScript } from '../content-script';
import type { PageDiagnostics } from '../diagnostics';
import type { NativeSender } from './native-api';

const EXTRAS = Symbol.for('backstory.page-stage.extras');

export interface ExtrasHandoff {
  page: ContentScript;
  /** The content script's lifetime: the extras end with it. */
  signal: AbortSignal;
  diagnostics(): PageDiagnostics;
  /** Set by the extras: answers a message (a promise of the reply), or undefined when it is not theirs. */
  answer?: (message: unknown, sender: NativeSender) => Promise<unknown> | undefined;
}

interface ExtrasGlobal {
  [EXTRAS]?: ExtrasHandoff;
}

/** Leaves `handoff` for the extras until its signal aborts. */
export function leaveExtrasHandoff(handoff: ExtrasHandoff, global: object = globalThis): void {
  const own = global as ExtrasGlobal;
  own[EXTRAS] = handoff;
  handoff.signal.addEventListener('abort', () => {
    if (own[EXTRAS] === handoff) delete own[EXTRAS];
  }, { once: true });
}

export function findExtrasHandoff(global: object = globalThis): ExtrasHandoff | undefined {
  return (global as ExtrasGlobal)[EXTRAS];
}
