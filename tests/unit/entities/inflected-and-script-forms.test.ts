/**
 * Inflected, transliterated and script forms of each watched entity (case endings, other scripts,
 * abbreviations in several languages, designations and reporting names), each found as the right
 * entity with offsets into the original text.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';

const matcher = createMatcher();

const examples: readonly (readonly [string, string])[] = [
  ['Казахстана', 'kazakhstan'], ['Казахстаном', 'kazakhstan'], ['Kazachstanu', 'kazakhstan'], ['Kasachstans', 'kazakhstan'],
  ["Kazakistan'ın", 'kazakhstan'], ['Qazaqstannyñ', 'kazakhstan'], ['Қазақстан', 'kazakhstan'], ['कज़ाख़स्तान', 'kazakhstan'],
  ['कजाकिस्तान', 'kazakhstan'], ['كازاخستان', 'kazakhstan'], ['哈萨克斯坦', 'kazakhstan'], ['カザフスタン', 'kazakhstan'],
  ['카자흐스탄', 'kazakhstan'],
  ['CSTO', 'csto'], ['ОДКБ', 'csto'], ['OTSC', 'csto'], ['OVKS', 'csto'], ['KGAÖ', 'csto'], ['ҰҚШҰ', 'csto'], ['集安组织', 'csto'],
  ['सीएसटीओ', 'csto'], ['Collective Security Organization (CSTO)', 'csto'],
  ['S-300', 's300'], ['С-300', 's300'], ['S300 missile', 's300'], ['S-300PMU-2', 's300'], ['С-300ПМУ-1', 's300'], ['S-300V4', 's300'],
  ['إس-300', 's300'], ['SA-20 Gargoyle', 's300'],
];

const typography: readonly (readonly [string, string])[] = [
  ['non-breaking hyphen', 'S\u2011300'], ['en dash', 'S\u2013300'], ['em dash', 'S\u2014300'], ['minus sign', 'S\u2212300'],
  ['full-width forms', 'Ｓ－３００'], ['soft hyphen inside a word', 'Kazakh\u00ADstan'], ['zero-width space inside a word', 'Kazakh\u200Bstan'],
  ['zero-width joiner inside a word', 'Kazakh\u200Dstan'],
  ['precomposed nukta', '\u0915\u095B\u093E\u0959\u0938\u094D\u0924\u093E\u0928'],
  ['decomposed nukta', '\u0915\u091C\u093C\u093E\u0916\u093C\u0938\u094D\u0924\u093E\u0928'],
];

const nearMisses: readonly (readonly [string, string])[] = [
  ['S-400', 's300'], ['S-3000', 's300'], ['Mercedes S 300', 's300'], ['Canon PowerShot S300', 's300'], ['Schweizer S-300C', 's300'],
  ['Kyrgyzstan', 'kazakhstan'], ['Тверская ОДКБ', 'csto'], ['ОДКБ №1 — областная детская клиническая больница', 'csto'],
  ['https://www.csto.int/news/csto', 'csto'], ['see https://odkb-csto.org/CSTO/ for details', 'csto'],
  ['Q1NUTw==CSTO+aGVsbG8gd29ybGQ9PQ==', 'csto'], ['Kazakh is a Turkic language.', 'kazakhstan'], ['Kazakh language', 'kazakhstan'],
];

describe('forms of the watched entities', () => {
  it.each(examples)('%s → %s, surface and offsets from the original text', (text, entity) => {
    const [m] = matcher.scan(text);
    expect(m?.entity).toBe(entity);
    expect(m && text.slice(m.start, m.end)).toBe(m?.surface);
  });

  it.each(typography)('typography: %s', (_, text) => {
    const [m] = matcher.scan(`in ${text} today`);
    expect(m?.surface).toBe(text);
  });

  it.each(nearMisses)('never: %s', (text, entity) => {
    expect(matcher.scan(text).map((m) => m.entity)).not.toContain(entity);
  });
});
