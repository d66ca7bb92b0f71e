/**
 * Latin transliterations of Cyrillic names (lib/entities/forms/transliterate.ts), checked against
 * spellings in use: BGN/PCGN (Tokayev, Yeltsin), the press (Tokaev, Kollektivnoi), the scholarly
 * system (Organizacija), ISO 9 (Organizaciâ) and Ukraine's national system (Zelenskyi, Yuzhne).
 */
import { describe, expect, it } from 'vitest';
import { transliterations } from '@/lib/entities/forms/transliterate';
import { compileCatalogue } from '@/lib/entities/compile/compile';
import { createMatcherFromCompiled } from '@/lib/entities/scan/scan';

const spellings = (name: string, lang: string): string[] => transliterations(name, lang).map(([text]) => text);

describe('transliterations', () => {
  it('writes Russian names by BGN/PCGN, the press, the scholarly system and ISO 9', () => {
    expect(spellings('Токаев', 'ru')).toEqual(['Tokayev', 'Tokaev', 'Tokajev', 'Tokajew', 'Tokaïev']);
    expect(spellings('Ельцин', 'ru')).toContain('Yeltsin');
    expect(spellings('Щучинск', 'ru')).toEqual(expect.arrayContaining(['Shchuchinsk', 'Ščučinsk', 'Ŝučinsk']));
    expect(spellings('Организация', 'ru')).toEqual(['Organizatsiya', 'Organizacija', 'Organizaciâ', 'Organyizacija', 'Organisazija', 'Organizatsia']);
  });

  it('writes Russian names as Hungarian, German and French copy spells them', () => {
    // Hungarian: д, т, н softened before a soft vowel (Medvegyev, Putyin), sz for с, ssz doubled.
    expect(spellings('Медведев', 'ru')).toContain('Medvegyev');
    expect(spellings('Путин', 'ru')).toContain('Putyin');
    expect(spellings('Россия', 'ru')).toContain('Rosszija');
    expect(spellings('Организация Договора о коллективной безопасности', 'ru')).toEqual(expect.arrayContaining([
      'Organyizacija Dogovora o kollektyivnoj bezopasznosztyi',
      'Organisazija Dogowora o kollektiwnoi besopasnosti',
      'Organizatsia Dogovora o kollektivnoï bezopasnosti',
    ]));
    expect(spellings('Медведев', 'ru')).toContain('Medwedew');
    expect(spellings('Ельцин', 'ru')).toContain('Jelzin');
    expect(spellings('Шойгу', 'ru')).toContain('Choïgou');
  });

  it('writes Ukrainian names by the national system, with y- only at the start of a word', () => {
    expect(spellings('Зеленський', 'uk')).toContain('Zelenskyi');
    expect(spellings('Южне', 'uk')).toContain('Yuzhne');
    expect(spellings('Організація', 'uk')).toContain('Orhanizatsiia');
  });

  it('leaves other languages and scripts alone', () => {
    expect(spellings('Қазақстан', 'ru')).toEqual([]); // a Kazakh letter: not Russian
    expect(spellings('Kazakhstan', 'ru')).toEqual([]);
    expect(spellings('Токаев', 'kk')).toEqual([]);
  });

  it("gives a user's Russian name its Latin spellings in the matcher", () => {
    const matcher = createMatcherFromCompiled(compileCatalogue({
      entities: [{ id: 'user-x', kind: 'person', highlight: true, description: '', displayNames: { en: 'X' }, aliases: [{ lang: 'ru', tier: 'name', forms: ['Смаилов'], inflect: true }] }],
      suffixSets: {},
      cues: {},
    }));
    expect(matcher.scan('Prime Minister Smailov resigned.', { lang: 'en' }).map((m) => `${m.surface}|${m.form ?? ''}`)).toEqual(['Smailov|BGN/PCGN']);
  });
});
