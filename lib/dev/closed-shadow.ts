/**
 * Runs a function with a closed shadow root in a page's main world, the way browser developer
 * tools reach it — not through anything the page itself could use. Backstory's card and private
 * overlay live in a closed shadow root (private from the page), so `host.shadowRoot` is null for the page and
 * for the tests' ordinary `evaluate`.
 *
 * - Chromium: DevTools protocol: `DOM.describeNode` with `pierce` lists closed roots; the root is
 *   resolved to a JS object and the function is called on it (`Runtime.callFunctionOn`).
 * - Firefox: WebDriver BiDi serialises a node's shadow root, closed ones included, when asked
 *   for `includeShadowTree: "all"`; the root's shared id is then passed to `script.callFunction`.
 *
 * `fn` is serialised (it must be self-contained) and receives `(root, arg)`; its result must be
 * JSON-serialisable. Resolves with null when there is no such host or root.
 */
import type { CDPSession } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import type { BrowserPage } from './page';

export type ShadowFunction<A, R> = (root: ShadowRoot, arg: A) => R;

type Reader = <A, R>(selector: string, fn: ShadowFunction<A, R>, arg: A) => Promise<R | null>;

const readers = new WeakMap<BrowserPage, Reader>();

/** Registered by the browser's harness module for each page it wraps. */
export function registerShadowReader(page: BrowserPage, reader: Reader): void {
  readers.set(page, reader);
}

export function evaluateInShadow<A, R>(page: BrowserPage, selector: string, fn: ShadowFunction<A, R>, arg: A): Promise<R | null> {
  const reader = readers.get(page);
  if (!reader) throw new Error('this page cannot reach closed shadow roots');
  return reader(selector, fn, arg);
}

/** Polls `fn` in the shadow root until it returns a truthy value. */
export async function waitInShadow<A, R>(
  page: BrowserPage,
  selector: string,
  fn: ShadowFunction<A, R>,
  arg: A,
  timeoutMs = 15_000,
): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await evaluateInShadow(page, selector, fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting in the shadow root of ${selector}: ${fn.toString().slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const wrapped = (source: string) => `async function (root, argJson) { const fn = (${source}); return JSON.stringify(await fn(root, JSON.parse(argJson)) ?? null); }`;

/** Chromium, through a DevTools session on the page. */
export function cdpShadowReader(withCdp: <T>(use: (cdp: CDPSession) => Promise<T>) => Promise<T>): Reader {
  return (selector, fn, arg) =>
    withCdp(async (cdp) => {
      const group = 'backstory-tests';
      try {
        const { result: host } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})`, objectGroup: group });
        if (!host.objectId) return null;
        const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) return null;
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: group });
        if (!object.objectId) return null;
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          functionDeclaration: wrapped(fn.toString()),
          objectId: object.objectId,
          arguments: [{ objectId: object.objectId }, { value: JSON.stringify(arg ?? null) }],
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails) throw new Error(`in the shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return JSON.parse(result.value as string) as never;
      } finally {
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
      }
    });
}

interface BidiRealm {
  evaluate(expression: string, awaitPromise: boolean, options?: object): Promise<BidiValue>;
  callFunction(declaration: string, awaitPromise: boolean, options?: object): Promise<BidiValue>;
  disown(handles: string[]): Promise<void>;
}
interface BidiValue {
  type: string;
  handle?: string;
  result?: { type: string; value?: unknown; handle?: string };
  exceptionDetails?: { text: string };
}

/** Firefox, through WebDriver BiDi in the page's default realm. */
export function bidiShadowReader(page: Page): Reader {
  const realm = () => (page.mainFrame() as unknown as { browsingContext: { defaultRealm: BidiRealm } }).browsingContext.defaultRealm;
  return async (selector, fn, arg) => {
    const r = realm();
    const found = await r.evaluate(`document.querySelector(${JSON.stringify(selector)})`, false, {
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      resultOwnership: 'root',
    });
    const handles: string[] = [];
    try {
      if (found.type !== 'success' || found.result?.type !== 'node') return null;
      if (found.result.handle) handles.push(found.result.handle);
      const value = found.result.value as { shadowRoot?: { sharedId?: string } | null } | undefined;
      const sharedId = value?.shadowRoot?.sharedId;
      if (!sharedId) return null;
      const called = await r.callFunction(wrapped(fn.toString()), true, {
        arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
        resultOwnership: 'none',
      });
      if (called.type !== 'success') throw new Error(`in the shadow root: ${called.exceptionDetails?.text ?? 'failed'}`);
      return JSON.parse(called.result?.value as string) as never;
    } finally {
      if (handles.length > 0) await r.disown(handles).catch(() => undefined);
    }
  };
}
