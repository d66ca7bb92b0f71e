/**
 * The word-form model generates a name's forms from its own ending and vowels: checked here on
 * names the catalogue does not list form by form, and through the compiler (`inflect: true`)
 * into a matcher that finds them in sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, wordForms } from '@/lib/entities';
import { expandGroup } from '@/lib/entities/compile/expand';
import type { AliasGroup, Catalogue } from '@/lib/entities/types';
import { normaliseForMatch } from '@/lib/text/normalise';

const texts = (form: string, lang: string): string[] => wordForms(form, lang).map((f) => f.text);
const labelOf = (form: string, lang: string, text: string): string | undefined => wordForms(form, lang).find((f) => f.text === text)?.label;

describe('wordForms', () => {
  it('declines a Russian surname by its ending', () => {
    expect(texts('Токаев', 'ru')).toEqual(expect.arrayContaining(['Токаев', 'Токаева', 'Токаеву', 'Токаевым', 'Токаеве']));
    expect(labelOf('Токаев', 'ru', 'Токаева')).toBe('genitive');
    expect(labelOf('Токаев', 'ru', 'Токаевым')).toBe('instrumental');
    expect(wordForms('Токаев', 'ru')[0]).toEqual({ text: 'Токаев', label: 'nominative' });
  });

  it('declines Russian nouns of other classes, and leaves indeclinable ones and abbreviations alone', () => {
    expect(texts('Астана', 'ru')).toEqual(expect.arrayContaining(['Астаны', 'Астане', 'Астану', 'Астаной']));
    expect(texts('Африка', 'ru')).toContain('Африки'); // и after к, not ы
    expect(texts('Африка', 'ru')).not.toContain('Африкы');
    expect(texts('Израиль', 'ru')).toEqual(expect.arrayContaining(['Израиля', 'Израилю', 'Израилем', 'Израиле']));
    expect(texts('Монголия', 'ru')).toEqual(expect.arrayContaining(['Монголии', 'Монголию', 'Монголией']));
    expect(texts('Сочи', 'ru')).toEqual(['Сочи']);
    expect(texts('НАТО', 'ru')).toEqual(['НАТО']);
  });

  it('declines the head of a Russian phrase, which comes first', () => {
    expect(texts('Организация Договора о коллективной безопасности', 'ru')).toContain('Организации Договора о коллективной безопасности');
  });

  it('declines Ukrainian and Belarusian names', () => {
    expect(texts('Токаєв', 'uk')).toEqual(expect.arrayContaining(['Токаєва', 'Токаєву', 'Токаєвим', 'Токаєві']));
    expect(texts('Казахстан', 'uk')).toEqual(expect.arrayContaining(['Казахстану', 'Казахстаном', 'Казахстані']));
    expect(texts('Такаеў', 'be')).toEqual(expect.arrayContaining(['Такаева', 'Такаеву', 'Такаевым']));
  });

  it('follows Turkish vowel harmony and voicing after the apostrophe, and without it', () => {
    const forms = texts('Tokayev', 'tr');
    expect(forms).toEqual(expect.arrayContaining(["Tokayev'in", "Tokayev'e", "Tokayev'i", "Tokayev'de", "Tokayev'den", 'Tokayevden']));
    expect(texts('Kazakistan', 'tr')).toEqual(expect.arrayContaining(["Kazakistan'ın", "Kazakistan'a", "Kazakistan'da"]));
    expect(texts('Moskova', 'tr')).toEqual(expect.arrayContaining(["Moskova'nın", "Moskova'ya", "Moskova'yı"])); // buffer consonants after a vowel
    expect(texts('Bakü', 'tr')).toEqual(expect.arrayContaining(["Bakü'nün", "Bakü'ye"])); // front rounded
    expect(texts('Minsk', 'tr')).toEqual(expect.arrayContaining(["Minsk'te", "Minsk'ten"])); // voiceless final
    expect(labelOf('Tokayev', 'tr', "Tokayev'den")).toBe('ablative');
  });

  it('follows Azerbaijani and Kazakh harmony and assimilation', () => {
    expect(texts('Tokayev', 'az')).toEqual(expect.arrayContaining(['Tokayevin', 'Tokayevə', 'Tokayevdən']));
    expect(texts('Qazaxıstan', 'az')).toEqual(expect.arrayContaining(['Qazaxıstanın', 'Qazaxıstana', 'Qazaxıstandan']));
    expect(texts('Қазақстан', 'kk')).toEqual(expect.arrayContaining(['Қазақстанның', 'Қазақстанға', 'Қазақстанды', 'Қазақстанда', 'Қазақстаннан']));
    expect(texts('Ресей', 'kk')).toEqual(expect.arrayContaining(['Ресейдің', 'Ресейге', 'Ресейде', 'Ресейден']));
    // A Russian surname in Kazakh: back endings (the usual spelling) as well as front ones.
    expect(texts('Тоқаев', 'kk')).toEqual(expect.arrayContaining(['Тоқаевтың', 'Тоқаевқа', 'Тоқаевпен', 'Тоқаевке']));
  });

  it('adds the English possessive and the German genitive', () => {
    expect(texts('Tokayev', 'en')).toEqual(['Tokayev', "Tokayev's"]);
    expect(texts('Kasachstan', 'de')).toEqual(['Kasachstan', 'Kasachstans']);
    expect(texts('Minsk', 'de')).toContain('Minsks');
    expect(texts('Paris', 'de')).toEqual(['Paris', "Paris'"]);
  });

  it('returns the bare form alone for a language it does not model, and normalised forms always', () => {
    expect(wordForms('Kazakhstan', 'xx')).toEqual([{ text: 'Kazakhstan' }]);
    for (const lang of ['ru', 'uk', 'be', 'tr', 'az', 'kk', 'en', 'de']) {
      for (const f of wordForms('Tokayev Токаев Тоқаев', lang)) expect(normaliseForMatch(f.text), `${lang} ${f.text}`).toBe(f.text);
    }
  });
});

describe('inflect: true in the catalogue', () => {
  const group = (g: Partial<AliasGroup> & Pick<AliasGroup, 'lang' | 'forms'>): AliasGroup => ({ tier: 'name', inflect: true, ...g });

  it('makes expandGroup return the generated forms with their labels', () => {
    const forms = expandGroup(group({ lang: 'ru', forms: ['Токаев'] }), {});
    expect(forms).toEqual(expect.arrayContaining([{ text: 'Токаева', label: 'genitive' }, { text: 'Токаевым', label: 'instrumental' }]));
  });

  it('inflects the word that ends at ~, and keeps the hand-written labels first', () => {
    const forms = expandGroup(group({ lang: 'ru', forms: ['Организация~ Северного договора'] }), {});
    expect(forms.map((f) => f.text)).toContain('Организацией Северного договора');
    const withSet = expandGroup(group({ lang: 'ru', forms: ['Израил~'], suffixes: 'soft' }), { soft: { lang: 'ru', endings: [['ь', 'nominative, listed']] } });
    expect(withSet[0]).toEqual({ text: 'Израиль', label: 'nominative, listed' });
    expect(withSet.map((f) => f.text)).toEqual(expect.arrayContaining(['Израиля', 'Израилем']));
  });

  it('lets a matcher find the generated forms in running text, in each language', () => {
    const catalogue: Catalogue = {
      entities: [
        {
          id: 'person',
          kind: 'person',
          highlight: true,
          description: 'A watched politician (test entity).',
          displayNames: { en: 'Aliyev' },
          aliases: [
            group({ lang: 'en', forms: ['Berdimuhamedow'] }),
            group({ lang: 'ru', forms: ['Бердымухамедов'] }),
            group({ lang: 'tr', forms: ['Berdimuhamedov'] }),
            group({ lang: 'kk', forms: ['Бердімұхамедов'] }),
          ],
        },
      ],
      suffixSets: {},
      cues: {},
    };
    const matcher = createMatcher({ catalogue });
    const surfaces = (text: string, lang: string) => matcher.scan(text, { lang }).map((m) => `${m.surface}|${m.form ?? ''}`);
    expect(surfaces('Переговоры с Бердымухамедовым продлились три часа.', 'ru')).toEqual(['Бердымухамедовым|instrumental']);
    expect(surfaces('Ankara, Berdimuhamedov’un ziyaretini ve Berdimuhamedov’a verilen ödülü konuştu.', 'tr')).toEqual([
      'Berdimuhamedov’un|genitive',
      'Berdimuhamedov’a|dative',
    ]);
    expect(surfaces('Berdimuhamedow’s visit to Ashgabat ended early.', 'en')).toEqual(['Berdimuhamedow’s|possessive']);
    expect(surfaces('Президент Бердімұхамедовпен телефон арқылы сөйлесті.', 'kk')).toEqual(['Бердімұхамедовпен|instrumental']);
  });
});
