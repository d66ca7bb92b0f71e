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

export interface Prefilter {
  /** False only when `text` cannot hold a mention of the wanted entities. */
  mayMatch(text: string): boolean;
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

/** Whether `text` holds a character marked in `special`. */
function hasSpecial(text: string, special: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) if (special[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * `text` with each character marked in `special` written as `fold` gives it (the invisible ones
 * are gone and a complex one has sent the block on already: what is left are the folds).
 */
function foldSpecial(text: string, special: Uint8Array, fold: (ch: string) => string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (special[text.charCodeAt(i)] !== 1) continue;
    out += text.slice(from, i) + fold(text.charAt(i));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The prefilter for the entities at `indices` (into the catalogue's entity list). `fold`: the
 * case-preserved fold of one character, for a catalogue packed without its `folds` list (the
 * matcher passes its normaliser's); with neither, a block holding such a character is passed on.
 */
export function createPrefilter(compiled: CompiledPrefilter, indices: readonly number[], fold?: (ch: string) => string): Prefilter {
  const folded = either(indices.map((i) => compiled.folded[i] ?? ''));
  const exact = either(indices.map((i) => compiled.exact[i] ?? ''));
  const heads = new Set(indices.flatMap((i) => (compiled.skeleton[i] ?? '').split(',').filter((h) => h !== '')));
  const skeleton = heads.size > 0;
  if (!folded && !exact && !skeleton) return { mayMatch: () => false };
  const invisible = compiled.invisible === '' ? null : new RegExp(compiled.invisible, 'g');
  const complex = compiled.complex === '' ? null : new RegExp(compiled.complex);
  // Built on the first block that has one of these characters (most pages and frames have none).
  let folds: ReturnType<typeof foldsOf> | undefined;
  // Invisible and complex characters are looked up in a table rather than with a regular
  // expression: a class of a few hundred ranges costs the regex engine a search per character.
  const special = new Uint8Array(0x10000);
  for (let i = 0; i + 1 < compiled.special.length; i += 2) special.fill(1, compiled.special[i], (compiled.special[i + 1] ?? 0) + 1);
  const anchored = (text: string) =>
    (folded !== null && folded.test(text.toLowerCase())) ||
    (exact !== null && exact.test(text)) ||
    (skeleton && SKELETON_SCRIPT_TEXT.test(text) && hasSkeletonHead(text, heads));
  return {
    mayMatch(text: string): boolean {
      // Anchors first: a block that names an entity needs no further look.
      if (anchored(text)) return true;
      // An invisible or complex character may hide a mention from the anchors.
      for (let i = 0; i < text.length; i++) {
        if (special[text.charCodeAt(i)] === 1) {
          let plain = invisible ? text.replace(invisible, '') : text;
          if (complex !== null && complex.test(plain)) return true;
          folds ??= foldsOf(compiled.folds);
          if (folds) {
            const table = folds.fold;
            plain = plain.replace(folds.pattern, (ch) => table.get(ch) ?? ch);
          } else if (fold) {
            plain = foldSpecial(plain, special, fold);
          } else if (hasSpecial(plain, special)) {
            return true; // a character whose fold is not known here
          }
          return plain !== text && anchored(plain);
        }
      }
      return false;
    },
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
