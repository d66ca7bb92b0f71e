/**
 * The folding and class expressions are made when first used (lib/text/lazy-pattern.ts): not
 * when the module is evaluated, once, and they answer as the expression itself does.
 */
import { describe, expect, it } from 'vitest';
import { LazyPattern } from '@/lib/text/lazy-pattern';

describe('lazy pattern', () => {
  it('makes its expression on first use only, and once', () => {
    let made = 0;
    const pattern = new LazyPattern(() => {
      made++;
      return /\p{Script=Cyrillic}/u;
    });
    expect(made).toBe(0);
    expect(pattern.test('Ж')).toBe(true);
    expect(pattern.test('Z')).toBe(false);
    expect(pattern.regExp).toBe(pattern.regExp);
    expect(made).toBe(1);
  });

  it('gives the expression itself for replace', () => {
    const nukta = new LazyPattern(() => /\u093C/gu);
    expect('क़'.normalize('NFD').replace(nukta.regExp, '')).toBe('क');
  });
});
