/**
 * Build plugin: the content script's WXT entry wrapper constructs `ContentScriptContext`, whose
 * constructor posts `{type: "<extension id>:content:wxt:content-script-started", …}` to the page's
 * window and dispatches a `document` event of that type. Any page could read the extension's id
 * from it, i.e. learn that the reader runs Backstory. This plugin hands the wrapper an
 * inert class instead; the content script keeps its own lifetime (lib/page/lifecycle.ts).
 * The build fails if WXT stops importing the module by that name, so an upgrade cannot bring the
 * announcement back unnoticed.
 */
import type { Plugin } from 'vite';

const WXT_CONTEXT = 'wxt/utils/content-script-context';
const INERT_ID = '\0backstory:inert-content-script-context';
const INERT_SOURCE = `
/** Inert: Backstory's content script owns its lifetime (lib/page/lifecycle.ts) and tells the page nothing. */
export class ContentScriptContext {
  constructor(contentScriptName) { this.contentScriptName = contentScriptName; }
}
`;

export function inertContentScriptContext(): Plugin {
  let replaced = 0;
  let sawContentScript = false;
  return {
    name: 'backstory:inert-content-script-context',
    enforce: 'pre',
    resolveId(id, importer) {
      if (importer?.includes('content-script-isolated-world-entrypoint')) sawContentScript = true;
      if (id !== WXT_CONTEXT) return null;
      replaced++;
      return INERT_ID;
    },
    load(id) {
      return id === INERT_ID ? INERT_SOURCE : null;
    },
    buildEnd() {
      if (sawContentScript && replaced === 0) {
        this.error(`inert-content-script-context: WXT's content script entry no longer imports ${WXT_CONTEXT}; check what it posts to the page.`);
      }
    },
  };
}
