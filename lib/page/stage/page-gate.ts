/**
 * The first stage's question: could this page's text hold a mention of an entity the settings
 * highlight? Asked of exactly the blocks the scanner would read (read/blocks.ts `walkBlocks`,
 * open shadow roots included) with the matcher's own prefilter (lib/entities/scan/prefilter.ts),
 * built from the small stored gate (lib/entities/gate.ts) — the big matcher tables are not read.
 * The blocks are joined with a line break and tested in one native regular-expression run: the
 * prefilter passes a text whenever it passes any part of it, so the join can only say yes more
 * often (two blocks that meet at the join), never less.
 */
import type { PageGate } from '@/lib/entities/gate';
import { createPrefilter, type Prefilter } from '@/lib/entities/scan/prefilter';
import { isEntityOn, type Settings } from '@/lib/settings/schema';
import { walkBlocks } from '../read/blocks';

/** The prefilter for the entities `settings` highlight, of those the gate knows. */
export function gatePrefilter(gate: PageGate, settings: Settings): Prefilter {
  const indices = gate.entityIds.flatMap((id, i) => (gate.watched[i] && isEntityOn(settings, id, true) ? [i] : []));
  return createPrefilter(gate.prefilter, indices);
}

export interface GateAnswer {
  possible: boolean;
  /** UTF-16 units of block text read. */
  chars: number;
}

/** The text of every block under `root` (open shadow roots included) as the scanner reads it. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  for (const block of walkBlocks(root)) parts.push(block.text);
  return parts.join('\n');
}

export function askGate(root: Node, prefilter: Prefilter): GateAnswer {
  const text = blockText(root);
  return { possible: text.length > 0 && prefilter.mayMatch(text), chars: text.length };
}
