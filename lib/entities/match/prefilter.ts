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
import type { CompiledPrefilter } from '../compile/prefilter';

export interface Prefilter {
  /** False only when `text` cannot hold a mention of the wanted entities. */
  mayMatch(text: string): boolean;
}

const either = (sources: readonly string[]): RegExp | null => {
  const present = sources.filter((s) => s !== '');
  return present.length === 0 ? null : new RegExp(present.map((s) => `(?:${s})`).join('|'));
};

/** The prefilter for the entities at `indices` (into the catalogue's entity list). */
export function createPrefilter(compiled: CompiledPrefilter, indices: readonly number[]): Prefilter {
  const folded = either(indices.map((i) => compiled.folded[i] ?? ''));
  const exact = either(indices.map((i) => compiled.exact[i] ?? ''));
  if (!folded && !exact) return { mayMatch: () => false };
  const invisible = compiled.invisible === '' ? null : new RegExp(compiled.invisible, 'g');
  const complex = compiled.complex === '' ? null : new RegExp(compiled.complex);
  // Invisible and complex characters are looked up in a table rather than with a regular
  // expression: a class of a few hundred ranges costs the regex engine a search per character.
  const special = new Uint8Array(0x10000);
  for (let i = 0; i + 1 < compiled.special.length; i += 2) special.fill(1, compiled.special[i], (compiled.special[i + 1] ?? 0) + 1);
  return {
    mayMatch(text: string): boolean {
      let plain = text;
      for (let i = 0; i < text.length; i++) {
        if (special[text.charCodeAt(i)] === 1) {
          if (invisible) plain = text.replace(invisible, '');
          if (complex?.test(plain)) return true;
          break;
        }
      }
      return (folded !== null && folded.test(plain.toLowerCase())) || (exact !== null && exact.test(plain));
    },
  };
}
