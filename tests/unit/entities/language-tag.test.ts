/**
 * The primary language subtag (lib/entities/language-tag.ts), as the resolver and the word-form
 * models read a page's or an alias group's language.
 */
import { describe, expect, it } from 'vitest';
import { primarySubtag } from '@/lib/entities/language-tag';

describe('primary language subtag', () => {
  it('is the tag up to its first hyphen or underscore, lower-cased', () => {
    expect(primarySubtag('kk-Cyrl-KZ')).toBe('kk');
    expect(primarySubtag('KK_kz')).toBe('kk');
    expect(primarySubtag('ru')).toBe('ru');
    expect(primarySubtag('zh-Hant_TW')).toBe('zh');
    expect(primarySubtag('pt_BR-x')).toBe('pt');
  });

  it('is empty for an empty tag or one that starts with a separator', () => {
    expect(primarySubtag('')).toBe('');
    expect(primarySubtag('-Latn')).toBe('');
  });
});
