/**
 * Small corpus bundles for storage tests, built by the real indexer with a literal matcher.
 */
import { sha256Hex, type CorpusBundle } from '@/lib/corpus/build/bundle';
import { buildCorpusBundle, type SourceDocument } from '@/lib/corpus/build/indexer';
import type { Manifest } from '@/lib/corpus/build/manifest';
import { literalMatcher } from './fake-matcher';

export const TEST_ALIASES = { Kazakhstan: 'kazakhstan', CSTO: 'csto', 'S-300': 's300', Russia: 'russia' } as const;
const matcher = literalMatcher(TEST_ALIASES);
const entities = new Set(Object.values(TEST_ALIASES));

export async function sourceDocument(id: string, lines: string[], language = 'en'): Promise<SourceDocument> {
  const text = lines.join('\n');
  const manifest: Manifest = {
    format: 1, id, file: `${id}.txt`, sha256: await sha256Hex(text), language,
    title: { text: `Title of ${id}`, language: 'en', editorial: true },
    source: 'test document',
    date: { refersTo: 'publication', precision: 'year', value: '2020', earliest: '2020-01-01', latest: '2020-12-31', inferredFrom: 'test' },
    published: { precision: 'year', value: '2020', inferredFrom: 'test' },
    translation: { language: 'en', editorial: true, by: 'test' },
    paragraphs: lines.map(() => (language === 'en' ? { original: 'en' as const } : { translation: 'An English translation about Kazakhstan.' })),
  };
  return { manifest, text };
}

/** Version A: two documents; version B: the first document changed and a third added. */
export async function testBundle(variant: 'A' | 'B'): Promise<CorpusBundle> {
  const docs = [
    await sourceDocument('doc_a', variant === 'A'
      ? ['Kazakhstan is a member of the CSTO.', 'Russia maintains the S-300 systems.']
      : ['Kazakhstan left nothing.', 'Russia and the S-300 again.', 'A third paragraph on the CSTO.']),
    await sourceDocument('doc_b', ['Ang Kazakhstan ay miyembro ng CSTO.'], 'tl'),
  ];
  if (variant === 'B') docs.push(await sourceDocument('doc_c', ['Nothing about anyone here.']));
  return buildCorpusBundle(docs, { matcher, entities });
}
