/**
 * Rejects matches inside machine tokens: URLs, e-mail addresses, @handles, domains and
 * base64-like blobs ("odkb-csto.org", "@CSTO_ODKB", "…Q1NUTw+CSTO/…"). Hashtags stay: #CSTO is a
 * deliberate mention, and so is a handle that is the name and nothing more ("@Kazakhstan"). The
 * token is the run of characters around the match up to a space, a character of a script written
 * without spaces, or a quotation mark (a URL cannot hold one, so `"http://…","Kazakhstan"` is a
 * URL and then a name).
 */
import { classAt, isSpacedWord, NONWORD } from '../../text/char-class';
import type { NormalisedText } from '../../text/normalise';

const MAX_TOKEN = 400;
const DOMAIN = /[a-z0-9]\.[a-z]{2,}/;
const BASE64_CHAR = /[A-Za-z0-9+/=_-]/;

// Quotation marks (typographic ones fold to '"') and angle brackets: never inside a URL or handle.
const TOKEN_ENDS = new Set([0x20, 0x22, 0xab, 0xbb, 0x3c, 0x3e]);
const OPENING = /^[(["'\u00ab]*$/;
const CLOSING = /^[.,;:!?)\]"'\u00bb]*$/;

function inToken(text: NormalisedText, i: number): boolean {
  if (TOKEN_ENDS.has(text.upper[i] ?? 0x20)) return false;
  const cls = classAt(text.upper, text.length, i);
  return isSpacedWord(cls) || cls === NONWORD;
}

/** 0 lower, 1 upper, 2 digit, 3 anything else. */
function kindOf(ch: string): number {
  if (ch >= 'a' && ch <= 'z') return 0;
  if (ch >= 'A' && ch <= 'Z') return 1;
  if (ch >= '0' && ch <= '9') return 2;
  return 3;
}

/**
 * Base64, keys and hashes switch between lower case, upper case and digits all the time;
 * words and compounds ("S-300-Flugabwehrraketen-System") hardly ever do.
 */
function looksLikeBase64(token: string): boolean {
  if (token.length < 20) return false;
  let base64 = 0;
  let switches = 0;
  let previous = -1;
  for (const ch of token) {
    if (BASE64_CHAR.test(ch)) base64++;
    const kind = kindOf(ch);
    if (previous >= 0 && kind !== 3 && kind !== previous) switches++;
    previous = kind === 3 ? -1 : kind;
  }
  return base64 >= token.length * 0.9 && switches >= token.length / 4;
}

/** True when the match [start, end) sits inside a URL, address, handle or blob. */
export function insideMachineToken(text: NormalisedText, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < MAX_TOKEN && inToken(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_TOKEN && inToken(text, to)) to++;
  if (from === start && to === end) return false;
  const token = String.fromCharCode(...text.upper.subarray(from, to));
  // "@Kazakhstan", "(@CSTO)": a handle that is exactly the name is a mention of it in prose.
  const before = token.slice(0, start - from);
  if (before.endsWith('@') && OPENING.test(before.slice(0, -1)) && CLOSING.test(token.slice(end - from))) return false;
  const lower = token.toLowerCase();
  if (lower.includes('://') || lower.includes('www.') || token.includes('@')) return true;
  // A dotted domain around the match ("csto.int", "odkb-csto.org"), not a sentence full stop.
  if (DOMAIN.test(lower.replace(/[.,;:!?)"'»]+$/, ''))) return true;
  // A multi-word name is not a blob, whatever surrounds it.
  return !token.includes(' ') && looksLikeBase64(token);
}
