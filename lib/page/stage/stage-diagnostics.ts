/**
 * The first stage's part of the `diagnostics` answer (lib/page/diagnostics.ts): what the gate
 * cost; on a page the second stage never ran on, the whole answer, with no scan in it.
 */
import type { PageDiagnostics } from '@/lib/page/diagnostics';

export interface GateTiming {
  /** The last time the gate was asked: main-thread time, and the block text it read. */
  ms: number;
  chars: number;
  possible: boolean;
  /** How many times it was asked (the page's text changed while it said no). */
  asked: number;
}

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
    fullScans: 0,
    lastFullScan: null,
    rescans: 0,
    lastRescan: null,
    longestTask: { ms: gate?.ms ?? 0, what: 'page gate' },
    cards: [],
    highlightRestores: { restores: 0, backoffMs: 0 },
    overlay: null,
    gate,
  };
}
