/**
 * Context conditions of the second pass, evaluated on the normalised block: cue or entity
 * signals before / after / anywhere, "ends a phrase", and "the previous word ends with".
 */
import { classAt, isSpacedWord, NONWORD } from '../../text/char-class';
import type { NormalisedText } from '../../text/normalise';
import type { CompiledCondition, CompiledRule } from '../compile/compile';
import type { Signal } from './walk';

/** Signals grouped by id, so a condition looks only at the ids it names. */
export type SignalIndex = ReadonlyMap<number, readonly Signal[]>;

export function indexSignals(signals: readonly Signal[]): SignalIndex {
  const index = new Map<number, Signal[]>();
  for (const s of signals) {
    const list = index.get(s.id);
    if (list === undefined) index.set(s.id, [s]);
    else list.push(s);
  }
  return index;
}

interface Span {
  start: number;
  end: number;
}

function anySignal(index: SignalIndex, ids: readonly number[], test: (s: Signal) => boolean): boolean {
  for (const id of ids) {
    for (const s of index.get(id) ?? []) if (test(s)) return true;
  }
  return false;
}

function endsPhrase(text: NormalisedText, end: number): boolean {
  let j = end;
  while (j < text.length && text.lower[j] === 0x20) j++;
  if (j >= text.length) return true;
  const unit = text.lower[j] ?? 0;
  return classAt(text.lower, text.length, j) === NONWORD && unit !== 0x2d && unit !== 0x22 && unit !== 0x27;
}

/** Nothing but spaces and punctuation around the mention in the block. */
function wholeBlock(text: NormalisedText, m: Span): boolean {
  for (let j = 0; j < text.length; j++) {
    if (j === m.start) j = m.end;
    if (j < text.length && classAt(text.lower, text.length, j) !== NONWORD) return false;
  }
  return true;
}

// With the CJK title marks 《》, which enclose the name of a document, a book or a film.
const OPENING_QUOTES = new Set([0x22, 0x27, 0xab, 0x201c, 0x201e, 0x2039, 0x300a, 0x300c, 0x300e]);
const CLOSING_QUOTES = new Set([0x22, 0x27, 0xbb, 0x201d, 0x201c, 0x203a, 0x300b, 0x300d, 0x300f]);

function quoted(text: NormalisedText, m: Span): boolean {
  return OPENING_QUOTES.has(text.upper[m.start - 1] ?? 0) && CLOSING_QUOTES.has(text.upper[m.end] ?? 0);
}

function previousWord(text: NormalisedText, start: number): string {
  let j = start - 1;
  while (j >= 0 && text.lower[j] === 0x20) j--;
  const end = j + 1;
  while (j >= 0 && isSpacedWord(classAt(text.lower, text.length, j))) j--;
  return String.fromCharCode(...text.lower.subarray(j + 1, Math.min(end, j + 1 + 64)));
}

function holds(c: CompiledCondition, m: Span, text: NormalisedText, index: SignalIndex): boolean {
  switch (c.type) {
    case 'before':
      return anySignal(index, c.signals, (s) => s.end <= m.start && m.start - s.end <= c.gap);
    case 'after':
      return anySignal(index, c.signals, (s) => s.start >= m.end && s.start - m.end <= c.gap);
    case 'block':
      return anySignal(index, c.signals, (s) => s.end <= m.start || s.start >= m.end);
    case 'covering':
      return anySignal(index, c.signals, (s) => s.start <= m.start && s.end >= m.end && s.end - s.start > m.end - m.start);
    case 'phraseEnd':
      return endsPhrase(text, m.end);
    case 'wholeBlock':
      return wholeBlock(text, m);
    case 'quoted':
      return quoted(text, m);
    case 'previousWordEndsWith': {
      const word = previousWord(text, m.start);
      return word.length > 0 && c.endings.some((e) => word.endsWith(e));
    }
  }
}

/** True when any rule holds (a rule holds when all of its conditions hold). */
export function anyRuleHolds(rules: readonly CompiledRule[], m: Span, text: NormalisedText, index: SignalIndex): boolean {
  return rules.some((rule) => rule.every((c) => holds(c, m, text, index)));
}
