/**
 * Compiles the prefilter (see match/prefilter.ts): for each entity, the first few units of
 * every form it is matched by, as two regular expressions that run on the raw block text — one
 * on its lower-case copy for the case-folded forms, one on the text itself for the
 * case-sensitive ones — plus the character classes that send a block to the full matcher
 * without asking.
 *
 * Soundness: the matcher only reports a mention where a whole form (a trie key) appears in the
 * normalised block, so that form's first units appear there too. For text free of the
 * "complex" characters below, normalisation is a per-character fold (invisible characters
 * deleted, runs of spaces collapsed), so the prefix appears in the raw text as a sequence of
 * characters whose folds are its units. Each unit's class therefore holds every character that
 * folds to it — after `toLowerCase()` for the case-folded copy — and a space unit allows a run.
 * The characters that break the per-character argument are complex: those that compose with
 * the character before them, surrogates, and characters folding into the anchors' alphabet in
 * a way the classes do not cover (to several units, or with a lower case of several units, as
 * İ). Invisible characters are removed before the test.
 */
import { describeUnit, UNIT_KIND } from '../../text/normalise';

/** Units of each form that the prefilter looks for: enough to be rare in ordinary text. */
export const ANCHOR_LENGTH = 5;

export interface CompiledPrefilter {
  /** Class source: characters the fold deletes (soft hyphen, zero-width joiners, nukta…). */
  invisible: string;
  /** Class source: characters that send a block to the full matcher. */
  complex: string;
  /** Invisible and complex characters together, as [from, to] ranges: the first look at a block. */
  special: number[];
  /** Per entity (as `entityIds`): the case-folded forms' anchors, run on the lower-cased text ('' = none). */
  folded: string[];
  /** Per entity: the case-sensitive forms' anchors, run on the text as written ('' = none). */
  exact: string[];
  /**
   * Per entity: the heads of its consonant skeletons, comma-separated (compile/stems.ts), looked
   * for only in text with a letter of the Brahmic or Arabic scripts (lib/text/skeleton.ts).
   */
  skeleton: string[];
}

const DELETED = 1;
const COMPLEX = 2;
const SINGLE = 3; // folds to one unit, UP/LO below
const MULTIPLE = 4; // folds to several units

interface CharTable {
  kind: Uint8Array;
  up: Uint16Array;
  lo: Uint16Array;
  /** `toLowerCase()` of the character when it is one unit, else 0. */
  lower: Uint16Array;
  /** The character is not a compatibility variant (full-width, circled, superscript…). */
  stable: Uint8Array;
  multiple: Map<number, string>;
}

let table: CharTable | undefined;

/** Every BMP unit as the normaliser folds it (describeUnit), computed once per process (about 100 ms). */
function charTable(): CharTable {
  if (table) return table;
  const t: CharTable = {
    kind: new Uint8Array(0x10000),
    up: new Uint16Array(0x10000),
    lo: new Uint16Array(0x10000),
    lower: new Uint16Array(0x10000),
    stable: new Uint8Array(0x10000),
    multiple: new Map(),
  };
  const { TYPE_MASK, TRIGGER, DELETE, SIMPLE, SPACE } = UNIT_KIND;
  for (let u = 0; u < 0x10000; u++) {
    const info = describeUnit(u);
    const type = info.kind & TYPE_MASK;
    // As in the normaliser, composition comes first: ي + U+0654 is ئ, though U+0654 alone is deleted.
    if ((u >= 0xd800 && u <= 0xdfff) || (info.kind & TRIGGER) !== 0) t.kind[u] = COMPLEX;
    else if (type === DELETE) t.kind[u] = DELETED;
    else if (type === SIMPLE || type === SPACE) {
      const ch = String.fromCharCode(u);
      const lower = ch.toLowerCase();
      t.kind[u] = SINGLE;
      t.up[u] = info.up;
      t.lo[u] = info.lo;
      t.lower[u] = lower.length === 1 ? lower.charCodeAt(0) : 0;
      t.stable[u] = ch.normalize('NFKD') === ch.normalize('NFD') ? 1 : 0;
    } else {
      t.kind[u] = MULTIPLE;
      t.multiple.set(u, info.multi ? info.multi[0] + info.multi[1] : '');
    }
  }
  return (table = t);
}

/** Folds whose variants are common in text (no-break space, non-breaking hyphen…). */
const PUNCTUATION = new Set([0x20, 0x2d, 0x27, 0x22]);

/** A pattern that matches nothing. */
const NEVER = '(?!)';

const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
const atom = (u: number) => ((u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) ? String.fromCharCode(u) : hex(u));

/** `units` as sorted [from, to] ranges, flattened. */
function ranges(units: Iterable<number>): number[] {
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

/** A trie of anchors, written as nested alternations; a shorter anchor makes longer ones moot. */
function anchorsSource(anchors: Iterable<string>, unitSource: (unit: number) => string): string {
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

export interface PrefilterForms {
  /** Per entity: the trie keys of its case-folded and of its case-sensitive forms. */
  folded: ReadonlyArray<Iterable<string>>;
  exact: ReadonlyArray<Iterable<string>>;
  /** Per entity: the heads of its skeleton keys, comma-separated (compile/stems.ts), '' for none. */
  skeletons?: readonly string[];
}

/**
 * The anchors of a set of forms: for each form, some run of ANCHOR_LENGTH units of it (or the
 * whole form when shorter). Any run of a form is as sound an anchor as its first units (the
 * whole form is in the text, so each of its runs is), and choosing runs that many forms share
 * keeps the expression small and its first characters rare: waseKazakhstan, eKazakhstan and
 * Kazakhstan'ın all share "kazak", so a prefix that starts with a common letter ("e", "wa")
 * costs the engine nothing. Greedy set cover, most widely shared runs first.
 */
export function chooseAnchors(keys: Iterable<string>): Set<string> {
  const forms = [...new Set(keys)].filter((k) => k !== '');
  const runsOf = (form: string): string[] => {
    if (form.length <= ANCHOR_LENGTH) return [form];
    const runs: string[] = [];
    for (let i = 0; i + ANCHOR_LENGTH <= form.length; i++) runs.push(form.slice(i, i + ANCHOR_LENGTH));
    return runs;
  };
  // Candidates: each form's first run (so every form has one), counted over every form holding it.
  const candidates = new Set(forms.map((f) => runsOf(f)[0] ?? f));
  const holders = new Map<string, number[]>();
  forms.forEach((form, index) => {
    for (const run of new Set(runsOf(form))) {
      if (!candidates.has(run)) continue;
      const list = holders.get(run);
      if (list) list.push(index);
      else holders.set(run, [index]);
    }
  });
  const covered = new Uint8Array(forms.length);
  const chosen = new Set<string>();
  const order = [...holders.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [run, indices] of order) {
    if (indices.every((i) => covered[i] === 1)) continue;
    chosen.add(run);
    for (const i of indices) covered[i] = 1;
  }
  return chosen;
}

export function compilePrefilter(forms: PrefilterForms): CompiledPrefilter {
  const anchorsOf = (keys: Iterable<string>) => chooseAnchors(keys);
  const folded = forms.folded.map(anchorsOf);
  const exact = forms.exact.map(anchorsOf);
  const alphabet = new Set<number>();
  for (const anchor of [...folded, ...exact].flatMap((set) => [...set])) {
    for (let i = 0; i < anchor.length; i++) alphabet.add(anchor.charCodeAt(i));
  }

  const t = charTable();
  const invisible: number[] = [];
  const complex: number[] = [];
  const foldedClass = new Map<number, number[]>();
  const exactClass = new Map<number, number[]>();
  const add = (classes: Map<number, number[]>, unit: number, member: number) => {
    const list = classes.get(unit);
    if (list) list.push(member);
    else classes.set(unit, [member]);
  };
  for (let u = 0; u < 0x10000; u++) {
    const kind = t.kind[u];
    if (kind === DELETED) invisible.push(u);
    else if (kind === COMPLEX) complex.push(u);
    else if (kind === MULTIPLE) {
      const fold = t.multiple.get(u) ?? '';
      for (let i = 0; i < fold.length; i++) {
        if (alphabet.has(fold.charCodeAt(i))) {
          complex.push(u);
          break;
        }
      }
    } else {
      const up = t.up[u] ?? 0;
      const lo = t.lo[u] ?? 0;
      if (!alphabet.has(up) && !alphabet.has(lo)) continue;
      const lower = t.lower[u] ?? 0;
      // Compatibility variants (ｋ, ⓚ, ᵏ) are rare in text but would widen every class, and
      // wide classes slow the regular expression down: they go to the full matcher instead.
      // Spaces, dashes and apostrophes are common in all their variants and stay in the classes.
      if (lower === 0 || (t.stable[u] === 0 && !PUNCTUATION.has(up))) {
        complex.push(u);
        continue;
      }
      if (alphabet.has(lo)) add(foldedClass, lo, lower);
      if (alphabet.has(up)) add(exactClass, up, u);
    }
  }
  const unitSource = (classes: Map<number, number[]>) => (unit: number) => {
    const members = classes.get(unit);
    // Only complex characters fold to this unit: text holding one is passed on anyway.
    if (!members) return NEVER;
    // Runs of spaces fold to one: a space in a form stands for any run of them.
    return unit === 0x20 ? `${classSource(members)}+` : classSource(members);
  };
  return {
    invisible: classSource(invisible),
    complex: classSource(complex),
    special: ranges([...invisible, ...complex]),
    folded: folded.map((anchors) => anchorsSource(anchors, unitSource(foldedClass))),
    exact: exact.map((anchors) => anchorsSource(anchors, unitSource(exactClass))),
    skeleton: forms.folded.map((_, entity) => forms.skeletons?.[entity] ?? ''),
  };
}
