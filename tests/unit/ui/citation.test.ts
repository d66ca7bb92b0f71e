import { describe, expect, it } from 'vitest';
import type { PassageView } from '@/lib/corpus/types';
import { citationMarkdown, citationPlain } from '@/lib/ui/citation';
import { formatDate, languageName } from '@/lib/ui/format';

const passage: PassageView = {
  id: '000_64255a36b834ab02#4',
  document: {
    id: '000_64255a36b834ab02',
    origin: 'bundled',
    file: '000_64255a36b834ab02.txt',
    language: 'tl',
    title: { text: "Kazakhstan's arms market", language: 'en', editorial: true },
    source: 'seed document; publisher unknown',
    date: { refersTo: 'content', precision: 'year-range', value: '2010/2013', inferredFrom: 'content' },
    published: { refersTo: 'publication', precision: 'unknown', value: null, inferredFrom: 'none' },
  },
  paragraph: 4,
  text: 'Tulad ng para sa mga S-300 na mga kumplikado.',
  language: 'tl',
  script: 'Latn',
  sentences: [[0, 45]],
  mentions: [{ entity: 's300', start: 20, end: 25, tier: 'name' }],
  entities: ['s300'],
  translation: { text: 'As for the S-300 complexes.', language: 'en', kind: 'editorial', mentions: [] },
  originalEnglish: false,
  citation: { corpusVersion: 'c31c39a7f6dd0123456789', documentId: '000_64255a36b834ab02', passageId: '000_64255a36b834ab02#4', paragraph: 4 },
};

describe('citations', () => {
  it('plain text: quote, flagged translation, editorial title, dated honestly, corpus id', () => {
    expect(citationPlain(passage)).toBe(
      [
        '“Tulad ng para sa mga S-300 na mga kumplikado.”',
        "Translation (editorial, by Backstory; not the publisher's): “As for the S-300 complexes.”",
        "— Kazakhstan's arms market [title by Backstory]. seed document; publisher unknown. c. 2010–2013. In Tagalog. Backstory corpus c31c39a7f6dd, document 000_64255a36b834ab02, paragraph 4.",
      ].join('\n'),
    );
  });

  it('Markdown: a block quote with the translation flagged and the source escaped', () => {
    const md = citationMarkdown(passage);
    expect(md.startsWith('> Tulad ng para sa mga S-300 na mga kumplikado.\n>\n> *Translation (editorial')).toBe(true);
    expect(md).toContain("*Kazakhstan's arms market \\[title by Backstory\\]*");
    expect(md).toContain('`Backstory corpus c31c39a7f6dd, document 000_64255a36b834ab02, paragraph 4`');
  });

  it('leaves the translation out when there is none', () => {
    expect(citationPlain({ ...passage, translation: null })).not.toContain('Translation');
  });
});

describe('formats', () => {
  it('dates only as precisely as known', () => {
    const base = { refersTo: 'event' as const, inferredFrom: '' };
    expect(formatDate({ ...base, precision: 'day', value: '2022-11-28' })).toBe('28 November 2022');
    expect(formatDate({ ...base, precision: 'month', value: '2022-11' })).toBe('November 2022');
    expect(formatDate({ ...base, precision: 'year', value: '2022' })).toBe('2022');
    expect(formatDate({ ...base, precision: 'unknown', value: null })).toBe('date unknown');
  });

  it('names languages, Tagalog included', () => {
    expect(languageName('tl')).toBe('Tagalog');
    expect(languageName('hi')).toBe('Hindi');
  });
});
