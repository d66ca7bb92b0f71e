/**
 * The matcher's first question about a block: could it hold a mention of one of the wanted
 * entities at all? Answered by the browser's regular-expression engine, in native code, from
 * the anchors compiled in compile/prefilter.ts; only the blocks that pass are normalised and
 * walked. Almost all of a page's text has no mention, and this test costs a small fraction of
 * normalising it — the difference between scanning a page's text in JavaScript, one character at
 * a time, and scanning only the paragraphs that name an entity.
 *
 * It may say yes wrongly (the full matcher then finds nothing), never no wrongly: see the
 * soundness note in compile/prefilter.ts, and tests/unit/entities/prefilter.test.ts.
 */
import { hasSkeletonHead, SKELETON_SCRIPT_TEXT } from '../../text/skeleton';
import type { CompiledPrefilter } from '../compile/prefilter';
import { SCRIPT_SEPARATOR } from '../compile/prefilter-scripts';
import { flagsOf, SCRIPT_BITS, SPECIAL, unitFlags, type UnitFlags } from './prefilter-table';

export interface Prefilter {
  /** False only when `text` cannot hold a mention of the wanted entities. */
  mayMatch(text: string): boolean;
  /** The scripts whose anchor expressions have been built so far (compile/prefilter-scripts.ts): for tests and benches. */
  built?(): string[];
}

const either = (sources: readonly string[]): RegExp | null => {
  const present = sources.filter((s) => s !== '');
  return present.length === 0 ? null : new RegExp(present.map((s) => `(?:${s})`).join('|'));
};

/** The characters folding to several units (compile/prefilter.ts `folds`) and a pattern finding them. */
function foldsOf(pairs: readonly string[]): { pattern: RegExp; fold: Map<string, string> } | null {
  const fold = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) fold.set(pairs[i] ?? '', pairs[i + 1] ?? '');
  fold.delete('');
  if (fold.size === 0) return null;
  const units = [...fold.keys()].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { pattern: new RegExp(`[${units.join('')}]`, 'g'), fold };
}

/** Whether `text` holds a special character. */
function hasSpecial(text: string, flags: UnitFlags): boolean {
  for (let i = 0; i < text.length; i++) if ((flagsOf(flags, text.charCodeAt(i)) & SPECIAL) !== 0) return true;
  return false;
}

/**
 * `text` with each special character written as `fold` gives it (the invisible ones are gone and
 * a complex one has sent the block on already: what is left are the folds).
 */
function foldSpecial(text: string, flags: UnitFlags, fold: (ch: string) => string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if ((flagsOf(flags, text.charCodeAt(i)) & SPECIAL) === 0) continue;
    out += text.slice(from, i) + fold(text.charAt(i));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** One script's anchors, compiled the first time a block holds a character that can start one. */
interface ScriptAnchors {
  name: string;
  /** The script's place in each entity's sources. */
  part: number;
  expressions?: { folded: RegExp | null; exact: RegExp | null };
}

const partOf = (source: string | undefined, part: number): string => (source ?? '').split(SCRIPT_SEPARATOR)[part] ?? '';

/**
 * The scripts with anchors for the entities at `indices` (a source of an older build, without
 * separators, is one script's), and each one's trigger ranges — null where the packed value has
 * none usable: that script is then asked on every block. The sources are split again when a
 * script is built, so the scripts never built keep no strings of their own.
 */
function scriptsOf(compiled: CompiledPrefilter, indices: readonly number[]): { scripts: ScriptAnchors[]; triggers: Array<readonly number[] | null> } {
  const present: boolean[] = [];
  for (const source of indices.flatMap((i) => [compiled.folded[i], compiled.exact[i]])) {
    (source ?? '').split(SCRIPT_SEPARATOR).forEach((part, s) => {
      if (part !== '') present[s] = true;
    });
  }
  const count = present.length;
  const names = Array.isArray(compiled.scripts) ? compiled.scripts : [];
  const triggers = Array.isArray(compiled.triggers) ? compiled.triggers : [];
  const scripts: ScriptAnchors[] = [];
  const ranges: Array<readonly number[] | null> = [];
  for (let part = 0; part < count; part++) {
    if (present[part] !== true) continue;
    const known = triggers[part];
    const usable = names.length > 1 && names.length >= count && Array.isArray(known) && known.every((n) => typeof n === 'number');
    scripts.push({ name: names[part] ?? String(part), part });
    ranges.push(usable ? known : null);
  }
  return { scripts, triggers: ranges };
}

/**
 * The prefilter for the entities at `indices` (into the catalogue's entity list). `fold`: the
 * case-preserved fold of one character, for a catalogue packed without its `folds` list (the
 * matcher passes its normaliser's); with neither, a block holding such a character is passed on.
 */
export function createPrefilter(compiled: CompiledPrefilter, indices: readonly number[], fold?: (ch: string) => string): Prefilter {
  const { scripts, triggers } = scriptsOf(compiled, indices);
  const heads = new Set(indices.flatMap((i) => (compiled.skeleton[i] ?? '').split(',').filter((h) => h !== '')));
  const skeleton = heads.size > 0;
  if (scripts.length === 0 && !skeleton) return { mayMatch: () => false, built: () => [] };
  const invisible = compiled.invisible === '' ? null : new RegExp(compiled.invisible, 'g');
  const complex = compiled.complex === '' ? null : new RegExp(compiled.complex);
  // Built on the first block that has one of these characters (most pages and frames have none).
  let folds: ReturnType<typeof foldsOf> | undefined;
  // A script's bit where a character can start one of its anchors; special characters
  // (invisible, complex, folded) flagged too: one table read a character answers both. A
  // script without usable triggers, or past the bits a byte has, is asked on every block.
  let always = 0;
  const flagged: Array<{ flag: number; ranges: readonly number[] }> = [{ flag: SPECIAL, ranges: compiled.special }];
  triggers.forEach((ranges, s) => {
    if (ranges === null || s >= SCRIPT_BITS) always |= s < SCRIPT_BITS ? 1 << s : 0;
    else flagged.push({ flag: 1 << s, ranges });
  });
  const everyScript = scripts.length > SCRIPT_BITS;
  const flags = unitFlags(flagged);
  const { index, pages } = flags;

  const expressionsOf = (script: ScriptAnchors) =>
    (script.expressions ??= {
      folded: either(indices.map((i) => partOf(compiled.folded[i], script.part))),
      exact: either(indices.map((i) => partOf(compiled.exact[i], script.part))),
    });
  /** Whether the anchors of the scripts in `mask` (every script when `everyScript`) find one in `text`. */
  const anchoredIn = (text: string, mask: number): boolean => {
    let lower: string | undefined;
    for (let s = 0; s < scripts.length; s++) {
      if (!everyScript && (mask & (1 << s)) === 0) continue;
      const script = scripts[s];
      if (!script) continue;
      const { folded, exact } = expressionsOf(script);
      if (folded !== null && folded.test((lower ??= text.toLowerCase()))) return true;
      if (exact !== null && exact.test(text)) return true;
    }
    return skeleton && SKELETON_SCRIPT_TEXT.test(text) && hasSkeletonHead(text, heads);
  };
  /** Every flag `text`'s characters carry. */
  const flagsIn = (text: string): number => {
    let mask = always;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      mask |= pages[(index[u >>> 8] ?? 0) | (u & 0xff)] ?? 0;
    }
    return mask;
  };
  return {
    mayMatch(text: string): boolean {
      const mask = flagsIn(text);
      // Anchors first: a block that names an entity needs no further look.
      if (anchoredIn(text, mask)) return true;
      // An invisible or complex character may hide a mention from the anchors.
      if ((mask & SPECIAL) === 0) return false;
      let plain = invisible ? text.replace(invisible, '') : text;
      if (complex !== null && complex.test(plain)) return true;
      folds ??= foldsOf(compiled.folds);
      if (folds) {
        const table = folds.fold;
        plain = plain.replace(folds.pattern, (ch) => table.get(ch) ?? ch);
      } else if (fold) {
        plain = foldSpecial(plain, flags, fold);
      } else if (hasSpecial(plain, flags)) {
        return true; // a character whose fold is not known here
      }
      return plain !== text && anchoredIn(plain, flagsIn(plain));
    },
    built: () => scripts.flatMap((script) => (script.expressions ? [script.name] : [])),
  };
}

/** Characters of text between two decisions of the gate. */
const GATE_WINDOW = 1 << 18;

/**
 * Whether the prefilter is worth asking. It pays only when it turns most text away: on text
 * where most paragraphs name an entity (an article about Kazakhstan) every block would pay for
 * the prefilter and then for the full matcher. Once the code is warm (a window is long enough
 * for that), the prefilter costs about four fifths of what the matcher costs per character, so it
 * saves time only where fewer than about one character in five is in a block it passes on. After
 * each window the gate stays open only if less than a sixth of that window was in blocks with
 * a mention. Pages of ordinary length are shorter than one window: for them, and in a fresh
 * page where the matcher still runs interpreted, the prefilter is always asked.
 */
export class PrefilterGate {
  open = true;
  private seen = 0;
  private dense = 0;

  /** A block of `chars` characters was scanned; `mentioned`: it held a mention. */
  record(chars: number, mentioned: boolean): void {
    this.seen += chars;
    if (mentioned) this.dense += chars;
    if (this.seen < GATE_WINDOW) return;
    this.open = this.dense * 6 < this.seen;
    this.seen = 0;
    this.dense = 0;
  }
}
