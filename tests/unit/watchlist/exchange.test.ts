/**
 * Sharing a watchlist: CSV and JSON round-trip; a CSV with bad rows names every one of them by
 * number and imports nothing; an import that would take another entity's alias is caught before
 * anything is stored; merging replaces entities of the same name and adds built-in changes.
 */
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/entities/index';
import { builtInAliasKey } from '@/lib/watchlist/catalogue';
import { parseWatchlistCsv, watchlistToCsv } from '@/lib/watchlist/csv';
import { parseWatchlistJson, watchlistToJson } from '@/lib/watchlist/json';
import { mergeWatchlist, partIssues } from '@/lib/watchlist/merge';
import { EMPTY_WATCHLIST, type Watchlist } from '@/lib/watchlist/schema';

const builtIns = new Set(getCatalogue().entities.map((e) => e.id));
const watchlist: Watchlist = {
  entities: [{ id: 'user:olzhas-bektenov', name: 'Olzhas Bektenov', kind: 'person', description: 'Prime Minister, "since 2024", of Kazakhstan',
    aliases: [{ text: 'Bektenov', lang: 'en', tier: 'name' }, { text: 'Бектенов', lang: 'ru', tier: 'name' }] },
  { id: 'user:hyperlink-x', name: '=HYPERLINK("x")', kind: 'other', description: '', aliases: [{ text: '+Plus', lang: 'und', tier: 'abbreviation' }] }],
  builtIn: { csto: { added: [{ text: 'Tashkent alliance', lang: 'en', tier: 'name' }], off: [builtInAliasKey({ lang: 'en', tier: 'abbreviation' }, 'CSTO')] } },
};

describe('watchlist CSV', () => {
  it('round-trips, with quoting and formulas escaped', () => {
    const csv = watchlistToCsv(watchlist);
    expect(csv.split('\r\n')[0]).toBe('entity,kind,description,alias,language,tier,state');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const back = parseWatchlistCsv(csv, builtIns);
    expect(back.ok && mergeWatchlist(EMPTY_WATCHLIST, back.part)).toEqual(watchlist);
  });

  it('names every bad row by number and imports nothing', () => {
    const csv = [
      'Entity,Alias,Language,Tier,Kind',
      'Olzhas Bektenov,Bektenov,en,name,person',
      'Olzhas Bektenov,Бектенов,ru,noun,',
      '',
      ',Smailov,en,name,',
      'builtin:atlantis,Atlantis,en,name,',
      'Olzhas Bektenov,,en,name,',
      'Someone,Someone,English,name,',
      'Someone,Someone,en,name,planet',
    ].join('\n');
    const result = parseWatchlistCsv(csv, builtIns);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { row: 3, problem: { code: 'tier', value: 'noun' } },
      { row: 5, problem: { code: 'noEntity' } },
      { row: 6, problem: { code: 'unknownBuiltIn', entity: 'atlantis' } },
      { row: 7, problem: { code: 'noAlias' } },
      { row: 8, problem: { code: 'language', value: 'English' } },
      { row: 9, problem: { code: 'kind', value: 'planet' } },
    ]);
  });

  it('refuses a file without the needed columns or without rows', () => {
    expect(parseWatchlistCsv('name,alias\nA,B', builtIns)).toEqual({ ok: false, errors: [{ row: 1, problem: { code: 'noHeader', missing: ['entity', 'language', 'tier'] } }] });
    expect(parseWatchlistCsv('entity,alias,language,tier\n\n', builtIns)).toEqual({ ok: false, errors: [{ row: 2, problem: { code: 'empty' } }] });
  });

  it('finds an alias the import would take from another entity, with its rows', () => {
    const result = parseWatchlistCsv('entity,alias,language,tier\nMy Tokayev,Tokayev,en,name\nMy Tokayev,Kassym,en,name', builtIns);
    if (!result.ok) throw new Error('parse failed');
    const issues = partIssues(getCatalogue(), EMPTY_WATCHLIST, result.part);
    expect(issues).toEqual([{ entity: 'user:my-tokayev', alias: { text: 'Tokayev', lang: 'en', tier: 'name' }, issues: [{ code: 'taken', entity: 'tokayev' }] }]);
    expect(result.rows.get('user:my-tokayev')).toEqual([2, 3]);
  });
});

describe('watchlist JSON', () => {
  it('round-trips', () => {
    const back = parseWatchlistJson(watchlistToJson(watchlist));
    expect(back.ok && mergeWatchlist(EMPTY_WATCHLIST, back.part)).toEqual(watchlist);
  });

  it('refuses whole what is not a well-formed watchlist, naming the entry', () => {
    expect(parseWatchlistJson('{').ok).toBe(false);
    expect(parseWatchlistJson('{"format":"other","entities":[]}')).toEqual({ ok: false, problem: { code: 'notWatchlist' } });
    expect(parseWatchlistJson('{"format":"backstory-watchlist","version":9,"entities":[]}')).toEqual({ ok: false, problem: { code: 'newer', version: 9 } });
    const broken = JSON.parse(watchlistToJson(watchlist)) as { entities: Array<{ aliases: unknown[] }> };
    broken.entities[1]!.aliases.push({ text: 'x', lang: 'en', tier: 'weak' });
    expect(parseWatchlistJson(JSON.stringify(broken))).toEqual({ ok: false, problem: { code: 'badEntity', index: 2 } });
  });
});

describe('mergeWatchlist', () => {
  it('replaces an entity of the same id and adds built-in changes to yours', () => {
    const renamed = { ...watchlist.entities[0]!, description: 'New.' };
    const merged = mergeWatchlist(watchlist, { entities: [renamed], builtIn: { csto: { added: [], off: ['k'] }, nato: { added: [], off: ['n'] } } });
    expect(merged.entities.map((e) => [e.id, e.description])).toEqual([['user:hyperlink-x', ''], ['user:olzhas-bektenov', 'New.']]);
    expect(merged.builtIn.csto?.off).toEqual([watchlist.builtIn.csto!.off[0], 'k']);
    expect(merged.builtIn.nato).toEqual({ added: [], off: ['n'] });
  });
});
