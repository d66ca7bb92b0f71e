/**
 * The page gate as a page meets it, for the gate's DOM tests (page-gate.dom.test.ts,
 * rough-read.dom.test.ts): the stored gate read back as the background reads it, its prefilter
 * for the default settings, and what the scanner would find in a page, to hold the gate to.
 */
import { compiledCatalogue, createMatcher } from '@/lib/entities';
import { pageGateJson, pageGateOf, readPageGate, type PageGate } from '@/lib/entities/gate';
import { gatePrefilter } from '@/lib/entities/gate-answer';
import { walkBlocks } from '@/lib/page/read/blocks';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

export const compiled = compiledCatalogue();
// As the page gets it: through storage (JSON), read back and checked.
export const gate = readPageGate(pageGateJson(pageGateOf('unbuilt', compiled)), 'unbuilt') as PageGate;
export const watched = new Set(compiled.entityIds.filter((_, i) => compiled.highlight[i]));
export const prefilter = gatePrefilter(gate, DEFAULT_SETTINGS);
export const matcher = createMatcher();

export function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** What the scanner would find: mentions of the watched entities in the blocks it reads. */
export function scannerFinds(root: Node): boolean {
  for (const block of walkBlocks(root)) if (matcher.scan(block.text, { entities: watched }).length > 0) return true;
  return false;
}
