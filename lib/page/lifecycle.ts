/**
 * The content script's own lifetime, instead of WXT's `ContentScriptContext` (which announces
 * every start to the page: a `window.postMessage` and a `document` event whose type holds the
 * extension's id, so any site could tell that the reader runs Backstory; see
 * lib/build/inert-content-script-context.ts).
 *
 * One AbortSignal for everything a copy of the content script registers. It aborts when a newer
 * copy starts in the same page (an extension update or reload, or the popup injecting it into a
 * tab opened earlier): the newer copy finds the older one's stop function on the content
 * script's own global — the isolated world's (Chromium) or the sandbox's (Firefox), which the
 * page cannot see — and calls it. It also aborts once the extension is gone (an orphaned copy in
 * Chromium has no `runtime.id`), checked when the tab is shown again.
 */
const STOP = Symbol.for('backstory.content-script.stop');

interface LifecycleGlobal {
  [STOP]?: () => void;
}

export function pageLifecycle(global: object, runtimeId: () => string | undefined, doc: Document): AbortSignal {
  const own = global as LifecycleGlobal;
  own[STOP]?.();
  const controller = new AbortController();
  const stop = () => controller.abort();
  own[STOP] = stop;
  const { signal } = controller;
  signal.addEventListener('abort', () => {
    if (own[STOP] === stop) delete own[STOP];
  }, { once: true });
  const checkOrphaned = () => {
    let id: string | undefined;
    try {
      id = runtimeId();
    } catch {
      id = undefined;
    }
    if (!id) controller.abort();
  };
  doc.addEventListener('visibilitychange', checkOrphaned, { signal });
  doc.defaultView?.addEventListener('pageshow', checkOrphaned, { signal });
  return signal;
}
