import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageLifecycle } from '@/lib/page/lifecycle';
import { ChildFrames, type ChildFramesHost } from '@/lib/page/stage/child-frames';
import { FirstStage } from '@/lib/page/stage/first-stage';
import { askBackgroundNatively, lazyNativeApi } from '@/lib/page/stage/native-api';
// No stylesheet here: the highlight colours come with the second stage (loadPageStage), so a
// page or frame the gate turns away gets no stylesheet to match against its elements either.

export default defineContentScript({
  matches: ['<all_urls>'],
  // Started while the page is still parsing, so that reading the settings and the page gate
  // overlaps the parse; the gate itself waits for DOMContentLoaded (lib/page/stage/first-stage.ts).
  runAt: 'document_start',
  // Frames too (live blogs and embeds carry articles). A frame with no possible mention costs the
  // first stage only (lib/page/stage/first-stage.ts). In Firefox also about:blank, srcdoc and blob
  // frames (matched by the origin that made them); in Chromium their parent reads those and gives
  // a first stage only to the ones that may mention an entity (lib/page/stage/child-frames.ts).
  allFrames: true,
  matchAboutBlank: { chrome: false, firefox: true },
  matchOriginAsFallback: { chrome: false, firefox: true },
  // WXT's context is replaced at build time by an inert one (it announces itself to the page):
  // the content script owns its lifetime. Only the first stage is here: the rest is injected
  // where the page may mention an entity (lib/page/stage/second-stage.ts).
  main() {
    // Looked at only when first used: a frame without text never builds the extension API.
    const lazy = lazyNativeApi();
    if (!lazy) return;
    const { api } = lazy;
    // A copy that never reached the extension has nothing to orphan (a newer copy still stops
    // it through the lifecycle's global): only one that did is asked for its id.
    const signal = pageLifecycle(globalThis, () => (lazy.touched ? api.runtime.id : 'not yet connected'), document);
    const inject = async () => {
      await askBackgroundNatively(api, 'loadPageStage', null);
    };
    // Chromium only (see allFrames above): Firefox's build leaves the code out.
    const childFrames = import.meta.env.FIREFOX ? undefined : (host: ChildFramesHost, stop: AbortSignal) => new ChildFrames(host, stop);
    new FirstStage(document, api, signal, inject, { ...(childFrames && { childFrames }) });
  },
});
