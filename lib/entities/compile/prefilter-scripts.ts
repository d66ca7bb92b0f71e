/**
 * The prefilter's anchors split by script (compile/prefilter.ts): each anchor goes to the script
 * of its first unit, and each script's anchors become an expression of their own, which a page
 * builds and compiles only when a block holds a character that can start one of them
 * (scan/prefilter.ts). A Latin page then never parses or compiles the Cyrillic, Arabic, Brahmic
 * or CJK anchors — most of the ~27,000 characters of expression source, and most of the native
 * code V8 compiles them to.
 *
 * Which characters wake a script is not its Unicode block but exactly the characters that fold
 * to the first unit of one of its anchors (`triggers`): an anchor can only match where the
 * text holds one of them, so a script whose triggers are absent from a block cannot match it.
 * Sound by construction, whatever the normaliser folds into what (a Kelvin sign wakes Latin).
 */

/**
 * Scripts in their order in the packed prefilter: [name, ranges of first units as [from, to]].
 * A unit in none of them is Latin (with digits and punctuation). At most seven, so a script is
 * one bit of a byte beside the prefilter's "special" bit (scan/prefilter.ts).
 */
const SCRIPTS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['greek', [0x0370, 0x03ff, 0x1f00, 0x1fff]],
  ['cyrillic', [0x0400, 0x052f, 0x1c80, 0x1c8f, 0x2de0, 0x2dff, 0xa640, 0xa69f]],
  // Hebrew, Arabic, Syriac, Thaana and their presentation forms.
  ['arabic', [0x0590, 0x08ff, 0xfb1d, 0xfdff, 0xfe70, 0xfeff]],
  // Devanagari to Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer.
  ['brahmic', [0x0900, 0x109f, 0x1780, 0x17ff, 0xa8e0, 0xa8ff]],
  // Han, kana, Hangul and the CJK symbols and compatibility blocks.
  ['cjk', [0x1100, 0x11ff, 0x2e80, 0x9fff, 0xa960, 0xa97f, 0xac00, 0xd7ff, 0xf900, 0xfaff, 0xff00, 0xffef]],
  // Armenian, Georgian, Ethiopic, Cherokee… (few anchors: one expression for them all).
  ['other', [0x0530, 0x058f, 0x10a0, 0x10ff, 0x1200, 0x13ff, 0x1c90, 0x1cbf, 0x2d00, 0x2d2f]],
];

export const LATIN = 'latin';

/** The script of an anchor's first unit. */
export function scriptOfUnit(unit: number): string {
  for (const [name, ranges] of SCRIPTS) {
    for (let i = 0; i + 1 < ranges.length; i += 2) if (unit >= (ranges[i] ?? 0) && unit <= (ranges[i + 1] ?? 0)) return name;
  }
  return LATIN;
}

/** Every script name in packing order (Latin first: nearly every page wakes it). */
export const scriptOrder = (): string[] => [LATIN, ...SCRIPTS.map(([name]) => name)];

/** Separates one entity's per-script sources in `folded` and `exact`: a source never holds a comma (every other character is written \uXXXX). */
export const SCRIPT_SEPARATOR = ',';
