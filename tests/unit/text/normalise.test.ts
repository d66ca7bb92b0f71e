import { describe, expect, it } from 'vitest';
import { createNormaliser, foldForMatch, normalise, normaliseForMatch } from '@/lib/text/normalise';

/** The original substring behind normalised units [from, to). */
function original(text: string, from: number, to: number): string {
  const n = normalise(text);
  return text.slice(n.starts[from], n.ends[to - 1]);
}

describe('folds', () => {
  it.each([
    ['non-breaking hyphen U+2011', 'S\u2011300', 'S-300'],
    ['hyphen U+2010', 'S\u2010300', 'S-300'],
    ['figure dash U+2012', 'S\u2012300', 'S-300'],
    ['en dash', 'S\u2013300', 'S-300'],
    ['em dash (Xinhua style)', 'S\u2014300', 'S-300'],
    ['horizontal bar', 'S\u2015300', 'S-300'],
    ['minus sign', 'S\u2212300', 'S-300'],
    ['small hyphen-minus', 'S\uFE63300', 'S-300'],
    ['full-width forms', 'Ｓ－３００', 'S-300'],
    ['Armenian hyphen', 'ՀԱՊԿ\u058Aի', 'ՀԱՊԿ-ի'],
    ['Hebrew maqaf', 'ה\u05BECSTO', 'ה-CSTO'],
    ['box-drawing heavy horizontal, a dash in CJK text', 'S\u2501300', 'S-300'],
    ['box-drawing light horizontal', 'S\u2500300', 'S-300'],
    ['double hyphen (any Dash_Punctuation)', 'S\u2E40300', 'S-300'],
    ['heavy minus sign', 'S\u2796300', 'S-300'],
    ['mathematical letters and digits', '𝐒-𝟑𝟎𝟎', 'S-300'],
  ])('%s', (_, input, expected) => {
    expect(normaliseForMatch(input)).toBe(expected);
  });

  it.each([
    ['NBSP', 'S\u00A0300'],
    ['narrow NBSP', 'S\u202F300'],
    ['thin space', 'S\u2009300'],
    ['ideographic space', 'S\u3000300'],
    ['tab and newline', 'S\t\n300'],
  ])('spaces: %s becomes one space', (_, input) => {
    expect(normaliseForMatch(input)).toBe('S 300');
  });

  it.each([
    ['right single quote', 'Kazakistan\u2019ın'],
    ['left single quote (Uzbek)', 'Qozog\u2018iston'],
    ['modifier letter turned comma (Uzbek oʻ)', 'Qozog\u02BBiston'],
    ['modifier letter apostrophe', 'KGAÖ\u02BCya'],
    ['acute accent', 'l\u00B4OTSC'],
    ['grave accent', 'l`OTSC'],
    ['full-width apostrophe', 'l\uFF07OTSC'],
  ])('apostrophes: %s becomes U+0027', (_, input) => {
    expect(normaliseForMatch(input)).toBe(input.replace(/[\u2019\u2018\u02BB\u02BC\u00B4`\uFF07]/u, "'"));
  });

  it.each([
    ['soft hyphen', 'Ka\u00ADzakh\u00ADstan'],
    ['zero-width space', 'Kazakh\u200Bstan'],
    ['zero-width joiner', 'Kazakh\u200Dstan'],
    ['zero-width non-joiner', 'Kazakh\u200Cstan'],
    ['word joiner', 'Kazakh\u2060stan'],
    ['BOM', '\uFEFFKazakhstan'],
    ['bidi marks and isolates', '\u200EKaz\u200Fakh\u2066stan\u2069'],
    ['variation selector', 'Kazakh\uFE0Fstan'],
  ])('invisible characters inside words: %s', (_, input) => {
    expect(normaliseForMatch(input)).toBe('Kazakhstan');
  });

  it('merges precomposed and decomposed Devanagari nukta, and drops the nukta', () => {
    const precomposed = '\u0915\u095B\u093E\u0959\u0938\u094D\u0924\u093E\u0928';
    const decomposed = '\u0915\u091C\u093C\u093E\u0916\u093C\u0938\u094D\u0924\u093E\u0928';
    expect(normaliseForMatch(precomposed)).toBe('कजाखस्तान');
    expect(normaliseForMatch(decomposed)).toBe('कजाखस्तान');
    expect(normaliseForMatch('\u0929')).toBe('\u0928'); // ऩ, which NFKC keeps composed
  });

  it('folds Devanagari candra variants (मॉस्को = मास्को)', () => {
    expect(normaliseForMatch('मॉस्को')).toBe('मास्को');
  });

  it('uses locale-independent case folding with the Turkish İ/ı fixes', () => {
    expect(foldForMatch('KAZAKİSTAN')).toBe('kazakistan');
    expect(foldForMatch('Qazaxıstan')).toBe('qazaxistan');
    expect(foldForMatch('ISRAEL')).toBe('israel');
    expect(foldForMatch('ΚΑΖΑΚΣΤΆΝ')).toBe(foldForMatch('καζακστάν'));
    expect(foldForMatch('Сергеевич ёлка')).toBe('сергеевич елка');
    // The case-preserving copy keeps İ: abbreviations match there.
    expect(normaliseForMatch('KAZAKİSTAN')).toBe('KAZAKİSTAN');
  });

  it.each([
    ['alef with hamza above', 'أس-300', 'اس-300'],
    ['alef with hamza below', 'إس-300', 'اس-300'],
    ['alef with madda', 'آستانه', 'استانه'],
    ['Persian yeh', 'روسیه', 'روسيه'],
    ['alef maksura', 'موسى', 'موسي'],
    ['Persian keheh', 'کیف', 'كيف'],
    ['Urdu heh goal', 'جمہوریہ', 'جمهوريه'],
    ['tatweel', 'كازاخـستان', 'كازاخستان'],
    ['harakat', 'كَازَاخِسْتَان', 'كازاخستان'],
  ])('Arabic script: %s', (_, input, expected) => {
    expect(normaliseForMatch(input)).toBe(expected);
  });

  it('removes Hebrew points and folds gershayim and geresh', () => {
    expect(normaliseForMatch('קָזַחְסְטָן')).toBe('קזחסטן');
    expect(normaliseForMatch('נאט״ו')).toBe('נאט"ו');
    expect(normaliseForMatch('ג׳')).toBe("ג'");
  });

  it.each([
    ['Arabic-Indic', 'اس-٣٠٠'],
    ['Persian', 'اس-۳۰۰'],
    ['Devanagari', 'اس-३००'],
    ['Bengali', 'اس-৩০০'],
    ['Thai', 'اس-๓๐๐'],
  ])('native digits: %s', (_, input) => {
    expect(normaliseForMatch(input)).toBe('اس-300');
  });

  it('composes decomposed Latin and half-width katakana like NFKC', () => {
    expect(normaliseForMatch('Kazachsta\u0301n')).toBe('Kazachstán');
    expect(normaliseForMatch('ｶｻﾞﾌｽﾀﾝ')).toBe('カザフスタン');
  });
});

describe('offset map', () => {
  it('maps every normalised unit back to its original characters', () => {
    const text = 'Ka\u00ADzakh\u200Bstan  e\u0301 Ｓ';
    const n = normalise(text);
    const upper = String.fromCharCode(...n.upper.subarray(0, n.length));
    expect(upper).toBe('Kazakhstan é S');
    expect(original(text, 0, 10)).toBe('Ka\u00ADzakh\u200Bstan');
    // The collapsed run of spaces maps to its first space; the composed é to both code points.
    const e = upper.indexOf('é');
    expect(text.slice(n.starts[e], n.ends[e])).toBe('e\u0301');
    expect(text.slice(n.starts[n.length - 1], n.ends[n.length - 1])).toBe('Ｓ');
  });

  it('keeps surrogate pairs whole and passes lone surrogates through', () => {
    const text = 'a\uD835\uDC12b\uD800c\uDC00';
    const n = normalise(text);
    expect(String.fromCharCode(...n.upper.subarray(0, n.length))).toBe('aSb\uD800c\uDC00');
    expect(text.slice(n.starts[1], n.ends[1])).toBe('\uD835\uDC12');
  });

  it('reuses buffers across calls without leaking the previous text', () => {
    const normaliser = createNormaliser(4);
    normaliser.normalise('Kazakhstan and a much longer block of text than before');
    const n = normaliser.normalise('ОДКБ');
    expect(n.length).toBe(4);
    expect(String.fromCharCode(...n.upper.subarray(0, n.length))).toBe('ОДКБ');
  });

  it('grows past the initial capacity when NFKC expands characters', () => {
    const text = '\uFB03'.repeat(50); // ﬃ → ffi
    const n = createNormaliser(4).normalise(text);
    expect(n.length).toBe(150);
    expect(n.starts[149]).toBe(49);
  });
});

describe('folds added by the audit', () => {
  it.each([
    ['Greek capitals without accents', 'ΚΑΖΑΚΣΤΑΝ', 'Καζακστάν'],
    ['Greek tonos', 'Καζαχική', 'καζαχικη'],
    ['Greek dialytika with tonos', 'ΐ', 'ϊ'],
    ['Greek decomposed accent', 'Καζακστα\u0301ν', 'ΚΑΖΑΚΣΤΑΝ'],
    ['Romanian comma below and cedilla', 'Organizației', 'Organizaţiei'],
    ['Romanian capitals', 'ȘȚ', 'ŞŢ'],
  ])('%s', (_, a, b) => {
    expect(foldForMatch(a)).toBe(foldForMatch(b));
  });

  it('keeps the case-preserving copy of Greek accented (abbreviations match there)', () => {
    expect(normaliseForMatch('Καζακστάν')).toBe('Καζακστάν');
    expect(foldForMatch('Καζακστάν')).toBe('καζακσταν');
  });

  it('folds Romanian ș/ț in the case-preserving copy too, one unit each', () => {
    expect(normaliseForMatch('Organizația')).toBe('Organizaţia');
    expect(normalise('ș').length).toBe(1);
  });
});
