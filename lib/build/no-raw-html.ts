/**
 * Build plugin: removes Preact's one raw-HTML sink (`dangerouslySetInnerHTML` → `el.innerHTML = …`).
 * Backstory renders page-derived and corpus text, and never raw HTML; with the sink gone, no
 * future change can reintroduce it by accident, and `web-ext lint` has nothing to warn about.
 * The build fails if Preact's code no longer has the expected shape, so an upgrade cannot
 * silently bring the sink back.
 */
import type { Plugin } from 'vite';

const PREACT_BUNDLE = /[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const REPLACEMENT = '(function(){throw new Error("Backstory never renders raw HTML")})()';

export function noRawHtml(): Plugin {
  return {
    name: 'backstory:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_BUNDLE.test(id)) return null;
      const patched = code.replace(SINK, REPLACEMENT);
      if (patched === code) {
        this.error(`no-raw-html: Preact's innerHTML sink not found in ${id}; update the pattern.`);
      }
      return { code: patched, map: null };
    },
  };
}
