/**
 * Every translation against the English catalogue: the same keys, the same placeholders and
 * descriptions, nothing empty or left in English, and exactly the plural categories CLDR gives
 * the language (chrome.i18n has no plurals: lib/i18n.ts `tPlural` picks `<base>_<category>`).
 */
import { describe, expect, it } from 'vitest';
import { localeFolders, namedPlaceholders, pluralBase, positionalPlaceholders, readCatalogue, type Entry } from './catalogue';

const REQUIRED = ['ar', 'de', 'en', 'es', 'fr', 'hi', 'kk', 'ru', 'tr', 'uk', 'zh_CN'];

// Messages that are rightly the same as in English: the product's name, symbols and formats.
const SAME_EVERYWHERE = ['extName', 'paragraphNumber', 'citationMarkdown', 'recognition', 'wlTryFound'];
// Words a language shares with English, checked one by one (the unit "ms", "Organisation", "Name").
const SAME_IN: Record<string, string[]> = {
  de: ['kindOrganisation', 'kindPerson', 'optMilliseconds', 'wlName', 'wlAliasGroup', 'backupExportTitle'],
  es: ['optMilliseconds'],
  fr: [
    'libTabDocuments', 'docColDate', 'docColSource', 'docDocuments_one', 'docDocuments_other', 'docPassages_one',
    'docPassages_other', 'kindOrganisation', 'openOptions', 'optMilliseconds',
  ],
  tr: ['optMilliseconds'],
};

// Plural categories that hold a single number, which the language writes as a word rather than
// a figure ("وثيقتان", two documents): there the count placeholder may be left out.
const SPELLED_OUT: Record<string, string[]> = { ar: ['zero', 'one', 'two'] };

const english = readCatalogue('en');
const pluralBases = (c: Record<string, Entry>) => new Set(Object.keys(c).map(pluralBase).filter((b): b is string => b !== null));
const plainKeys = (c: Record<string, Entry>) => Object.keys(c).filter((k) => pluralBase(k) === null).sort();
const englishSource = (key: string): Entry | undefined => english[key] ?? english[`${pluralBase(key) ?? key}_other`];
const categories = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();

describe('_locales', () => {
  it('has the languages journalists covering the region read', () => {
    expect(localeFolders()).toEqual(expect.arrayContaining(REQUIRED));
  });

  describe.each(localeFolders())('%s', (folder) => {
    const catalogue = readCatalogue(folder);
    const uiLocale = catalogue.uiLocale?.message ?? '';

    it('names its own language in uiLocale and dateLocale, as tags Intl knows', () => {
      expect(uiLocale.toLowerCase()).toBe(folder.replace('_', '-').toLowerCase());
      expect(Intl.PluralRules.supportedLocalesOf([uiLocale])).toEqual([uiLocale]);
      const dateLocale = catalogue.dateLocale?.message ?? '';
      expect(Intl.DateTimeFormat.supportedLocalesOf([dateLocale])).toEqual([dateLocale]);
      expect(new Intl.Locale(dateLocale).language).toBe(new Intl.Locale(uiLocale).language);
    });

    it('has every message of English and no other', () => {
      expect(plainKeys(catalogue)).toEqual(plainKeys(english));
      expect([...pluralBases(catalogue)].sort()).toEqual([...pluralBases(english)].sort());
    });

    it('has each plural message in exactly the categories of its language', () => {
      const expected = categories(uiLocale);
      for (const base of pluralBases(english)) {
        const present = Object.keys(catalogue).filter((k) => pluralBase(k) === base).map((k) => k.slice(base.length + 1));
        expect(present.sort(), base).toEqual(expected);
      }
    });

    it('keeps every placeholder, placeholder definition and description of English', () => {
      for (const [key, entry] of Object.entries(catalogue)) {
        const source = englishSource(key);
        expect(source, key).toBeDefined();
        if (!source) continue;
        const count = Object.entries(source.placeholders ?? {}).find(([, p]) => p.content === '$1')?.[0];
        const spelledOut = (SPELLED_OUT[folder] ?? []).some((c) => key.endsWith(`_${c}`)) && pluralBase(key) !== null;
        const expected = namedPlaceholders(source.message);
        const used = namedPlaceholders(entry.message);
        if (spelledOut && !used.includes(count ?? '')) expect(used, key).toEqual(expected.filter((n) => n !== count));
        else expect(used, key).toEqual(expected);
        expect(positionalPlaceholders(entry.message), key).toEqual(positionalPlaceholders(source.message));
        expect(entry.placeholders, key).toEqual(source.placeholders);
        expect(entry.description, key).toEqual(source.description);
      }
    });

    it('has no empty message and none left in English', () => {
      const allowed = new Set([...SAME_EVERYWHERE, ...(SAME_IN[folder] ?? [])]);
      for (const [key, entry] of Object.entries(catalogue)) expect(entry.message.trim(), key).not.toBe('');
      if (folder === 'en') return;
      const same = Object.keys(catalogue).filter((k) => catalogue[k]?.message === english[k]?.message);
      expect(same.filter((k) => !allowed.has(k))).toEqual([]);
      // And the list stays exact: a word allowed here that was since translated leaves it.
      expect((SAME_IN[folder] ?? []).filter((k) => !same.includes(k))).toEqual([]);
    });

    it('keeps the Markdown export header at three columns', () => {
      const cells = (catalogue.exportColumns?.message ?? '').split(' | ');
      expect(cells).toHaveLength(3);
      expect(cells[0]).toBe('#');
    });

    it('fits the store limits for the name (75) and the description (132)', () => {
      expect((catalogue.extName?.message ?? '').length).toBeLessThanOrEqual(75);
      expect((catalogue.extDescription?.message ?? '').length).toBeLessThanOrEqual(132);
    });
  });
});
