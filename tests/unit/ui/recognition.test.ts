/** The card's "recognised as" line, from a mention, through _locales. */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';
import { describeRecognition } from '@/lib/ui/recognition';

const matcher = createMatcher();
const first = (text: string, lang?: string) => {
  const mention = matcher.scan(text, { lang })[0];
  if (!mention) throw new Error(`no mention in ${text}`);
  return mention;
};

describe('describeRecognition', () => {
  it('names the language, then the grammatical form', () => {
    expect(describeRecognition(first('в Казахстана', 'ru'))).toBe('Казахстана — Russian, genitive');
    expect(describeRecognition(first('Kazakistan’ın', 'tr'))).toMatch(/^Kazakistan’ın — Turkish, /);
  });

  it('says what kind of alias matched when no form is known', () => {
    expect(describeRecognition({ entity: 'csto', start: 0, end: 4, surface: 'CSTO', tier: 'abbreviation' })).toBe('CSTO — abbreviation');
    expect(describeRecognition({ entity: 'kazakhstan', start: 0, end: 5, surface: 'Qazaq', tier: 'weak', language: 'kk' })).toBe('Qazaq — Kazakh, loose name, confirmed by context');
  });
});
