/**
 * Text asked about at once at most (UTF-16 units). A page with more, or with a block of one huge
 * text node, matches it itself, piece by piece as it reads it (lib/page/read/scanner.ts): its
 * first highlights should not wait for all of it to cross to the background and back.
 *
 * A module of its own because both page stages need the number and neither may import the
 * matcher for it: block-answer.ts brings the matcher's modules, whose module-level tables
 * (a 64 KB character-class table among them) the bundler keeps wherever they are imported.
 */
export const MATCH_LIMIT = 1 << 20;
