/**
 * The first stage's question: could this page's text hold a mention of an entity the settings
 * highlight? Asked with the matcher's own prefilter (lib/entities/scan/prefilter.ts), built from
 * the small stored gate (lib/entities/gate.ts) — the big matcher tables are not read.
 *
 * The text asked about is every text node the scanner reads (read/blocks.ts: the same elements
 * skipped, by `isSkippedElement`; open shadow roots included), in document order, joined with
 * nothing between them: each block the scanner reads is then a stretch of it, and the prefilter
 * passes a text whenever it passes any stretch of it (joins can only add passes, never remove
 * one). A lean walk — no blocks, no segments — so a page without a mention costs little more
 * than a bare TreeWalker pass. A long page's first CHUNK is asked as soon as it is read, so one
 * that names an entity near its top stops early; only "no" needs the whole text, asked once.
 */
import type { PageGate } from '@/lib/entities/gate';
import { createPrefilter, type Prefilter } from '@/lib/entities/scan/prefilter';
import { isEntityOn, type Settings } from '@/lib/settings/schema';
import { isSkippedElement } from '../read/blocks';

/** The prefilter for the entities `settings` highlight, of those the gate knows. */
export function gatePrefilter(gate: PageGate, settings: Settings): Prefilter {
  const indices = gate.entityIds.flatMap((id, i) => (gate.watched[i] && isEntityOn(settings, id, true) ? [i] : []));
  return createPrefilter(gate.prefilter, indices);
}

export interface GateAnswer {
  possible: boolean;
  /** UTF-16 units of text read (up to the chunk that passed). */
  chars: number;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
/** Text asked about at once: big enough that the regular expression's start-up is nothing. */
const CHUNK = 1 << 16;

/**
 * Calls `take` with the data of every text node under `root` the scanner reads, in document
 * order, open shadow roots after the rest; stops when `take` returns true.
 */
function eachText(root: Node, take: (data: string) => boolean): boolean {
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return false;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return false;
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  /** The next node after the current one's subtree (within root). */
  const nextOutside = (): Node | null => {
    for (let node: Node | null = walker.currentNode; node && node !== root; node = node.parentNode) {
      walker.currentNode = node;
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
    }
    return null;
  };
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      if (take((node as Text).data)) return true;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (isSkippedElement(el)) {
      node = nextOutside();
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow) shadows.push(shadow);
    node = walker.nextNode();
  }
  for (const shadow of shadows) if (eachText(shadow, take)) return true;
  return false;
}

/** The text the gate asks about under `root`, whole (for tests and diagnostics). */
export function gateText(root: Node): string {
  const parts: string[] = [];
  eachText(root, (data) => (parts.push(data), false));
  return parts.join('');
}

export function askGate(root: Node, prefilter: Prefilter): GateAnswer {
  const parts: string[] = [];
  let length = 0;
  let early = true;
  // Early: the first CHUNK of text as soon as it is read, so a page that names an entity near its
  // top stops reading there. Only that much text is ever asked twice.
  const passed = eachText(root, (data) => {
    parts.push(data);
    length += data.length;
    if (!early || length < CHUNK) return false;
    early = false;
    return prefilter.mayMatch(parts.join(''));
  });
  if (passed) return { possible: true, chars: length };
  // Then the whole text at once: a mention across where the first chunk ended is in it (and a short page has one chunk).
  return { possible: length > 0 && prefilter.mayMatch(parts.join('')), chars: length };
}
