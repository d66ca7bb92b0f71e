import { afterEach, describe, expect, it } from 'vitest';
import { pluralCategory, tPlural } from '@/lib/i18n';
import { setTestUiLocale } from '../../setup/i18n';

describe('tPlural', () => {
  afterEach(() => setTestUiLocale('en'));

  it('picks the English singular for one and the plural for every other count', () => {
    expect(tPlural('searchEntityCount', 1, ['Astana'])).toBe('1 passage about Astana');
    expect(tPlural('searchEntityCount', 0, ['Astana'])).toBe('0 passages about Astana');
    expect(tPlural('searchEntityCount', 16, ['Astana'])).toBe('16 passages about Astana');
    expect(tPlural('searchEntityCount', 1234, ['Astana'])).toBe('1,234 passages about Astana');
  });

  it('follows the plural rules of the locale asked for', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(21, 'ru')).toBe('one');
    expect(pluralCategory(3, 'ru')).toBe('few');
    expect(pluralCategory(5, 'ru')).toBe('many');
    expect(pluralCategory(1, 'ja')).toBe('other');
  });

  it('falls back to "other" when the catalogue has no key for the category (English asked with Russian rules)', () => {
    expect(tPlural('searchTextCount', 3, ['ж'], 'ru')).toBe('3 passages matching ‘ж’');
  });

  it('uses every Russian category from the Russian catalogue', () => {
    setTestUiLocale('ru');
    expect(tPlural('docDocuments', 1)).toBe('1 документ');
    expect(tPlural('docDocuments', 3)).toBe('3 документа');
    expect(tPlural('docDocuments', 5)).toBe('5 документов');
    expect(tPlural('docDocuments', 21)).toBe('21 документ');
    expect(tPlural('docDocuments', 1.5)).toBe('1,5 документа');
  });

  it('uses the six Arabic categories, the number in words where Arabic writes it so, and one Chinese form for every count', () => {
    setTestUiLocale('ar');
    expect(tPlural('docDocuments', 0)).toBe('لا وثائق');
    expect(tPlural('docDocuments', 1)).toBe('وثيقة واحدة');
    expect(tPlural('docDocuments', 2)).toBe('وثيقتان');
    expect(tPlural('docDocuments', 3)).toBe('3 وثائق');
    expect(tPlural('docDocuments', 11)).toBe('11 وثيقةً');
    expect(tPlural('docDocuments', 100)).toBe('100 وثيقة');
    setTestUiLocale('zh_CN');
    expect(tPlural('docDocuments', 1)).toBe('1 份文档');
    expect(tPlural('docDocuments', 7)).toBe('7 份文档');
  });
});
