/** Reading a tab's toolbar button from an extension page, and recording the icons the background sets (Chromium). */
import { until } from '../../../lib/dev/until';
import type { E2EContext } from '../../harness/session';

interface ActionApi {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
}

export interface ToolbarState {
  text: string;
  title: string;
}

export async function readToolbar(ctx: E2EContext, tabId: number): Promise<ToolbarState> {
  const page = await ctx.extension.page();
  return page.evaluate(async (id) => {
    const g = globalThis as unknown as { browser?: ActionApi; chrome?: ActionApi };
    const { action } = (g.browser ?? g.chrome)!;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

export function waitForToolbar(ctx: E2EContext, tabId: number, expected: ToolbarState): Promise<ToolbarState> {
  return until(() => readToolbar(ctx, tabId), (t) => t.text === expected.text && t.title === expected.title, {
    what: `the toolbar to read ${JSON.stringify(expected)}`,
  });
}

/**
 * Chromium: records the icons the background sets from now on (Firefox's background is out of
 * reach); null in Firefox.
 */
export async function recordIcons(ctx: E2EContext): Promise<(() => Promise<unknown[]>) | null> {
  const { evaluateInBackground } = ctx.session;
  if (!evaluateInBackground) return null;
  await evaluateInBackground(() => {
    const g = globalThis as unknown as { chrome: { action: { setIcon(d: unknown): Promise<void> } }; toolbarIconCalls?: unknown[] };
    const calls: unknown[] = (g.toolbarIconCalls = []);
    const setIcon = g.chrome.action.setIcon.bind(g.chrome.action);
    g.chrome.action.setIcon = (details: unknown) => {
      calls.push(details);
      return setIcon(details);
    };
  });
  return () => evaluateInBackground(() => (globalThis as unknown as { toolbarIconCalls: unknown[] }).toolbarIconCalls);
}
