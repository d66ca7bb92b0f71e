/**
 * The first stage's part of the `diagnostics` answer (lib/page/diagnostics.ts): what the gate
 * cost; on a page the second stage never ran on, the whole answer, with no scan in it.
 */
import type { GateTiming, PageDiagnostics } from '@/lib/page/diagnostics';

export type { GateTiming };

function domContentLoadedAt(): number | null {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart : null;
}

export function stageOneDiagnostics(startedAt: number, gate: GateTiming | null): PageDiagnostics {
  return {
    startedAt,
    domContentLoadedAt: domContentLoadedAt(),
    matcher: null,
    firstHighlightAt: null,
    handedBlocks: null,
    fullScans: 0,
    lastFullScan: null,
    rescans: 0,
    lastRescan: null,
    longestTask: { ms: gate?.ms ?? 0, what: 'page gate' },
    longTasks: 0,
    cards: [],
    highlightRestores: { restores: 0, backoffMs: 0 },
    overlay: null,
    gate,
  };
}
