/**
 * The 200 % zoom e2e tests run in the locale with the longest UI text. Length here is what takes
 * room on a line: characters without the combining marks that stack on others (Devanagari vowel
 * signs, Arabic harakat), a CJK ideograph counting as two (it is set full-width), placeholders
 * left out, and each plural message once (its `other` form).
 */
import { describe, expect, it } from 'vitest';
import { LONGEST_LOCALE } from '../../e2e/support/longest-locale';
import { localeFolders, pluralBase, readCatalogue } from './catalogue';

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/u;

function textLength(folder: string): number {
  let length = 0;
  for (const [key, entry] of Object.entries(readCatalogue(folder))) {
    if (pluralBase(key) !== null && !key.endsWith('_other')) continue;
    const text = entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '').replace(/\p{M}/gu, '');
    for (const ch of text) length += WIDE.test(ch) ? 2 : 1;
  }
  return length;
}

describe('the longest locale', () => {
  it(`is ${LONGEST_LOCALE}, the one the zoom tests use`, () => {
    const lengths = localeFolders().map((folder) => ({ folder, length: textLength(folder) }));
    const longest = lengths.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.folder, JSON.stringify(lengths)).toBe(LONGEST_LOCALE);
  });
});
