/**
 * Property-based tests of the page scanner, with fast-check: random DOM trees in which
 * aliases of the watched entities are split at random across inline elements and surrounded by
 * random Unicode noise (combining marks, right-to-left text, zero-width and bidi characters,
 * surrogate pairs, unpaired surrogates), scanned with the real matcher. For every tree:
 * - the scan never throws;
 * - every painted range's text normalises to an alias of its entity;
 * - offsets are consistent: mentions sorted and disjoint inside their block, each surface is the
 *   block's text at its offsets, and each range covers exactly that text in the DOM;
 * - a rescan of everything changes nothing.
 * 10,000 trees, seeded: set FC_SEED to replay (fast-check prints the seed and path of a failure).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';
import { Highlighter, type HighlightApi } from '@/lib/page/paint/highlighter';
import { PageIndex } from '@/lib/page/read/page-index';
import { rescan, scanAll, type ScanContext } from '@/lib/page/read/scanner';
import { foldForMatch } from '@/lib/text/normalise';

const RUNS = Number(process.env.FC_RUNS ?? 10_000);
const SEED = Number(process.env.FC_SEED ?? 20261206);

/** Aliases that need no context to be recognised, by entity. */
const ALIASES: Record<string, string[]> = {
  kazakhstan: ['Kazakhstan', 'Казахстан', 'كازاخستان', '哈萨克斯坦'],
  csto: ['CSTO', 'ОДКБ', 'Collective Security Treaty Organization'],
  s300: ['S-300', 'С-300'],
};
const ENTITY_OF_ALIAS = new Map(Object.entries(ALIASES).flatMap(([entity, list]) => list.map((a) => [a, entity] as const)));
const ALIAS_LIST = [...ENTITY_OF_ALIAS.keys()];

// Characters a reader never sees inside a word, which normalisation drops (checked, not assumed).
const INVISIBLE = ['\u00AD', '\u200B', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u061C'].filter((c) => foldForMatch(`ab${c}cd`) === foldForMatch('abcd'));

const noiseChar = fc.oneof(
  fc.constantFrom('\u0301', '\u0308', '\u0327', '\u20DD'), // combining marks
  fc.constantFrom('א', 'ש', 'ع', 'ب', '\u202E', '\u202B', '\u202C', '\u2067', '\u2069'), // RTL letters, overrides, isolates
  fc.constantFrom('\u200B', '\u200C', '\u200D', '\u00AD', '\uFEFF'), // zero-width
  fc.constantFrom('😀', '𝔸', '𠀋', '👩‍👩‍👧'), // surrogate pairs (and a ZWJ sequence)
  fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF'), // unpaired surrogates
  fc.constantFrom('a', 'Z', '7', '.', ',', '-', ' ', '\u00A0', 'ж', 'क'),
);
const noise = fc.array(noiseChar, { maxLength: 8 }).map((cs) => cs.join(''));

interface Piece {
  text: string;
  /** Inline elements wrapping this piece, outermost first. */
  wrap: string[];
}
const INLINE_TAGS = ['span', 'b', 'i', 'em', 'a', 'strong', 'small'];
const wrap = fc.array(fc.constantFrom(...INLINE_TAGS), { maxLength: 3 });

/** An alias cut into 1–3 pieces at random places, with invisible characters inside, each piece wrapped at random. */
const splitAlias = fc
  .record({
    alias: fc.constantFrom(...ALIAS_LIST),
    cuts: fc.array(fc.nat(), { maxLength: 2 }),
    invisible: fc.option(fc.record({ at: fc.nat(), char: fc.constantFrom(...(INVISIBLE.length > 0 ? INVISIBLE : ['\u200B'])) })),
    wraps: fc.array(wrap, { minLength: 3, maxLength: 3 }),
  })
  .map(({ alias, cuts, invisible, wraps }) => {
    const units = [...alias]; // code points: a cut never splits a surrogate pair
    if (invisible && INVISIBLE.length > 0) units.splice(1 + (invisible.at % (units.length - 1)), 0, invisible.char);
    const at = [...new Set(cuts.map((c) => 1 + (c % (units.length - 1))))].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    let from = 0;
    for (const [i, cut] of [...at, units.length].entries()) {
      pieces.push({ text: units.slice(from, cut).join(''), wrap: wraps[i] ?? [] });
      from = cut;
    }
    return { alias, pieces };
  });

/** One block: noise and aliases, separated by spaces so each alias stands as a word. */
const block = fc.record({
  tag: fc.constantFrom('p', 'div', 'li', 'h2', 'td'),
  items: fc.array(fc.oneof(splitAlias, noise.map((text) => ({ alias: null, pieces: [{ text, wrap: [] as string[] }] }))), { maxLength: 5 }),
});
const page = fc.array(block, { minLength: 1, maxLength: 3 });

function build(blocks: { tag: string; items: { alias: string | null; pieces: Piece[] }[] }[]): void {
  document.body.replaceChildren();
  for (const b of blocks) {
    const el = document.createElement(b.tag === 'td' ? 'div' : b.tag);
    for (const item of b.items) {
      el.append(document.createTextNode(' '));
      for (const piece of item.pieces) {
        let parent: Element = el;
        for (const tag of piece.wrap) {
          const inner = document.createElement(tag);
          parent.append(inner);
          parent = inner;
        }
        parent.append(document.createTextNode(piece.text));
      }
      el.append(document.createTextNode(' '));
    }
    document.body.append(el);
  }
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

const matcher = createMatcher();
const signal = new AbortController().signal;
// happy-dom has no StaticRange: live Ranges stand in.
const createRange = (init: StaticRangeInit) => {
  const r = document.createRange();
  r.setStart(init.startContainer, init.startOffset);
  r.setEnd(init.endContainer, init.endOffset);
  return r;
};

function rangeText(r: AbstractRange): string {
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
}

const FOLDED_ALIASES = new Map<string, Set<string>>(
  Object.entries(ALIASES).map(([entity, list]) => [entity, new Set(list.map((a) => foldForMatch(a)))]),
);

/** What is painted, as entity slot and DOM positions (cheap: no Range objects built). */
function painted(registry: Map<string, FakeHighlight>): string[] {
  const ids = new Map<Node, number>();
  const id = (n: Node) => ids.get(n) ?? (ids.set(n, ids.size), ids.size - 1);
  return [...registry.entries()]
    .flatMap(([name, h]) => [...h].map((r) => `${name}:${id(r.startContainer)}.${r.startOffset}-${id(r.endContainer)}.${r.endOffset}`))
    .sort();
}

/** An assertion without expect()'s cost per call (ten thousand pages, several checks each). */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

describe('the scanner on random DOM trees (fast-check)', () => {
  it(`holds its properties on ${RUNS} random pages (seed ${SEED})`, async () => {
    const cpu = process.cpuUsage();
    let found = 0;
    await fc.assert(
      fc.asyncProperty(page, async (blocks) => {
        build(blocks);
        const registry = new Map<string, FakeHighlight>();
        const api = { registry, create: () => new FakeHighlight() } as unknown as HighlightApi;
        const index = new PageIndex();
        const ctx: ScanContext = { matcher, index, highlighter: new Highlighter(api, 'fill'), optionsFor: () => ({}), createRange };
        check(await scanAll(ctx, document.body, signal), () => 'the scan did not finish');

        for (const record of index.withMentions()) {
          found += record.mentions.length;
          const text = record.block.text;
          let previousEnd = 0;
          record.mentions.forEach((m, i) => {
            const where = () => `${m.entity} "${m.surface}" [${m.start}, ${m.end}) in ${JSON.stringify(text)}`;
            check(m.start >= previousEnd && m.end > m.start && m.end <= text.length, () => `offsets out of order or bounds: ${where()}`);
            check(m.surface === text.slice(m.start, m.end), () => `surface is not the block's text: ${where()}`);
            previousEnd = m.end;
            const range = record.ranges[i];
            check(!!range && rangeText(range) === m.surface, () => `the range does not cover the surface: ${where()}`);
            check(!!FOLDED_ALIASES.get(m.entity)?.has(foldForMatch(m.surface)), () => `not an alias of its entity: ${where()}`);
          });
        }

        const before = painted(registry);
        check(await rescan(ctx, { own: new Set(), subtrees: new Set(), reread: new Set([document.body]), removals: true }, signal), () => 'the rescan did not finish');
        const after = painted(registry);
        check(JSON.stringify(after) === JSON.stringify(before), () => `a rescan changed what is painted: ${before.join(' ')} → ${after.join(' ')}`);
      }),
      { numRuns: RUNS, seed: SEED, verbose: 1 },
    );
    // Not vacuous: the pages hold mentions, found through the splits and the noise.
    expect(found).toBeGreaterThan(RUNS);
    const used = process.cpuUsage(cpu);
    // On a shared machine the wall clock says little: the CPU time is what the property costs.
    console.info(`fast-check: ${RUNS} pages, ${found} mentions, seed ${SEED}, ${((used.user + used.system) / 1e6).toFixed(1)} s of CPU`);
  }, 600_000); // generous: the machine running the tests may be shared
});
