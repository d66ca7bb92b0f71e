/**
 * The reports of a tab's frames for the popup's "On this page" (the `frameMentions` message of
 * its top frame: lib/page/stage/frame-reports.ts merges them). A function run in every frame's
 * content-script world (scripting.executeScript, allFrames) asks that frame's second stage
 * directly, through the stages' handoff (lib/page/stage/handoff.ts); a frame without one (no
 * possible mention, or one Backstory may not read) gives nothing. Only when the popup asks.
 */
import { browser } from 'wxt/browser';
import type { PageMentionsReport } from '@/lib/page/read/report';
import { isPageReport } from '@/lib/page/stage/frame-reports';

/** Runs in a frame (serialised: self-contained). The symbol is handoff.ts's. */
async function reportOfThisFrame(): Promise<unknown> {
  // The top frame is the one asking (and its report would ask for the frames' again).
  if (globalThis.window === undefined || window === window.top) return null;
  const handoff = (globalThis as Record<symbol, { answer?: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined } | undefined>)[
    Symbol.for('backstory.content-script.stages')
  ];
  if (!handoff?.answer) return null;
  const api = (globalThis as { browser?: { runtime: { id: string } }; chrome?: { runtime: { id: string } } });
  const reply = (await handoff.answer({ backstory: 1, type: 'pageMentions', data: null }, { id: (api.browser ?? api.chrome)?.runtime.id })) as
    | { ok: boolean; value?: unknown }
    | undefined;
  return reply?.ok ? reply.value : null;
}

export async function frameReports(tabId: number): Promise<PageMentionsReport[]> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: reportOfThisFrame });
  return results
    .filter((r) => r.frameId !== 0)
    .sort((a, b) => a.frameId - b.frameId)
    .map((r) => r.result as unknown)
    .filter(isPageReport);
}
