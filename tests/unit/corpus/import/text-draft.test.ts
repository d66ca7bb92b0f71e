/** Text without metadata of its own becomes a draft with its language detected and nothing else guessed. */
import { describe, expect, it } from 'vitest';
import { UNKNOWN_DATE } from '@/lib/corpus/import/draft';
import { textDraft } from '@/lib/corpus/import/text-draft';

describe('textDraft', () => {
  it('detects the language, leaves the date unknown and source, URL and byline empty', () => {
    const text = 'The foreign minister said on Tuesday that the talks with the neighbouring countries would continue next month in the capital.';
    expect(textDraft('note.md', 'md', 'Talks', text)).toEqual({
      file: 'note.md', format: 'md', title: 'Talks', text, language: 'en', date: UNKNOWN_DATE, source: '', url: '', byline: '',
    });
  });

  it('says it cannot tell the language of a text too short to tell', () => {
    expect(textDraft('pasted', 'paste', 'ok', 'ok').language).toBeNull();
  });
});
