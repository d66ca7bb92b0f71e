/**
 * English and German genitives, and the Nordic -s genitive: the only endings these languages
 * attach to names. Both apostrophes reach the matcher as "'" (the normaliser folds ’).
 */
import type { WordForm } from './types';

const SIBILANT_END = /[sßxz]$/i;

/** Kazakhstan → Kazakhstan's; Kazakhstanis → Kazakhstanis'. */
export function englishForms(word: string): WordForm[] {
  const out: WordForm[] = [[`${word}'s`, 'possessive']];
  if (/s$/i.test(word)) out.push([`${word}'`, 'possessive']);
  return out;
}

/** Kasachstan → Kasachstans; Tokajew → Tokajews; Paris → Paris' (a sibilant takes an apostrophe). */
export function germanForms(word: string): WordForm[] {
  return SIBILANT_END.test(word) ? [[`${word}'`, 'genitive']] : [[`${word}s`, 'genitive']];
}

/** Swedish, Danish, Norwegian: Kazakstans; after a sibilant the bare form serves. */
export function nordicForms(word: string): WordForm[] {
  return SIBILANT_END.test(word) ? [] : [[`${word}s`, 'genitive']];
}
