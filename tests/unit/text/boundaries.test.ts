import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';
import { classOfCodePoint, DENSE, HANGUL, joins, KATAKANA, NEUTRAL, NONWORD } from '@/lib/text/char-class';

const matcher = createMatcher();
const all = new Set(['kazakhstan', 'csto', 's300', 'russia', 'belarus', 'moscow', 'israel', 'nato', 'ukraine']);
const surfaces = (text: string, lang?: string): string[] => matcher.scan(text, { entities: all, ...(lang ? { lang } : {}) }).map((m) => m.surface);

const cls = (ch: string): number => classOfCodePoint(ch.codePointAt(0) ?? 0);

describe('character classes', () => {
  it('treats marks as word characters and digits as neutral', () => {
    expect(joins(cls('ल'), cls('ा'))).toBe(true); // Devanagari vowel sign
    expect(cls('7')).toBe(NEUTRAL);
    expect(joins(cls('S'), cls('3'))).toBe(true);
    expect(joins(cls('س'), cls('3'))).toBe(true);
  });

  it('separates letters of different scripts', () => {
    expect(joins(cls('S'), cls('ل'))).toBe(false);
    expect(joins(cls('C'), cls('н'))).toBe(false);
  });

  it('classifies scripts without spaces', () => {
    expect(cls('哈')).toBe(DENSE);
    expect(cls('の')).toBe(DENSE);
    expect(cls('ค')).toBe(DENSE);
    expect(cls('カ')).toBe(KATAKANA);
    expect(cls('ー')).toBe(KATAKANA);
    expect(cls('카')).toBe(HANGUL);
    expect(cls('・')).toBe(NONWORD);
    expect(cls('-')).toBe(NONWORD);
  });
});

describe('boundaries by script family', () => {
  it('Latin: no match inside a longer word, punctuation and apostrophes are boundaries', () => {
    expect(surfaces('Prussia and Borussia')).toEqual([]);
    expect(surfaces('pro-Russia rally')).toEqual(['Russia']);
    expect(surfaces("l'OTSC")).toEqual(["OTSC"]);
    expect(surfaces('(Kazakhstan),')).toEqual(['Kazakhstan']);
    expect(surfaces('Kazakhstanis')).toEqual(['Kazakhstanis']);
    expect(surfaces('KazakhstanX')).toEqual([]);
  });

  it('Cyrillic: whole words with closed case endings only', () => {
    expect(surfaces('в Казахстан сегодня')).toEqual(['Казахстан']);
    expect(surfaces('Казахстанах')).toEqual([]);
    expect(surfaces('ВОДКБ')).toEqual([]);
    expect(surfaces('Беларусь и Россия')).toEqual(['Беларусь', 'Россия']);
  });

  it('Arabic: attached proclitics are part of the word, other letters before are not', () => {
    expect(surfaces('وكازاخستان')).toEqual(['وكازاخستان']);
    expect(surfaces('ولكازاخستان')).toEqual(['ولكازاخستان']);
    expect(surfaces('بيلاروس')).toEqual(['بيلاروس']); // not روس (Russia) inside Belarus
    expect(surfaces('تسلمت منظومة الـS-300')).toEqual(['S-300']);
  });

  it('Hebrew: prefixes attach directly or with a maqaf/hyphen before Latin', () => {
    expect(surfaces('בקזחסטן')).toEqual(['בקזחסטן']);
    expect(surfaces('ה\u05BES-300')).toEqual(['S-300']);
  });

  it('Devanagari: vowel signs are not boundaries', () => {
    expect(surfaces('बेलारूस')).toEqual(['बेलारूस']);
    expect(surfaces('रूस-कजाकिस्तान')).toEqual(['रूस', 'कजाकिस्तान']);
  });

  it('Chinese: substrings with negative context', () => {
    expect(surfaces('俄罗斯和白俄罗斯')).toEqual(['俄罗斯', '白俄罗斯']);
    expect(surfaces('中国与哈萨克斯坦的关系')).toEqual(['哈萨克斯坦']);
    expect(surfaces('集安市')).toEqual([]);
    expect(surfaces('S-300防空导弹')).toEqual(['S-300']);
  });

  it('Japanese: katakana names may not sit inside a longer katakana word; particles follow', () => {
    expect(surfaces('カザフスタンの首都')).toEqual(['カザフスタン']);
    expect(surfaces('ロシアとベラルーシ')).toEqual(['ロシア', 'ベラルーシ']);
    expect(surfaces('CSTOが部隊を派遣')).toEqual(['CSTO']);
  });

  it('Korean: a name starts a word and particles attach', () => {
    expect(surfaces('카자흐스탄에서')).toEqual(['카자흐스탄']);
    expect(surfaces('벨라루스와 러시아는')).toEqual(['벨라루스', '러시아']);
  });

  it('Thai: substring matching', () => {
    expect(surfaces('ประเทศคาซัคสถานและ')).toEqual(['คาซัคสถาน']);
  });
});
