/**
 * How a huge block is cut for matching: pieces that end at a line break (else a space), read as
 * they are needed, each one unit of the scanner's sliced work (scanner.ts), sized so each costs
 * about PIECE_TARGET_MS whatever the matcher's speed is at that moment.
 *
 * Why sized by time and not fixed: the matcher's code is cold when a page's first huge block is
 * read. In a trace of the 50 MB text page in Chromium 156 the first 64 K piece took 42–54 ms and
 * the second 9–23 ms (interpreted code, then compiling it), the rest about 1 ms each; that first
 * piece was the scan's long task. A first piece of 4 K and growth by measured speed keep every
 * piece short from the start.
 */

/** The largest piece: a warm matcher reads about 30–60 MB/s, so one to two milliseconds. */
export const MATCH_CHUNK = 65_536;
/** The first piece of a block, read while the matcher may still be cold. */
export const FIRST_PIECE = 4_096;
/** The smallest piece (a slow piece shrinks the next one, never below this). */
export const MIN_PIECE = 1_024;
/** What one piece should cost: a slice of the scheduler (8 ms) holds several. */
export const PIECE_TARGET_MS = 2;
/** A piece grows at most this many times over the last, so one fast reading does not jump to the largest. */
const GROWTH = 4;
/** How far back from a piece's end a line break (else a space) is looked for, to cut there. */
const CUT_WINDOW = 4_096;

/**
 * How much of `chunk` (a piece's worth of text, or less when it is the last) makes the piece:
 * up to a line break in its last CUT_WINDOW characters (half the chunk, for a small one), else
 * a space, else all of it.
 */
export function pieceLength(chunk: string, last: boolean): number {
  const reach = Math.min(CUT_WINDOW, chunk.length >> 1);
  if (last || reach === 0) return chunk.length;
  const window = chunk.slice(chunk.length - reach);
  const line = window.lastIndexOf('\n');
  const space = line >= 0 ? line : window.search(/\s\S*$/);
  return space >= 0 ? chunk.length - reach + space + 1 : chunk.length;
}

/** The size of the next piece, from how long the last ones took. */
export class PieceSizer {
  #size: number;

  constructor(
    readonly max = MATCH_CHUNK,
    first = FIRST_PIECE,
  ) {
    this.#size = Math.min(first, max);
  }

  get size(): number {
    return this.#size;
  }

  /** `chars` were matched in `ms`: the next piece is the size that takes PIECE_TARGET_MS at that speed. */
  took(chars: number, ms: number): void {
    const fit = ms > 0 ? (chars * PIECE_TARGET_MS) / ms : Infinity;
    const next = Math.min(fit, this.#size * GROWTH, this.max);
    this.#size = Math.max(Math.min(MIN_PIECE, this.max), Math.round(next));
  }
}

export interface Piece {
  text: string;
  /** Offset of its first character in the whole text. */
  start: number;
}

/**
 * The pieces of a text of `length` units, each read with `read(from, count)` only when it is
 * asked for, `size()` units at most (asked again for every piece).
 */
export function* pieces(length: number, read: (from: number, count: number) => string, size: () => number): Generator<Piece> {
  let from = 0;
  while (from < length) {
    const chunk = Math.max(1, size());
    const last = length - from <= chunk;
    const got = read(from, last ? length - from : chunk);
    const text = got.slice(0, pieceLength(got, last));
    yield { text, start: from };
    from += text.length;
  }
}

const fixed = (chunk: number) => () => chunk;

/**
 * The pieces of one huge text node, read with `substringData` (a piece's worth at a time); never
 * the node's whole `data` (read/blocks.ts HUGE_TEXT_NODE).
 */
export function nodePieces(node: Text, size: number | (() => number) = MATCH_CHUNK): Generator<Piece> {
  return pieces(node.length, (from, count) => node.substringData(from, count), typeof size === 'number' ? fixed(size) : size);
}

/** The pieces of a long block's text (already read: it is many nodes, none of them huge). */
export function textPieces(text: string, size: number | (() => number) = MATCH_CHUNK): Generator<Piece> {
  return pieces(text.length, (from, count) => text.slice(from, from + count), typeof size === 'number' ? fixed(size) : size);
}

/** Where the pieces of `text` end, `chunk` at most each. */
export function pieceEnds(text: string, chunk = MATCH_CHUNK): number[] {
  return [...textPieces(text, chunk)].map((p) => p.start + p.text.length);
}
