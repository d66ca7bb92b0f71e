/**
 * Expands catalogue notation into concrete surface forms: `{a,b,}` alternatives, the `~` suffix
 * slot × the closed suffix set, and (for groups marked `typos`) single-character deletions and
 * transpositions of the base form. Pure string work; no normalisation happens here.
 */
import type { AliasGroup, SuffixSet } from '../types';

/** One concrete spelling produced by an alias group, with its grammatical label. */
export interface ExpandedForm {
  text: string;
  /** The suffix label ('genitive'), 'misspelling' for typo variants, or the group's `form`. */
  label?: string;
}

/** Brace alternatives: "Kazak{h,}stan" → ["Kazakhstan", "Kazakstan"]. Braces do not nest. */
export function expandBraces(form: string): string[] {
  const open = form.indexOf('{');
  if (open < 0) return [form];
  const close = form.indexOf('}', open);
  if (close < 0) return [form];
  const head = form.slice(0, open);
  const tails = expandBraces(form.slice(close + 1));
  const out: string[] = [];
  for (const alternative of form.slice(open + 1, close).split(',')) {
    for (const tail of tails) out.push(head + alternative + tail);
  }
  return out;
}

const LATIN_LETTER = /^\p{Script=Latn}$/u;

/** Letters commonly confused in transliterated names (Kazackstan, Kasakhstan, Kazakhsten). */
const CONFUSABLE: Readonly<Record<string, string>> = {
  c: 'kq', k: 'cq', q: 'k', s: 'z', z: 's', i: 'y', y: 'ij', j: 'y', a: 'e', e: 'a',
};

/**
 * Typing slips of a base form, never of its first character: in a single word, one deleted
 * letter, two swapped neighbours or one commonly confused letter ("Kzakhstan", "Kazahkstan",
 * "Kazackstan"); in a phrase, one missing space ("Collective SecurityTreaty Organization"),
 * which keeps the number of variants small.
 */
export function typoVariants(base: string): string[] {
  const chars = Array.from(base);
  const out = new Set<string>();
  if (chars.length < 8) return [];
  const phrase = chars.includes(' ');
  for (let i = 1; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch === '~') continue;
    if (phrase) {
      if (ch === ' ') out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
      continue;
    }
    if (LATIN_LETTER.test(ch)) out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
    for (const other of CONFUSABLE[ch] ?? '') out.add([...chars.slice(0, i), other, ...chars.slice(i + 1)].join(''));
    const next = chars[i + 1];
    if (next !== undefined && next !== ch && LATIN_LETTER.test(ch) && LATIN_LETTER.test(next)) {
      out.add([...chars.slice(0, i), next, ch, ...chars.slice(i + 2)].join(''));
    }
  }
  out.delete(base);
  return [...out];
}

function attach(base: string, suffix: string): string {
  return base.includes('~') ? base.replace('~', suffix) : base + suffix;
}

/** Every surface form of a group, with labels. Duplicates keep their first label. */
export function expandGroup(group: AliasGroup, suffixSets: Readonly<Record<string, SuffixSet>>): ExpandedForm[] {
  const set = group.suffixes === undefined ? undefined : suffixSets[group.suffixes];
  const endings = set?.endings ?? [['', group.form ?? ''] as const];
  const seen = new Map<string, ExpandedForm>();
  const add = (text: string, label: string | undefined): void => {
    if (!seen.has(text)) seen.set(text, label ? { text, label } : { text });
  };
  for (const written of group.forms) {
    for (const base of expandBraces(written)) {
      for (const [suffix, label] of endings) add(attach(base, suffix), label || group.form);
    }
  }
  if (group.typos) {
    for (const written of group.forms) {
      for (const base of expandBraces(written)) {
        for (const variant of typoVariants(base)) {
          for (const [suffix] of endings) add(attach(variant, suffix), 'misspelling');
        }
      }
    }
  }
  return [...seen.values()];
}
