/**
 * Open endings where the closed lists stop (lib/entities/compile/stems.ts): long names with the
 * endings of languages the word-form model does not know, spellings by consonant skeleton, and
 * the plurals of people nouns — on the bundled catalogue and on a user's own entity.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';
import { compileCatalogue } from '@/lib/entities/compile/compile';
import { createMatcherFromCompiled } from '@/lib/entities/scan/scan';
import type { Catalogue } from '@/lib/entities/types';

const bundled = createMatcher();
const found = (lang: string | undefined, text: string): string[] =>
  bundled.scan(text, { lang, entities: new Set(['kazakhstan']) }).map((m) => `${m.surface}|${m.form ?? ''}`);

describe('long names with endings the model does not know', () => {
  it.each([
    ['ce', 'Казахстанан къоман йукъахь', 'Казахстанан'],
    ['av', 'Казахстаналда бугеб', 'Казахстаналда'],
    ['is', 'Kasakstani er stórt land.', 'Kasakstani'],
  ])('%s: %s', (lang, text, surface) => {
    expect(found(lang, text)).toEqual([`${surface}|with an ending`]);
  });

  it('leaves them to the closed list where the language is modelled, and where it is not known', () => {
    expect(found('ru', 'в обоих Казахстанах')).toEqual([]);
    expect(found(undefined, 'KazakhstanX')).toEqual([]);
  });

  it('prefers a listed form that ends the word', () => {
    expect(found('ce', 'Kazakhstan’s')).toEqual(['Kazakhstan’s|possessive']);
  });
});

describe('endings stacked after a modelled one', () => {
  it.each([
    ['tr', "Kazakistan'dakilerin yarısı Türk.", "Kazakistan'dakilerin"],
    ['tr', 'Kazakistandakilerin yarısı Türk.', 'Kazakistandakilerin'],
    ['ka', 'ყაზახეთშიც არჩევნები ჩატარდა.', 'ყაზახეთშიც'],
    ['kk', 'Қазақстандағылардың жартысы қала тұрғындары.', 'Қазақстандағылардың'],
  ])('%s: %s', (lang, text, surface) => {
    const [match] = bundled.scan(text, { lang, entities: new Set(['kazakhstan']) });
    expect(match?.surface).toBe(surface);
    expect(match?.form).toMatch(/, and more endings$/);
  });

  it('never after the bare name, nor in a language that does not stack them', () => {
    // A Turkish word that merely starts with the name, and Russian, whose endings do not stack.
    expect(found('tr', 'Kazakistanbul')).toEqual([]);
    expect(found('ru', 'Казахстанойка')).toEqual([]);
  });
});

describe('compounds written as one word', () => {
  it.each([
    ['fi', 'Kazakstanilaisministerin vierailu alkoi.', 'Kazakstanilaisministerin'],
    ['fi', 'kazakstanilaisyritykset investoivat', 'kazakstanilaisyritykset'],
    ['de', 'Die Kasachstanreise des Kanzlers', 'Kasachstanreise'],
    ['sv', 'Kazakstanbesöket blev kort.', 'Kazakstanbesöket'],
  ])('%s: %s', (lang, text, surface) => {
    expect(found(lang, text)).toEqual([`${surface}|in a compound`]);
  });

  it('only on pages in the language that writes them', () => {
    expect(found('en', 'Kazakstanilaisministerin')).toEqual([]);
    expect(found(undefined, 'Kasachstanreise')).toEqual([]);
  });

  it('a listed form that ends the word is still itself', () => {
    expect(found('fi', 'Kazakstanissa')).toEqual(['Kazakstanissa|inessive']);
  });

  it('on a user entity marked so', () => {
    const catalogue: Catalogue = {
      entities: [{
        id: 'user-agency', kind: 'organisation', highlight: true, description: '', displayNames: { en: 'Agency' },
        aliases: [{ lang: 'de', tier: 'name', forms: ['Bundesnetzagentur'], compounds: true }],
      }],
      cues: {},
      suffixSets: {},
    };
    const matcher = createMatcherFromCompiled(compileCatalogue(catalogue));
    const forms = (lang: string) => matcher.scan('Die Bundesnetzagenturchefin sprach.', { lang }).map((m) => `${m.surface}|${m.form ?? ''}`);
    expect(forms('de')).toEqual(['Bundesnetzagenturchefin|in a compound']);
    // Elsewhere only as a long name with an ending (this catalogue lists no endings of French).
    expect(forms('fr')).toEqual(['Bundesnetzagenturchefin|with an ending']);
  });
});

describe('typing slips of long names, with any ending, on pages in their language', () => {
  it.each([
    ['et', 'Kashastani president saabus', 'Kashastani'],
    ['lt', 'Kazachtano prezidentas', 'Kazachtano'],
    ['be', 'Казастан і Беларусь', 'Казастан'],
    ['pl', 'ambasador Kazachtsanu', 'Kazachtsanu'],
    ['sw', 'Rais wa Kazakisttani amewasili.', 'Kazakisttani'],
  ])('%s: %s', (lang, text, surface) => {
    expect(found(lang, text)).toEqual([`${surface}|misspelling`]);
  });

  it('not on pages in another language, and never the real name with an ending it does not take', () => {
    expect(found('en', 'Kashastani president')).toEqual([]);
    expect(found('tr', 'Kazakistanbul')).toEqual([]);
    expect(found('ru', 'в обоих Казахстанах')).toEqual([]);
  });

  it('a real spelling is never a slip', () => {
    expect(found('pl', 'w Kazachstanie')).toEqual(['Kazachstanie|locative']);
  });
});

describe('spellings by consonant skeleton', () => {
  it.each([
    ['kn', 'ಕಜಕಸ್ತಾನವನ್ನು ಭೇಟಿ ಮಾಡಿದರು', 'ಕಜಕಸ್ತಾನವನ್ನು'],
    ['te', 'కజాఖ్స్తానీలను కలిశారు', 'కజాఖ్స్తానీలను'],
    ['si', 'කසක්ස්තානයේ ජනාධිපති', 'කසක්ස්තානයේ'],
    ['ml', 'കസാഖ്സ്താനിൽ പ്രതിഷേധം', 'കസാഖ്സ്താനിൽ'],
    ['ar', 'زار قزقستان الأسبوع الماضي', 'قزقستان'],
  ])('%s: the whole word', (lang, text, surface) => {
    expect(found(lang, text)).toEqual([`${surface}|spelling variant`]);
  });

  it('does not take the neighbours', () => {
    for (const text of ['ಕಿರ್ಗಿಸ್ತಾನ ಮತ್ತು ಪಾಕಿಸ್ತಾನ', 'ازبکستان و تاجیکستان و قرقیزستان', 'कज़ान में', 'ಕಜಾನ್ ನಗರ']) {
      expect(found(undefined, text), text).toEqual([]);
    }
  });
});

describe('plurals of people nouns', () => {
  it.each([
    ['ru', 'казахи и русские', 'казахи'],
    ['uk', 'кількість казахів', 'казахів'],
    ['pl', 'Kazachowie głosowali', 'Kazachowie'],
    ['de', 'die Kasachen wählten', 'Kasachen'],
    ['ba', 'ҡаҙаҡтарының ауылы', 'ҡаҙаҡтарының'],
    ['kk', 'ҚАЗАҚТАРДЫҢ САНЫ', 'ҚАЗАҚТАРДЫҢ'],
    ['mn', 'Казахууд ирэв', 'Казахууд'],
    ['hr', 'Kazasi su izašli na izbore', 'Kazasi'],
    ['sr', 'Казаси су гласали', 'Казаси'],
    ['sl', 'Kazahi so volili', 'Kazahi'],
    ['nl', 'Volgens de Kazachen in Almaty', 'Kazachen'],
    ['nl', 'De Kazakken stemden', 'Kazakken'],
    ['en', 'Most Kazaks voted for him', 'Kazaks'],
    ['eo', 'La kazaĥoj loĝas en la stepo', 'kazaĥoj'],
    ['cs', 'Kazaši tvoří většinu', 'Kazaši'],
    ['hu', 'A kazahokat is meghívták', 'kazahokat'],
    ['pl', 'Kazachstańczycy głosowali', 'Kazachstańczycy'],
    ['sk', 'Kazachovia žijú aj v Číne', 'Kazachovia'],
    ['tt', 'казакъларның теле', 'казакъларның'],
    ['tg', 'қазоқҳо дар Тоҷикистон', 'қазоқҳо'],
    ['lv', 'ar kazahiem un krieviem', 'kazahiem'],
    ['he', 'מדובר בקזחים רבים', 'בקזחים'],
    ['sw', 'Wakazakhi wengi wanaishi Almaty', 'Wakazakhi'],
  ])('%s: %s', (lang, text, surface) => {
    expect(found(lang, text).map((f) => f.split('|')[0])).toEqual([surface]);
  });

  it('reads the people\'s own name in Arabic script', () => {
    expect(found('ug', 'قازاق خەلقى').map((f) => f.split('|')[0])).toEqual(['قازاق']);
    expect(found('ar', 'هاجر القازاق إلى الصين').map((f) => f.split('|')[0])).toEqual(['القازاق']);
  });

  it('keeps the Qazax district and the historical polities apart', () => {
    expect(found('de', 'Der Bezirk Qazax liegt im Westen Aserbaidschans')).toEqual([]);
    expect(found('az', 'Qazax sultanlığı ləğv edildi')).toEqual([]);
    expect(found('en', 'the Kazakh Sultanate and its rulers')).toEqual([]);
  });

  it('keeps a Cossack a Cossack outside Tatar pages', () => {
    expect(found('ru', 'казаки и казаклар')).toEqual([]);
    expect(found('tt', 'Казаклар килде')).toHaveLength(1);
  });
});

describe("a user's own entity", () => {
  const catalogue: Catalogue = {
    entities: [{
      id: 'user-tileuberdi', kind: 'person', highlight: true, description: '', displayNames: { en: 'Tileuberdi' },
      aliases: [
        { lang: 'en', tier: 'name', forms: ['Tileuberdi'] },
        { lang: 'hi', tier: 'name', forms: ['तिलेउबेर्दी'] },
      ],
    }],
    suffixSets: {},
    cues: {},
  };
  const matcher = createMatcherFromCompiled(compileCatalogue(catalogue));
  const user = (lang: string, text: string) => matcher.scan(text, { lang }).map((m) => m.surface);

  it('gets endings where the language has no model, and spellings by skeleton', () => {
    expect(user('ce', 'Tileuberdiгахь')).toEqual(['Tileuberdi']); // a Cyrillic ending on a Latin name: two words
    expect(user('is', 'Tileuberdis')).toEqual(['Tileuberdis']);
    expect(user('hi', 'तिलेउबेर्दि ने कहा')).toEqual(['तिलेउबेर्दि']);
    expect(user('hi', 'तिलउबरदी ने कहा')).toEqual(['तिलउबरदी']);
  });

  it('and its typing slips on pages in the alias language', () => {
    expect(user('en', 'Tileubredi said')).toEqual(['Tileubredi']);
    expect(user('en', 'Tileberdi said')).toEqual(['Tileberdi']);
  });
});
