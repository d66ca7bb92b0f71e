/** The stored watchlist is repaired, never trusted: malformed entries go, good ones stay. */
import { describe, expect, it } from 'vitest';
import { EMPTY_WATCHLIST, sanitizeWatchlist, userEntityId, type Watchlist } from '@/lib/watchlist/schema';
import { watchlistHash } from '@/lib/watchlist/hash';

const good: Watchlist = {
  entities: [{ id: 'user:olzhas-bektenov', name: 'Olzhas Bektenov', kind: 'person', description: 'Prime Minister of Kazakhstan.',
    aliases: [{ text: 'Bektenov', lang: 'en', tier: 'name' }, { text: 'Бектенов', lang: 'ru', tier: 'name' }] }],
  builtIn: { csto: { added: [{ text: 'ODKB', lang: 'und', tier: 'abbreviation' }], off: ['en\u0001abbreviation\u0001CSTO'] } },
};

describe('sanitizeWatchlist', () => {
  it('keeps a well-formed watchlist as it is', () => {
    expect(sanitizeWatchlist(structuredClone(good))).toEqual(good);
  });

  it('turns anything else into the empty watchlist', () => {
    for (const junk of [undefined, null, 42, 'x', [], { entities: 'no' }]) expect(sanitizeWatchlist(junk)).toEqual(EMPTY_WATCHLIST);
  });

  it('drops malformed entities and aliases, repeated ids and user ids among built-ins', () => {
    const raw = {
      entities: [
        good.entities[0],
        { ...good.entities[0], name: 'Again' },
        { id: 'kazakhstan', name: 'Not a user id', kind: 'place', aliases: [] },
        { id: 'user:x', name: '   ', kind: 'person', aliases: [] },
        { id: 'user:y', name: 'Y', kind: 'planet', description: 7,
          aliases: [{ text: 'Yy', lang: 'en', tier: 'weak' }, { text: 'Yy', lang: 'not a tag!', tier: 'name' }, { text: 'Yy', lang: 'en', tier: 'name' }, { text: 'Yy', lang: 'en', tier: 'name' }] },
      ],
      builtIn: { 'user:y': { added: [], off: ['k'] }, russia: { added: 'no', off: [3, 'k', 'k'] }, nato: { added: [], off: [] } },
    };
    const clean = sanitizeWatchlist(raw);
    expect(clean.entities.map((e) => e.id)).toEqual(['user:olzhas-bektenov', 'user:y']);
    expect(clean.entities[1]).toEqual({ id: 'user:y', name: 'Y', kind: 'other', description: '', aliases: [{ text: 'Yy', lang: 'en', tier: 'name' }] });
    expect(clean.builtIn).toEqual({ russia: { added: [], off: ['k'] } });
  });
});

describe('userEntityId and watchlistHash', () => {
  it('makes a readable id that does not collide with one taken', () => {
    expect(userEntityId('Olzhas  Bektenov!')).toBe('user:olzhas-bektenov');
    expect(userEntityId('Бектенов')).toBe('user:бектенов');
    expect(userEntityId('Olzhas Bektenov', new Set(['user:olzhas-bektenov']))).toBe('user:olzhas-bektenov-2');
    expect(userEntityId('!!!')).toBe('user:entity');
  });

  it('is empty for a watchlist that changes nothing, and differs with every change', () => {
    expect(watchlistHash(EMPTY_WATCHLIST)).toBe('');
    const other = structuredClone(good);
    other.entities[0]!.aliases.pop();
    expect(watchlistHash(good)).not.toBe('');
    expect(watchlistHash(good)).toBe(watchlistHash(structuredClone(good)));
    expect(watchlistHash(other)).not.toBe(watchlistHash(good));
  });
});
