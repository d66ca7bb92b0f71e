/**
 * Case endings of Hungarian, Finnish and Estonian, chosen by the word's vowels (front or back
 * harmony) and its final sound: Kazahsztán → Kazahsztánban, Kazahsztánnal; Ukrajna → Ukrajnában;
 * Kazakstan → Kazakstanissa; Venäjä → Venäjällä; Kasahstan → Kasahstanis.
 */
import { lastSound, type VowelSystem } from './harmony';
import type { WordForm } from './types';

const HU_VOWELS: VowelSystem = { back: 'aáoóuú', front: 'eéiíöőüű', rounded: 'öőüű' };

/** Hungarian: three-way harmony (-hoz/-hez/-höz), -val assimilated to the final consonant, a/e lengthened. */
export function hungarianForms(word: string): WordForm[] {
  const chars = Array.from(word);
  const last = (chars[chars.length - 1] ?? '').toLowerCase();
  // Harmony follows the last vowel that is not i, í or é (neutral after back vowels: Irán,
  // Kína take back endings); e is front (Izraelben, Tokajevvel).
  const lower = word.toLowerCase();
  const decisive = Array.from(lower).filter((c) => (HU_VOWELS.back + HU_VOWELS.front).includes(c) && !'iíé'.includes(c));
  const lastDecisive = decisive[decisive.length - 1];
  const back = lastDecisive === undefined ? Array.from(lower).some((c) => HU_VOWELS.back.includes(c)) : HU_VOWELS.back.includes(lastDecisive);
  const rounded = !back && lastSound(word, HU_VOWELS).rounded;
  let stem = word;
  if (last === 'a') stem = `${word.slice(0, -1)}á`;
  else if (last === 'e') stem = `${word.slice(0, -1)}é`;
  const vowelFinal = 'aáeéiíoóöőuúüű'.includes(last);
  const pick = (b: string, f: string, r: string = f): string => (back ? b : rounded ? r : f);
  // -val/-vel and -vá/-vé: v becomes the final consonant, doubled (Kazahsztánnal).
  const instrumental = vowelFinal ? `v${pick('al', 'el')}` : `${/sz|zs|cs|gy|ly|ny|ty$/.test(lower) ? lower.slice(-1) : last}${pick('al', 'el')}`;
  const accusative = vowelFinal || /[nlrsjz]$/.test(lower) ? 't' : pick('ot', 'et', 'öt');
  const superessive = vowelFinal ? 'n' : pick('on', 'en', 'ön');
  const endings: readonly (readonly [string, string])[] = [
    [accusative, 'accusative'], [pick('ban', 'ben'), 'inessive'], [pick('ba', 'be'), 'illative'], [pick('ból', 'ből'), 'elative'],
    [pick('nak', 'nek'), 'dative'], [instrumental, 'instrumental'], [pick('hoz', 'hez', 'höz'), 'allative'], [pick('ra', 're'), 'sublative'],
    [pick('ról', 'ről'), 'delative'], [pick('tól', 'től'), 'ablative'], [superessive, 'superessive'], [pick('nál', 'nél'), 'adessive'],
    ['ig', 'terminative'], ['ért', 'causal'], ['ként', 'essive'], ['i', 'adjective'], [pick('iak', 'iek'), 'adjective, plural'],
  ];
  // The adjective keeps a short final vowel (ukrajnai); every case ending lengthens it (Ukrajnáig).
  return endings.map(([e, l]) => [(l.startsWith('adjective') ? word : stem) + e, l] as const);
}

const FI_VOWELS: VowelSystem = { back: 'aou', front: 'äöy', rounded: '' };

/** Finnish: a consonant-final loan takes -i- (Kazakstanissa); back or front a/ä from the word's vowels. */
export function finnishForms(word: string): WordForm[] {
  const lower = word.toLowerCase();
  const back = Array.from(lower).some((c) => FI_VOWELS.back.includes(c));
  const a = back ? 'a' : 'ä';
  const last = lower.slice(-1);
  const vowelFinal = 'aeiouyäö'.includes(last);
  const stem = vowelFinal ? word : `${word}i`;
  const illative = vowelFinal ? `${last}n` : 'in';
  const endings: readonly (readonly [string, string])[] = [
    ['', 'nominative'], ['n', 'genitive'], [a, 'partitive'], [illative, 'illative'], [`ss${a}`, 'inessive'], [`st${a}`, 'elative'],
    [`ll${a}`, 'adessive'], [`lt${a}`, 'ablative'], ['lle', 'allative'], [`n${a}`, 'essive'], ['ksi', 'translative'], [`tt${a}`, 'abessive'],
  ];
  // Every case also takes the clitic -kin ("also"), the commonest in news copy.
  const out: WordForm[] = [];
  for (const [e, l] of endings) {
    const base = e === '' ? word : stem + e;
    if (e !== '') out.push([base, l]);
    out.push([`${base}kin`, `${l}, also`]);
  }
  return out;
}

/** Estonian: a consonant-final loan takes -i in the genitive stem (Kasahstani, Kasahstanis). */
export function estonianForms(word: string): WordForm[] {
  const vowelFinal = /[aeiouõäöü]$/i.test(word);
  const stem = vowelFinal ? word : `${word}i`;
  const endings: readonly (readonly [string, string])[] = [
    ['', 'genitive'], [vowelFinal ? 'd' : 't', 'partitive'], ['s', 'inessive'], ['sse', 'illative'], ['st', 'elative'], ['le', 'allative'],
    ['l', 'adessive'], ['lt', 'ablative'], ['ks', 'translative'], ['na', 'essive'], ['ta', 'abessive'], ['ga', 'comitative'], ['ni', 'terminative'],
  ];
  return endings.map(([e, l]) => [stem + e, l] as const).filter(([text]) => text !== word);
}
