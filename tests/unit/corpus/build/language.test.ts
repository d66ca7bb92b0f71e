import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/lib/corpus/build/language';
import { sentenceRanges, splitParagraphs } from '@/lib/corpus/build/segment';

describe('detectLanguage', () => {
  it.each([
    ['Reportedly Tokayev had a meeting with Putin in Moscow', 'hi', 'en', 'Latn'],
    ['— OsintTv📺 (@OsintTv) November 28, 2022', 'hi', 'en', 'Latn'],
    ['Ang isa pang aspeto sa ugnayan ng militar ng Ukraine', 'tl', 'tl', 'Latn'],
    ['Ang isa pang aspeto sa ugnayan ng militar ng Ukraine', 'en', 'tl', 'Latn'],
    ['Президент Казахстана встретился с Путиным', 'en', 'ru', 'Cyrl'],
    ['Президент Казахстану зустрівся з Путіним, і це їхня зустріч', 'ru', 'uk', 'Cyrl'],
    ['Қазақстан Президенті Мәскеуде', 'ru', 'kk', 'Cyrl'],
    ['कज़ाख़स्तान के राष्ट्रपति', 'hi', 'hi', 'Deva'],
    ['哈萨克斯坦总统', 'en', 'zh', 'Hani'],
    ['Le président kazakh a rencontré', 'fr', 'fr', 'Latn'],
    ['2022 — 28.11', 'hi', 'hi', 'Zyyy'],
  ])('%s (document %s) → %s/%s', (text, doc, lang, script) => {
    expect(detectLanguage(text, doc)).toEqual({ lang, script });
  });
});

describe('segmentation', () => {
  it('splits paragraphs on lines, dropping blank lines and \\r', () => {
    expect(splitParagraphs('one\r\n\n  \ntwo\nthree')).toEqual([
      { text: 'one', number: 1 }, { text: 'two', number: 2 }, { text: 'three', number: 3 },
    ]);
  });

  it('gives trimmed sentence ranges', () => {
    const text = 'First one.  Second one! Third?';
    expect(sentenceRanges(text, 'en').map(([s, e]) => text.slice(s, e))).toEqual(['First one.', 'Second one!', 'Third?']);
    expect(sentenceRanges('x', 'zz-invalid-tag')).toEqual([[0, 1]]);
  });
});
