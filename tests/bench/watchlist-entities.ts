/**
 * The watchlist the watchlist benchmarks apply, in Node (watchlist.ts) and in the browsers
 * (browser/library-scale-page.ts): `entities` people of the journalist's own, each with an
 * English and a Russian name and an abbreviation, and the English names of Kazakhstan switched
 * off (that changes many passages of the synthetic library, so re-tagging writes rows).
 */
import { builtInAliasKey } from '../../lib/watchlist/catalogue';
import type { Watchlist } from '../../lib/watchlist/schema';

const LATIN = 'bcdfghklmnprstvz';
const CYRILLIC = 'бвгдзклмнпрстфх';
const word = (n: number, letters: string, vowels: string) =>
  Array.from({ length: 3 }, (_, i) => (letters[(n * 7 + i * 3) % letters.length] ?? '') + (vowels[(n + i) % vowels.length] ?? '')).join('');

export function benchWatchlist(entities: number): Watchlist {
  return {
    entities: Array.from({ length: entities }, (_, n) => ({
      id: `user:e${n}`, name: `Entity ${n}`, kind: 'person' as const, description: '',
      aliases: [
        { text: `${word(n, LATIN, 'aeiou')}ov${n}`, lang: 'en', tier: 'name' as const },
        { text: `${word(n, CYRILLIC, 'аеоиу')}ов${n}`, lang: 'ru', tier: 'name' as const },
        { text: `E${n}X`, lang: 'und', tier: 'abbreviation' as const },
      ],
    })),
    builtIn: { kazakhstan: { added: [], off: ['Kazakhstan', 'Kazakstan', 'Qazaqstan', 'Khazakhstan', 'Kazakhastan', 'Kazakhistan'].map((f) => builtInAliasKey({ lang: 'en', tier: 'name' }, f)) } },
  };
}
