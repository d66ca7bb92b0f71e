/**
 * The seed documents are evidence: byte-identical to the originals. Their manifests are
 * editorial work a journalist will quote: complete, honest about dates, marked as editorial.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, type Manifest } from '@/lib/corpus/build/manifest';
import { splitParagraphs } from '@/lib/corpus/build/segment';
import { readSourceDocuments } from '@/lib/corpus/node/seeds';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const EXPECTED: Record<string, string> = {
  '000_64255a36b834ab02.txt': '3cd1639e3e909eb2cb811449096f9b6b23cfb48c3d5fcb816933a5d381cfa611',
  '001_f757772c22decdf9.txt': 'c17fc0d90de3a702949873daeec2e56be34e6ffe2873c55d353e7e56ef780e7e',
};

function manifest(id: string): Manifest {
  return parseManifest(JSON.parse(readFileSync(join(SEEDS, `${id}.json`), 'utf8')), id);
}

describe('seed documents', () => {
  it('are byte-identical to the originals', () => {
    for (const [file, sha] of Object.entries(EXPECTED)) {
      expect(createHash('sha256').update(readFileSync(join(SEEDS, file))).digest('hex'), file).toBe(sha);
    }
  });

  it('each have a valid manifest that matches the text, paragraph for paragraph', async () => {
    const docs = await readSourceDocuments(SEEDS);
    expect(docs.map((d) => d.manifest.file).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const { manifest: m, text } of docs) {
      expect(m.sha256).toBe(EXPECTED[m.file]);
      const paragraphs = splitParagraphs(text);
      expect(m.paragraphs).toHaveLength(paragraphs.length);
      expect(m.title.editorial).toBe(true);
      expect(m.translation).toMatchObject({ language: 'en', editorial: true });
      expect(m.source).toBe('seed document; publisher unknown');
    }
  });

  it('never claim an exact publication date', () => {
    for (const id of ['000_64255a36b834ab02', '001_f757772c22decdf9']) {
      expect(manifest(id).published).toMatchObject({ precision: 'unknown', value: null });
    }
    expect(manifest('000_64255a36b834ab02').date).toMatchObject({ refersTo: 'content', precision: 'year-range', value: '2010/2013' });
    expect(manifest('001_f757772c22decdf9').date).toMatchObject({ refersTo: 'event', precision: 'day', value: '2022-11-28' });
  });

  it('translate every Tagalog paragraph and every Hindi one; the English tweets are marked original', () => {
    const tl = manifest('000_64255a36b834ab02');
    expect(tl.language).toBe('tl');
    expect(tl.paragraphs.every((p) => 'translation' in p && p.translation.length > 40)).toBe(true);
    const hi = manifest('001_f757772c22decdf9');
    const lines = splitParagraphs(readFileSync(join(SEEDS, '001_f757772c22decdf9.txt'), 'utf8'));
    hi.paragraphs.forEach((p, i) => {
      const devanagari = /\p{Script=Devanagari}/u.test(lines[i]?.text ?? '');
      expect('translation' in p, `paragraph ${i + 1}`).toBe(devanagari);
      if (!devanagari) expect(p).toMatchObject({ original: 'en' });
    });
  });

  it('has a manifest for every document in seeds/', () => {
    const files = readdirSync(SEEDS);
    for (const txt of files.filter((f) => f.endsWith('.txt'))) expect(files).toContain(txt.replace(/\.txt$/, '.json'));
  });
});

describe('manifest validation', () => {
  const good = () => JSON.parse(readFileSync(join(SEEDS, '000_64255a36b834ab02.json'), 'utf8')) as Record<string, unknown>;

  it('lists every problem at once', () => {
    const bad = { ...good(), language: 'Tagalog', paragraphs: [{}], title: { text: 'x' } };
    expect(() => parseManifest(bad, 'bad.json')).toThrowError(/language must be a BCP 47 tag[\s\S]*title[\s\S]*paragraphs\[0\] needs a translation/);
  });

  it('rejects an invented exact date on an unknown precision', () => {
    const bad = { ...good(), published: { precision: 'unknown', value: '2012-05-01', inferredFrom: 'guess' } };
    expect(() => parseManifest(bad, 'bad.json')).toThrowError(/published.value must be null/);
  });

  it('rejects a date that does not say how it was inferred', () => {
    const bad = { ...good(), date: { refersTo: 'content', precision: 'year', value: '2012' } };
    expect(() => parseManifest(bad, 'bad.json')).toThrowError(/date.inferredFrom/);
  });
});
