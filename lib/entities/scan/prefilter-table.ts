/**
 * The prefilter's per-character flags (scan/prefilter.ts): one byte a UTF-16 unit — which
 * scripts' anchors the character can start (one bit a script) and whether it is "special"
 * (invisible, complex or folded: compile/prefilter.ts) — kept in two levels: a 256-slot index
 * over the unit's high byte pointing at pages of 256 flags, identical pages stored once. A flat
 * table was 64 KB per prefilter; most pages of Unicode hold no flag at all or are all special
 * (surrogates), so the two levels take about a third of it, for one more array read per character.
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
  const touched = new Uint8Array(256);
  for (const { flag, ranges } of flagged) {
    for (let i = 0; i + 1 < ranges.length; i += 2) {
      const from = Math.max(0, ranges[i] ?? 0);
      const to = Math.min(0xffff, ranges[i + 1] ?? -1);
      for (let u = from; u <= to; u++) flat[u] = (flat[u] ?? 0) | flag;
      for (let high = from >>> 8; high <= to >>> 8; high++) touched[high] = 1;
    }
  }
  // Pages no range touches share the first page (all zero); pages of one flag throughout (the
  // surrogates) share one per flag; the others are kept as they are.
  const index = new Uint16Array(256);
  const uniform = new Map<number, number>([[0, 0]]);
  const kept: number[] = [0];
  for (let high = 0; high < 256; high++) {
    if (touched[high] === 0) continue;
    const start = high << 8;
    const first = flat[start] ?? 0;
    let end = start + 1;
    while (end < start + 256 && flat[end] === first) end++;
    let at = end === start + 256 ? uniform.get(first) : undefined;
    if (at === undefined) {
      at = kept.length;
      kept.push(start);
      if (end === start + 256) uniform.set(first, at);
    }
    index[high] = at << 8;
  }
  const pages = new Uint8Array(kept.length << 8);
  kept.forEach((start, i) => {
    if (i > 0) pages.set(flat.subarray(start, start + 256), i << 8);
  });
  return { index, pages };
}

/** The flags of unit `u`. */
export const flagsOf = (flags: UnitFlags, u: number): number => flags.pages[(flags.index[u >>> 8] ?? 0) | (u & 0xff)] ?? 0;
