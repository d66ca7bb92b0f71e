/**
 * Compiles the prefilter (see scan/prefilter.ts): for each entity, a run of units of every
 * form it is matched by (its anchors: chooseAnchors), as two regular expressions that run on the raw block text — one
 * on its lower-case copy for the case-folded forms, one on the text itself for the
 * case-sensitive ones — plus the character classes that send a block to the full matcher
 * without asking.
 *
 * Soundness: the matcher only reports a mention where a whole form (a trie key) appears in the
 * normalised block, so each run of that form's units appears there too. For text free of the
 * "complex" characters below, normalisation is a per-character fold (invisible characters
 * deleted, runs of spaces collapsed), so the prefix appears in the raw text as a sequence of
 * characters whose folds are its units. Each unit's class therefore holds every character that
 * folds to it — after `toLowerCase()` for the case-folded copy — and a space unit allows a run.
 * The characters that break the per-character argument are complex: those that compose with
 * the character before them, surrogates, and characters folding into the anchors' alphabet in
 * a way the classes do not cover (to several units, or with a lower case of several units, as
 * İ). Invisible characters are removed before the test. Characters folding to several plain
 * letters (™ → TM) are not complex: the test writes their folds into the text (`folds`).
 */
import { describeUnit, UNIT_KIND } from '../../text/normalise';
import { scriptOfUnit, scriptOrder, SCRIPT_SEPARATOR } from './prefilter-scripts';
import { anchorsSource, classSource, NEVER, ranges, spaceRunSource } from './regex-source';

/** Units of each form that the prefilter looks for: enough to be rare in ordinary text. */
export const ANCHOR_LENGTH = 5;

export interface CompiledPrefilter {
  /** Class source: characters the fold deletes (soft hyphen, zero-width joiners, nukta…). */
  invisible: string;
  /** Class source: characters that send a block to the full matcher. */
  complex: string;
  /** Invisible, complex and folded characters together, as [from, to] ranges: the first look at a block. */
  special: number[];
  /**
   * Characters that fold to several units (™ → TM, № → No, ﬁ → fi) and the digits of other
   * scripts (٣ → 3), each followed by its case-preserved fold ([char, fold, char, fold…]): where
   * one is in a block, the anchors are asked again with the folds written in, instead of sending
   * the block to the full matcher (see foldsPlainly) or widening every digit's class. Empty in
   * the packed matcher (compile/serialize.ts): a page's matcher folds them with its own
   * normaliser, which knows every character's fold; the page gate keeps them.
   */
  folds: string[];
  /**
   * Per entity (as `entityIds`): the case-folded forms' anchors, run on the lower-cased text, one
   * source per script of `scripts` joined by SCRIPT_SEPARATOR ('' = none; a source without a
   * separator, from an older build, is every script's).
   */
  folded: string[];
  /** Per entity: the case-sensitive forms' anchors, run on the text as written, per script as `folded`. */
  exact: string[];
  /** The scripts the anchors are split by (compile/prefilter-scripts.ts), in the order of each entity's sources. */
  scripts: string[];
  /** Per script: the characters that can start one of its anchors, as they stand in a page's text, as [from, to] ranges. */
  triggers: number[][];
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
  /** Case-preserved and case-folded folds of the characters folding to several units. */
  multiple: Map<number, [string, string]>;
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
      t.multiple.set(u, info.multi ?? ['', '']);
    }
  }
  return (table = t);
}

/**
 * The case-preserved fold of a character folding to several units, when writing it into the text
 * in place of the character makes the anchors see what the normaliser writes: each of its units
 * an ordinary letter (one unit, not a space, not a compatibility variant) that folds to itself,
 * whose lower case is one unit folding to the case-folded fold's unit there. Else null: the
 * character stays complex. `fold`: the case-preserved and case-folded folds.
 */
function foldsPlainly(t: CharTable, [upper, lower]: [string, string]): string | null {
  if (upper.length < 2 || upper.length !== lower.length) return null;
  for (let i = 0; i < upper.length; i++) {
    const c = upper.charCodeAt(i);
    const plain = t.kind[c] === SINGLE && c !== 0x20 && t.stable[c] === 1 && t.up[c] === c && t.lower[c] !== 0;
    if (!plain || t.lo[c] !== lower.charCodeAt(i)) return null;
  }
  return upper;
}

/** Folds whose variants are common in text (no-break space, non-breaking hyphen…). */
const PUNCTUATION = new Set([0x20, 0x2d, 0x27, 0x22]);

export interface PrefilterForms {
  /** Per entity: the trie keys of its case-folded and of its case-sensitive forms. */
  folded: ReadonlyArray<Iterable<string>>;
  exact: ReadonlyArray<Iterable<string>>;
  /** Per entity: the heads of its skeleton keys, comma-separated (compile/stems.ts), '' for none. */
  skeletons?: readonly string[];
}

/**
 * Anchors of forms of several words: a run of CROSS_LENGTH units with one space inside, at least
 * CROSS_SIDE units from either end (no "des", "o", "del" alone on a side). A run of one word of a
 * name ("organ", "колле", "treat") is an everyday word in its own language and lets ordinary
 * pages through; two words of the name together ("ctive secu", "ивной безо") are rare outside it.
 */
export const CROSS_LENGTH = 10;
const CROSS_SIDE = 4;

/** Runs of `length` units of `form` (the whole form when shorter). */
function runsOf(form: string, length: number): string[] {
  if (form.length <= length) return [form];
  const runs: string[] = [];
  for (let i = 0; i + length <= form.length; i++) runs.push(form.slice(i, i + length));
  return runs;
}

/** `form`'s runs that hold two of its words, the space nearest the middle first. */
function crossRunsOf(form: string): string[] {
  if (form.length < CROSS_LENGTH) return [];
  const runs: Array<{ run: string; offCentre: number }> = [];
  for (const run of new Set(runsOf(form, CROSS_LENGTH))) {
    const space = run.indexOf(' ');
    if (space < CROSS_SIDE || space >= CROSS_LENGTH - CROSS_SIDE || run.indexOf(' ', space + 1) !== -1) continue;
    runs.push({ run, offCentre: Math.abs(space - (CROSS_LENGTH - 1) / 2) });
  }
  return runs.sort((a, b) => a.offCentre - b.offCentre).map((r) => r.run);
}

/** Runs of CROSS_LENGTH units of the longest word of a form of several words. */
function longWordRunsOf(form: string): string[] {
  if (!form.includes(' ')) return [];
  const longest = form.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length > CROSS_LENGTH ? runsOf(longest, CROSS_LENGTH) : [];
}

/**
 * Greedy set cover of `forms` by runs (`candidatesOf` gives each form's, best first): the runs
 * most forms share first, so the expression stays small — waseKazakhstan, eKazakhstan and
 * Kazakhstan'ın all share "kazak". Returns the chosen runs and marks the forms covered.
 */
function cover(forms: readonly string[], covered: Uint8Array, candidatesOf: (form: string) => string[], chosen: Set<string>): void {
  const holders = new Map<string, number[]>();
  const rank = new Map<string, number>();
  forms.forEach((form, index) => {
    if (covered[index] === 1) return;
    candidatesOf(form).forEach((run, position) => {
      const list = holders.get(run);
      if (list) list.push(index);
      else holders.set(run, [index]);
      rank.set(run, Math.min(rank.get(run) ?? Infinity, position));
    });
  });
  const order = [...holders.entries()].sort(
    (a, b) => b[1].length - a[1].length || (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0) || (a[0] < b[0] ? -1 : 1),
  );
  for (const [run, indices] of order) {
    if (indices.every((i) => covered[i] === 1)) continue;
    chosen.add(run);
    for (const i of indices) covered[i] = 1;
  }
}

/**
 * The anchors of a set of forms: for each form, some run of it. Any run of a form is as sound an
 * anchor as its first units (the whole form is in the text, so each of its runs is). Forms of
 * several words are anchored on two of their words together (crossRunsOf); the rest on a run of
 * ANCHOR_LENGTH units — the first of the form, counted over every form holding it, so a prefix
 * that starts with a common letter ("e", "wa") costs the engine nothing.
 */
export function chooseAnchors(keys: Iterable<string>): Set<string> {
  const forms = [...new Set(keys)].filter((k) => k !== '');
  const covered = new Uint8Array(forms.length);
  const chosen = new Set<string>();
  cover(forms, covered, crossRunsOf, chosen);
  // Words run together by a typo ("sécuritécollective") are as rare: runs of the longest word.
  cover(forms, covered, longWordRunsOf, chosen);
  // Candidates: each remaining form's first run (so every form has one), counted over every form holding it.
  const firsts = new Set(forms.flatMap((f, i) => (covered[i] === 1 ? [] : [runsOf(f, ANCHOR_LENGTH)[0] ?? f])));
  cover(forms, covered, (form) => runsOf(form, ANCHOR_LENGTH).filter((run) => firsts.has(run)), chosen);
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
  const folds: number[] = [];
  const foldsList: string[] = [];
  const foldedClass = new Map<number, number[]>();
  const exactClass = new Map<number, number[]>();
  // The characters as written whose lower case is in a folded unit's class (the class holds the lower cases).
  const foldedRaw = new Map<number, number[]>();
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
      const fold = t.multiple.get(u) ?? ['', ''];
      if (![...fold.join('')].some((ch) => alphabet.has(ch.charCodeAt(0)))) continue;
      const upper = foldsPlainly(t, fold);
      if (upper === null) complex.push(u);
      else {
        folds.push(u);
        foldsList.push(String.fromCharCode(u), upper);
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
      // The digits of other scripts (٣, ३, ৩… about sixty to each digit) would make every digit
      // of an anchor ("S-300") a class of hundreds of characters: they are folded in instead.
      if (u !== up && lo === up && up >= 0x30 && up <= 0x39) {
        folds.push(u);
        foldsList.push(String.fromCharCode(u), String.fromCharCode(up));
        continue;
      }
      if (alphabet.has(lo)) {
        add(foldedClass, lo, lower);
        add(foldedRaw, lo, u);
      }
      if (alphabet.has(up)) add(exactClass, up, u);
    }
  }
  const unitSource = (classes: Map<number, number[]>) => (unit: number) => {
    const members = classes.get(unit);
    // Only complex characters fold to this unit: text holding one is passed on anyway.
    if (!members) return NEVER;
    // Runs of spaces fold to one: a space in a form stands for any run of them.
    return unit === 0x20 ? spaceRunSource(members) : classSource(members);
  };
  const scripts = scriptOrder().filter((script) => [...folded, ...exact].some((set) => [...set].some((a) => scriptOfUnit(a.charCodeAt(0)) === script)));
  const triggers = scripts.map(() => new Set<number>());
  const perScript = (sets: ReadonlyArray<Set<string>>, classes: Map<number, number[]>, raw: Map<number, number[]>) =>
    sets.map((anchors) => {
      const split = scripts.map(() => [] as string[]);
      for (const anchor of anchors) {
        const first = anchor.charCodeAt(0);
        const script = scripts.indexOf(scriptOfUnit(first));
        split[script]?.push(anchor);
        for (const u of raw.get(first) ?? []) triggers[script]?.add(u);
      }
      const sources = split.map((list) => anchorsSource(list, unitSource(classes)));
      return sources.every((source) => source === '') ? '' : sources.join(SCRIPT_SEPARATOR);
    });
  return {
    invisible: classSource(invisible),
    complex: classSource(complex),
    special: ranges([...invisible, ...complex, ...folds]),
    folds: foldsList,
    folded: perScript(folded, foldedClass, foldedRaw),
    exact: perScript(exact, exactClass, exactClass),
    scripts,
    triggers: triggers.map((units) => ranges(units)),
    skeleton: forms.folded.map((_, entity) => forms.skeletons?.[entity] ?? ''),
  };
}
