/** The language of an imported document: told from enough letters, or asked for. */
import { describe, expect, it } from 'vitest';
import { detectDocumentLanguage } from '@/lib/corpus/import/language';

describe('detectDocumentLanguage', () => {
  it('tells a language from ordinary prose', () => {
    expect(detectDocumentLanguage('The ministers met in Astana on Tuesday and agreed to meet again in the spring, officials said.')).toBe('en');
    expect(detectDocumentLanguage('Министры встретились в Астане во вторник и договорились встретиться снова весной.')).toBe('ru');
  });

  it('does not guess from figures and designations with a handful of letters', () => {
    const figures = 'S-300 — 1983 · 1987 · 1991 · 1994 · 1996 · 1999 · 2001 · 2004 · 2007 · 2010 — 48 / 55 / 82 / 83 — 150 · 200 · 250.';
    expect(detectDocumentLanguage(figures)).toBeNull();
    // …and then takes the page's own `lang` when it has one.
    expect(detectDocumentLanguage(figures, 'kk')).toBe('kk');
  });
});
