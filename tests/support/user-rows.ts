/** A journalist's own document and passage rows (origin 'user'), as the import path stores them. */
import type { DocumentRow, PassageRow } from '@/lib/corpus/db/rows';

export function userDocument(id: string, title = `My notes ${id}`): DocumentRow {
  const unknown = { refersTo: 'publication', precision: 'unknown', value: null, inferredFrom: 'none' } as const;
  return {
    id, origin: 'user', file: `${id}.txt`, language: 'en', source: 'my notes',
    title: { text: title, language: 'en', editorial: false }, date: unknown, published: unknown,
    translation: { by: 'nobody' },
  };
}

export function userPassage(docId: string, paragraph: number, text: string, entities: string[] = ['kazakhstan']): PassageRow {
  return {
    id: `${docId}#${paragraph}`, docId, origin: 'user', paragraph, text, lang: 'en', script: 'Latn',
    sentences: [0, text.length], mentions: entities.map((e) => [e, 0, 1, 'name']), translation: null,
    entities, ranks: entities.map((e) => `${e}\u0001000001`),
  };
}
