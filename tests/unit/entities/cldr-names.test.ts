/**
 * Names from CLDR (cldr-localenames-full, a devDependency): the generated module is current,
 * the matcher finds Kazakhstan's name in every CLDR locale but the listed exceptions, and takes
 * none of the neighbours' names for it. Reads the installed package, not the shared folder.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLDR_MODULE_PATH, generateCldrModule, readLocaleNames } from '@/lib/build/cldr-names';
import { createMatcher, getCatalogue } from '@/lib/entities';
import { handCatalogue } from '@/lib/entities/data';

const matcher = createMatcher();
const ALL = new Set(getCatalogue().entities.map((e) => e.id));
const findsKazakhstan = (text: string, lang?: string): boolean =>
  matcher.scan(text, { ...(lang ? { lang } : {}), entities: ALL }).some((m) => m.entity === 'kazakhstan');

/** Locales whose name the matcher is right not to take alone, with the reason. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  // 哈萨克 alone is the Kazakh people in mainland usage (哈萨克族, 哈萨克语); the catalogue takes
  // it for the state beside a state noun (哈萨克总统), never as a lone label.
  'yue-Hans': 'ethnonym when alone',
};

const NEIGHBOURS = ['KG', 'UZ', 'TJ', 'TM', 'AF', 'PK', 'RU'];

describe('names from CLDR', () => {
  it('the generated module is current (else run npm run gen:cldr)', () => {
    expect(readFileSync(CLDR_MODULE_PATH, 'utf8')).toBe(generateCldrModule(handCatalogue));
  }, 60_000);

  const kz = readLocaleNames('KZ');

  it('finds the name of Kazakhstan of every CLDR locale, on a page of that language', () => {
    const missed = [...kz].filter(([locale, names]) => !names.every((name) => findsKazakhstan(name, locale))).map(([locale]) => locale);
    expect(kz.size).toBeGreaterThan(500);
    expect(missed).toEqual(Object.keys(EXCEPTIONS));
    expect(1 - missed.length / kz.size).toBeGreaterThanOrEqual(0.99);
    const languages = new Set([...kz.keys()].map((l) => l.split('-')[0]));
    const languagesFound = new Set([...kz.keys()].filter((l) => !missed.includes(l)).map((l) => l.split('-')[0]));
    expect(languagesFound.size).toBe(languages.size);
  }, 60_000);

  it('finds them in running text and on pages whose language is unknown', () => {
    const missed = [...kz].filter(([locale, names]) => !names.every((name) => findsKazakhstan(`— ${name}, 2024.`) || locale in EXCEPTIONS));
    expect(missed).toEqual([]);
  }, 60_000);

  it.each(NEIGHBOURS)('never takes the name of %s for Kazakhstan', (territory) => {
    const taken = [...readLocaleNames(territory)].filter(([locale, names]) => names.some((n) => findsKazakhstan(n, locale) || findsKazakhstan(n)));
    expect(taken).toEqual([]);
  }, 60_000);
});
