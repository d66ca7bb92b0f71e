/**
 * Database rows → the shapes the API answers with: mention tuples become objects, flat
 * sentence offsets become ranges, and every passage carries its document's metadata and the
 * ids needed to cite it.
 */
import type { MentionTuple } from '../build/bundle';
import type { CorpusDb } from './db';
import type { DocumentRow, PassageRow } from './rows';
import type { DocumentInfo, MentionSpan, PassageView } from '../types';

export function mentionSpans(tuples: readonly MentionTuple[]): MentionSpan[] {
  return tuples.map(([entity, start, end, tier]) => ({ entity, start, end, tier }));
}

function pairs(flat: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  return out;
}

export function documentInfo(row: DocumentRow): DocumentInfo {
  const { id, origin, file, language, title, source, date, published, url, byline } = row;
  return { id, origin, file, language, title, source, date, published, ...(url ? { url } : {}), ...(byline ? { byline } : {}) };
}

export function passageView(row: PassageRow, doc: DocumentRow, corpusVersion: string | null): PassageView {
  const mentions = mentionSpans(row.mentions);
  return {
    id: row.id,
    document: documentInfo(doc),
    paragraph: row.paragraph,
    text: row.text,
    language: row.lang,
    script: row.script,
    sentences: pairs(row.sentences),
    mentions,
    entities: row.entities,
    translation: row.translation
      ? {
          text: row.translation.text,
          language: 'en',
          kind: 'editorial',
          ...(row.translation.note ? { note: row.translation.note } : {}),
          mentions: mentionSpans(row.translation.mentions),
        }
      : null,
    originalEnglish: row.lang === 'en' || row.lang.startsWith('en-'),
    citation: {
      // User documents are not part of a versioned bundle: their id is their citation.
      corpusVersion: row.origin === 'bundled' ? (corpusVersion ?? 'unknown') : 'user',
      documentId: row.docId,
      passageId: row.id,
      paragraph: row.paragraph,
    },
  };
}

/**
 * Views for rows, fetching each distinct document once; `known`: documents the caller has read
 * already (only the others are fetched).
 */
export async function passageViews(db: CorpusDb, rows: readonly PassageRow[], corpusVersion: string | null, known?: ReadonlyMap<string, DocumentRow>): Promise<PassageView[]> {
  const docs = new Map<string, DocumentRow>(known);
  const ids = [...new Set(rows.map((r) => r.docId))].filter((id) => !docs.has(id));
  if (ids.length > 0) (await db.documents.bulkGet(ids)).forEach((d) => d && docs.set(d.id, d));
  return rows.map((row) => {
    const doc = docs.get(row.docId);
    if (!doc) throw new Error(`Corpus damaged: passage ${row.id} belongs to missing document ${row.docId}`);
    return passageView(row, doc, corpusVersion);
  });
}
