import { describe, expect, it } from 'vitest';
import { pluralCategory, tPlural } from '@/lib/i18n';

describe('tPlural', () => {
  it('picks the English singular for one and the plural for every other count', () => {
    const forms = { one: 'searchEntityCount_one', other: 'searchEntityCount_other' } as const;
    expect(tPlural(1, forms, ['Astana'])).toBe('1 passage about Astana');
    expect(tPlural(0, forms, ['Astana'])).toBe('0 passages about Astana');
    expect(tPlural(16, forms, ['Astana'])).toBe('16 passages about Astana');
  });

  it('follows the plural rules of the UI language, falling back to "other" for a category without a key', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(21, 'ru')).toBe('one');
    expect(pluralCategory(3, 'ru')).toBe('few');
    expect(pluralCategory(5, 'ru')).toBe('many');
    expect(pluralCategory(1, 'ja')).toBe('other');
    expect(tPlural(3, { one: 'searchTextCount_one', other: 'searchTextCount_other' }, ['ж'], 'ru')).toBe('3 passages matching ‘ж’');
  });
});
