/** The document batch schema: its precompiled validator is current, and the schema says what it means. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchValidatorSource, GENERATED_PATH } from '@/lib/corpus/import/node/batch-validator-source';
import { validateDocument } from '@/lib/corpus/import/batch-validator.generated.js';

describe('document-batch.schema.json', () => {
  it('matches the precompiled validator shipped with the extension (run npm run gen:validator)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(batchValidatorSource());
  });

  it('accepts text or paragraphs, not both, not neither', () => {
    expect(validateDocument({ title: 'T', text: 'Body' })).toBe(true);
    expect(validateDocument({ title: 'T', paragraphs: ['One', 'Two'] })).toBe(true);
    expect(validateDocument({ title: 'T', text: 'Body', paragraphs: ['One'] })).toBe(false);
    expect(validateDocument({ title: 'T' })).toBe(false);
  });

  it('checks the language tag, the date precision, the URL scheme and unknown fields', () => {
    const ok = { title: 'T', text: 'Body', language: 'kk-Cyrl', date: { value: '2010/2013', precision: 'year-range' }, url: 'https://a.invalid/x' };
    expect(validateDocument(ok)).toBe(true);
    expect(validateDocument({ ...ok, language: 'english please' })).toBe(false);
    expect(validateDocument({ ...ok, date: { value: '2020', precision: 'decade' } })).toBe(false);
    expect(validateDocument({ ...ok, url: 'javascript:alert(1)' })).toBe(false);
    expect(validateDocument({ ...ok, author: 'someone' })).toBe(false);
    expect(validateDocument({ ...ok, title: '   ' })).toBe(false);
  });
});
