/**
 * The watchlist applied to the catalogue: the journalist's entities are found by the real
 * matcher like built-in ones, added aliases too, and an alias switched off is no longer found.
 * Validation names what is wrong with an alias.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, getCatalogue } from '@/lib/entities/index';
import { applyWatchlist, builtInAliasKey } from '@/lib/watchlist/catalogue';
import type { UserAlias, Watchlist } from '@/lib/watchlist/schema';
import { aliasIssues, buildFormIndex, previewForms } from '@/lib/watchlist/validate';

const bektenov: Watchlist['entities'][number] = {
  id: 'user:olzhas-bektenov', name: 'Olzhas Bektenov', kind: 'person', description: 'Prime Minister of Kazakhstan.',
  aliases: [{ text: 'Bektenov', lang: 'en', tier: 'name' }, { text: 'Бектенов', lang: 'ru', tier: 'name' }, { text: 'OB', lang: 'und', tier: 'abbreviation' }],
};
const watchlist: Watchlist = {
  entities: [bektenov],
  builtIn: { csto: { added: [{ text: 'Tashkent alliance', lang: 'en', tier: 'name' }], off: [builtInAliasKey({ lang: 'en', tier: 'abbreviation' }, 'CSTO')] } },
};
const catalogue = applyWatchlist(getCatalogue(), watchlist);
const matcher = createMatcher({ catalogue });
const all = new Set(catalogue.entities.map((e) => e.id));
const found = (text: string, lang?: string) => matcher.scan(text, { entities: all, ...(lang ? { lang } : {}) }).map((m) => [m.entity, m.surface]);

describe('applyWatchlist', () => {
  it('adds the journalist’s entities, highlighted, with their names and kinds', () => {
    const record = catalogue.entities.find((e) => e.id === 'user:olzhas-bektenov');
    expect(record).toMatchObject({ kind: 'person', highlight: true, displayNames: { en: 'Olzhas Bektenov' } });
    expect(catalogue.entities.length).toBe(getCatalogue().entities.length + 1);
  });

  it('lets the matcher find them, abbreviations case-sensitively', () => {
    expect(found('Prime Minister Bektenov met the OB team.', 'en')).toEqual([['user:olzhas-bektenov', 'Bektenov'], ['user:olzhas-bektenov', 'OB']]);
    expect(found('премьер Бектенов', 'ru')).toEqual([['user:olzhas-bektenov', 'Бектенов']]);
    expect(found('an ob of nothing', 'en')).toEqual([]);
  });

  it('finds a name beginning a compound in a language that writes them as one word', () => {
    const agency: Watchlist['entities'][number] = {
      id: 'user:agency', name: 'Bundesnetzagentur', kind: 'organisation', description: '',
      aliases: [{ text: 'Bundesnetzagentur', lang: 'de', tier: 'name' }, { text: 'Netzagentur', lang: 'en', tier: 'name' }],
    };
    const withAgency = applyWatchlist(getCatalogue(), { entities: [agency], builtIn: {} });
    const scan = (text: string, lang: string) => createMatcher({ catalogue: withAgency }).scan(text, { entities: new Set(['user:agency']), lang }).map((m) => m.surface);
    expect(scan('Die Bundesnetzagenturchefin sprach.', 'de')).toEqual(['Bundesnetzagenturchefin']);
    // English does not write compounds as one word: a longer word is another word.
    expect(scan('the Netzagenturchefin spoke', 'en')).toEqual([]);
  });

  it('finds the word forms of an alias in a language the word-form model knows', () => {
    expect(found('встреча с Бектеновым и визит Бектенова', 'ru')).toEqual([['user:olzhas-bektenov', 'Бектеновым'], ['user:olzhas-bektenov', 'Бектенова']]);
    expect(found("Bektenov's cabinet", 'en')).toEqual([['user:olzhas-bektenov', "Bektenov's"]]);
    const genitive = matcher.scan('визит Бектенова', { entities: all, lang: 'ru' })[0];
    expect(genitive).toMatchObject({ language: 'ru', form: 'genitive' });
  });

  it('adds aliases to a built-in entity and switches one off', () => {
    expect(found('The Tashkent alliance met.', 'en')).toEqual([['csto', 'Tashkent alliance']]);
    expect(found('The CSTO met.', 'en')).toEqual([]);
    expect(createMatcher().scan('The CSTO met.', { lang: 'en' }).map((m) => m.entity)).toEqual(['csto']);
    expect(found('ОДКБ провела учения', 'ru')).toEqual([['csto', 'ОДКБ']]);
  });

  it('leaves the bundled catalogue as it was', () => {
    expect(applyWatchlist(getCatalogue(), { entities: [], builtIn: {} }).entities).toEqual(getCatalogue().entities);
  });
});

describe('aliasIssues', () => {
  const index = buildFormIndex(catalogue);
  const issues = (text: string, extra: Partial<UserAlias> = {}, siblings: UserAlias[] = []) =>
    aliasIssues({ text, lang: 'en', tier: 'name', ...extra }, 'user:new', index, siblings).map((i) => i.code);

  it('accepts a good alias', () => expect(issues('Smailov')).toEqual([]));
  it('refuses an empty or one-letter alias', () => {
    expect(issues('  ')).toEqual(['empty']);
    expect(issues('K')).toEqual(['tooShort']);
    expect(issues('K.')).toEqual(['tooShort']);
  });
  it('names invisible characters with their code point', () => {
    for (const [text, char] of [['Smai\u00ADlov', 'U+00AD'], ['Smai\u200Blov', 'U+200B'], ['\u202ESmailov', 'U+202E'], ['Smailov\uFEFF', 'U+FEFF']] as const) {
      expect(aliasIssues({ text, lang: 'en', tier: 'name' }, 'user:new', index)).toContainEqual({ code: 'invisible', char });
    }
  });
  it('finds an alias another entity already has, in any case or inflection', () => {
    expect(aliasIssues({ text: 'Tokayev', lang: 'en', tier: 'name' }, 'user:new', index)).toEqual([{ code: 'taken', entity: 'tokayev' }]);
    expect(issues('токаева', { lang: 'ru' })).toEqual(['taken']);
    expect(issues('bektenov')).toEqual(['taken']);
    // Its own aliases are not a conflict; twice in the same entity is.
    expect(aliasIssues({ text: 'Bektenov', lang: 'en', tier: 'name' }, 'user:olzhas-bektenov', index)).toEqual([]);
    expect(issues('Smailov', {}, [{ text: 'SMAILOV', lang: 'en', tier: 'name' }])).toEqual(['repeated']);
  });
  it('refuses a language that is not a tag', () => expect(issues('Smailov', { lang: 'Russian!' })).toEqual(['language']));
});

describe('previewForms', () => {
  it('shows the forms through the compiler’s own expansion', () => {
    expect(previewForms({ text: 'Bektenov', lang: 'en', tier: 'name' }, catalogue).map((f) => f.text)).toEqual(['Bektenov', "Bektenov's"]);
    expect(previewForms({ text: 'Бектенов', lang: 'ru', tier: 'name' }, catalogue)).toContainEqual({ text: 'Бектенова', label: 'genitive' });
    expect(previewForms({ text: 'Bektenov', lang: 'vi', tier: 'name' }, catalogue).map((f) => f.text)).toEqual(['Bektenov']);
    expect(previewForms({ text: ' ', lang: 'en', tier: 'name' }, catalogue)).toEqual([]);
  });
});
