/**
 * The prefilter's per-character flags (scan/prefilter.ts): one byte a UTF-16 unit — which
 * scripts' anchors the character can start (one bit a script) and whether it is "special"
 * (invisible, complex or folded: compile/prefilter.ts) — kept in two levels: a 256-slot index
 * over the unit's high byte pointing at pages of 256 flags, identical pages stored once. A flat
 * table was 64 KB per prefilter; most pages of Unicode hold no flag at all or are all special
 * (surrogates), so the two levels take a few KB, for one more array read per character.
 */

/** The flag of a special character; scripts take the bits below it. */
export const SPECIAL = 0x80;
/** Scripts a byte has bits for; later ones (none today) are always asked. */
export const SCRIPT_BITS = 7;

export interface UnitFlags {
  /** Page of each high byte (times 256). */
  index: Uint16Array;
  pages: Uint8Array;
}

/** `ranges` ([from, to, from, to…] per flag) set as their flag. */
export function unitFlags(flagged: ReadonlyArray<{ flag: number; ranges: readonly number[] }>): UnitFlags {
  const flat = new Uint8Array(0x10000);
  for (const { flag, ranges } of flagged) {
    for (let i = 0; i + 1 < ranges.length; i += 2) {
      const from = Math.max(0, ranges[i] ?? 0);
      const to = Math.min(0xffff, ranges[i + 1] ?? -1);
      for (let u = from; u <= to; u++) flat[u] = (flat[u] ?? 0) | flag;
    }
  }
  const index = new Uint16Array(256);
  const seen = new Map<string, number>();
  const kept: Uint8Array[] = [];
  for (let high = 0; high < 256; high++) {
    const page = flat.subarray(high << 8, (high + 1) << 8);
    const key = String.fromCharCode(...page);
    let at = seen.get(key);
    if (at === undefined) {
      at = kept.length;
      kept.push(page);
      seen.set(key, at);
    }
    index[high] = at << 8;
  }
  const pages = new Uint8Array(kept.length << 8);
  kept.forEach((page, i) => pages.set(page, i << 8));
  return { index, pages };
}

/** The flags of unit `u`. */
export const flagsOf = (flags: UnitFlags, u: number): number => flags.pages[(flags.index[u >>> 8] ?? 0) | (u & 0xff)] ?? 0;
