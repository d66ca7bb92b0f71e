/**
 * Build plugin: in the scripts a page gets (the content script's second stage, `page-stage.js`,
 * and its extras, `page-extras.js`), `wxt/browser` is the browser's own extension API instead of
 * webextension-polyfill — a ninth of the second stage (9.6 KB of 84 KB), parsed and compiled on
 * every page the gate lets through. What those scripts call is promise-based in both browsers
 * (Firefox's `browser`, Chromium's `chrome` in MV3 from Chrome 105, Backstory's minimum):
 * `runtime.id`, `runtime.sendMessage`, `storage.local.get`, `storage.onChanged`, `i18n`. They
 * register no `runtime.onMessage` listener (the polyfill's promise replies are the one thing
 * the native API lacks): the first stage owns the listener and forwards through the handoff
 * (lib/page/stage/handoff.ts). Every other part of the extension keeps the polyfill.
 * The build fails if such a script stops importing `wxt/browser` the way this plugin expects,
 * so a change in WXT cannot bring the polyfill back unnoticed.
 */
import type { Plugin } from 'vite';

/** The entrypoints (file names without extension) whose builds get the native API. */
export const NATIVE_BROWSER_ENTRYPOINTS = ['page-stage', 'page-extras', 'card-ui'] as const;
/** What `wxt/browser` is aliased to by @wxt-dev/webextension-polyfill (its module, in wxt.config.ts). */
const POLYFILL_IDS = new Set(['wxt/browser', '@wxt-dev/webextension-polyfill/browser']);
const NATIVE_ID = '\0backstory:native-browser';
export const NATIVE_BROWSER_SOURCE = `
/** The browser's own extension API (lib/build/native-browser.ts): Firefox's browser, else Chromium's chrome. */
const g = globalThis;
export const browser = g.browser && g.browser.runtime && g.browser.runtime.id ? g.browser : g.chrome;
`;

function entryName(entry: unknown): string | null {
  const path = typeof entry === 'string' ? entry : Array.isArray(entry) && typeof entry[0] === 'string' ? entry[0] : null;
  return path ? (/([^/\\]+?)(?:\.[jt]sx?)?$/.exec(path)?.[1] ?? null) : null;
}

export function nativeBrowserInPageScripts(): Plugin {
  let active = false;
  let replaced = 0;
  return {
    name: 'backstory:native-browser-in-page-scripts',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      const name = lib ? entryName(lib.entry) : null;
      active = name !== null && (NATIVE_BROWSER_ENTRYPOINTS as readonly string[]).includes(name);
    },
    resolveId(id) {
      if (!active || !POLYFILL_IDS.has(id)) return null;
      replaced++;
      return NATIVE_ID;
    },
    load(id) {
      return id === NATIVE_ID ? NATIVE_BROWSER_SOURCE : null;
    },
    buildEnd() {
      if (active && replaced === 0) this.error('native-browser: a page script no longer imports wxt/browser as expected; check what it bundles.');
    },
  };
}
