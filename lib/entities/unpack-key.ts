/**
 * Which build a stored matcher (or page gate) belongs to: apart from unpack.ts so that the
 * content script's first stage checks a key without carrying the matcher.
 */

/** Whether a packed key belongs to build `build` (with or without a watchlist). */
export function isOfBuild(packedKey: unknown, build: string): boolean {
  return typeof packedKey === 'string' && (packedKey === build || packedKey.startsWith(`${build}+`));
}
