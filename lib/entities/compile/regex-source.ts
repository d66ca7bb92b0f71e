/**
 * Writing the prefilter's regular-expression sources (compile/prefilter.ts): classes of units,
 * the run of units that fold to a space, and a set of anchors as one nested alternation.
 */

/** A pattern that matches nothing. */
export const NEVER = '(?!)';

const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
const atom = (u: number) => ((u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) ? String.fromCharCode(u) : hex(u));

/** `units` as sorted [from, to] ranges, flattened. */
/** `units` as sorted [from, to] ranges, flattened. */
export function ranges(units: Iterable<number>): number[] {
  const sorted = [...new Set(units)].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    out.push(sorted[i] ?? 0, sorted[j] ?? 0);
    i = j + 1;
  }
  return out;
}

/** A regex class (or a single atom) matching exactly `units`; '' when empty. */
export function classSource(units: Iterable<number>): string {
  const flat = ranges(units);
  if (flat.length === 2 && flat[0] === flat[1]) return atom(flat[0] ?? 0);
  let out = '';
  for (let i = 0; i < flat.length; i += 2) {
    const from = flat[i] ?? 0;
    const to = flat[i + 1] ?? 0;
    out += to > from + 1 ? `${atom(from)}-${atom(to)}` : to === from + 1 ? `${atom(from)}${atom(to)}` : atom(from);
  }
  return out === '' ? '' : `[${out}]`;
}

/**
 * A run of the units that fold to a space, written short: `\s` and what it lacks, neighbouring
 * ranges joined across a one-unit gap or one of `\s`. A few more units than fold to a space may pass (the BOM,
 * Arabic presentation forms between the spacing ones), which only lets a block through for
 * nothing; written out exactly, the class was 140 characters in every anchor of several words,
 * most of the prefilter's source and of what V8 compiles from it.
 */
export function spaceRunSource(members: Iterable<number>): string {
  const rest = [...members].filter((u) => !/\s/u.test(String.fromCharCode(u)));
  const flat = ranges(rest);
  let out = '';
  for (let i = 0; i < flat.length; i += 2) {
    const from = flat[i] ?? 0;
    let to = flat[i + 1] ?? 0;
    while (i + 2 < flat.length && bridgeable(to, flat[i + 2] ?? 0)) {
      to = flat[i + 3] ?? to;
      i += 2;
    }
    out += to > from ? `${atom(from)}-${atom(to)}` : atom(from);
  }
  return `[\\s${out}]+`;
}

/** Two ranges of space units join where at most one unit, or only `\s` units, lie between. */
function bridgeable(to: number, next: number): boolean {
  if (next <= to + 2) return true;
  for (let u = to + 1; u < next; u++) if (!/\s/u.test(String.fromCharCode(u))) return false;
  return true;
}

/** A trie of anchors, written as nested alternations; a shorter anchor makes longer ones moot. */
export function anchorsSource(anchors: Iterable<string>, unitSource: (unit: number) => string): string {
  type Node = Map<number, Node | null>;
  const root: Node = new Map();
  for (const anchor of anchors) {
    let node: Node = root;
    for (let i = 0; i < anchor.length; i++) {
      const unit = anchor.charCodeAt(i);
      if (i === anchor.length - 1) {
        node.set(unit, null); // an anchor ends here
        break;
      }
      const next = node.get(unit);
      if (next === null) break; // a shorter anchor already covers this one
      if (next === undefined) node.set(unit, (node = new Map()));
      else node = next;
    }
  }
  // A branch whose unit only complex characters fold to (a surrogate: Adlam, Deseret, Chakma
  // names) can never match: the complex path sends such text on. Left in, a never-matching
  // branch at the top would stop the engine from skipping to the anchors' first characters.
  const emit = (node: Node): string => {
    const alternatives = [...node]
      .filter(([unit]) => unitSource(unit) !== NEVER)
      .map(([unit, child]) => unitSource(unit) + (child ? emit(child) : ''))
      .filter((a) => !a.endsWith(NEVER));
    if (alternatives.length === 0) return NEVER;
    return alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
  };
  return root.size === 0 ? '' : emit(root);
}
