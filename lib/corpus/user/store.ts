/**
 * Stores one user document: indexed by the build's indexer (build/indexer.ts) with the full matcher,
 * then written with its passages, the revision bump and the entity counts in ONE transaction,
 * so a document is either all there (and in cards and search at once) or not at all. The same
 * text, or the same URL, is never stored twice.
 */
import { sha256Hex } from '../build/bundle';
import type { CorpusDb } from '../db/db';
import type { DocumentRow } from '../db/rows';
import { indexDocument, type IndexerOptions } from '../build/indexer';
import { passageRow } from '../db/load';
import type { DocumentDate } from '../types';
import { ImportError, type DraftDate, type ImportDraft } from '../import/draft';
import { storeUserDocumentGroup, type StoreResult, type UserDocumentRows } from './store-group';

export type { StoreResult, UserDocumentRows } from './store-group';

/** How each source of a date is described in a citation's date note. */
const INFERRED: Record<string, string> = {
  jsonLd: "the page's JSON-LD datePublished",
  openGraph: "the page's article:published_time",
  timeElement: "the page's <time> element",
  pdfInfo: "the PDF's creation date",
  batch: 'the import batch',
  user: 'entered when imported',
};

const DATE_SHAPE = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/, 'year-range': /^\d{4}\/\d{4}$/ };

export function documentDate(date: DraftDate): DocumentDate {
  if (date.precision === 'unknown' || !date.value) {
    return { refersTo: 'publication', precision: 'unknown', value: null, inferredFrom: 'not known' };
  }
  if (!DATE_SHAPE[date.precision].test(date.value)) throw new ImportError('badDate', [date.value, date.precision]);
  const range = date.precision === 'year-range' ? date.value.split('/') : null;
  return {
    refersTo: 'publication',
    precision: date.precision,
    value: date.value,
    ...(range ? { earliest: range[0], latest: range[1] } : {}),
    inferredFrom: INFERRED[date.inferredFrom] ?? (date.inferredFrom || INFERRED.user!),
  };
}

/** A URL without its fragment, so the same article is recognised however it was linked. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

export async function findDuplicate(db: CorpusDb, id: string, url: string): Promise<StoreResult | null> {
  const same = await db.documents.get(id);
  if (same) return { status: 'duplicate', id, title: same.title.text, by: 'text' };
  if (url === '') return null;
  const byUrl = await db.documents.where('origin').equals('user').filter((d) => d.url === url).first();
  return byUrl ? { status: 'duplicate', id: byUrl.id, title: byUrl.title.text, by: 'url' } : null;
}

export interface StoreOptions {
  indexer: IndexerOptions;
  now: number;
  batch?: string;
}

/** The id a draft's text gets: the same text is the same document, whatever it is called. */
export async function userDocumentId(text: string): Promise<{ id: string; hash: string }> {
  const hash = await sha256Hex(text);
  return { id: `user-${hash.slice(0, 20)}`, hash };
}

export async function storeUserDocument(db: CorpusDb, draft: ImportDraft, options: StoreOptions): Promise<StoreResult> {
  if (!draft.language) throw new ImportError('unknownLanguage');
  if (draft.text.trim() === '') throw new ImportError('empty');
  const ids = await userDocumentId(draft.text);
  const { id } = ids;
  const url = draft.url ? canonicalUrl(draft.url) : '';
  const early = await findDuplicate(db, id, url);
  if (early) return early;
  const { doc, passages } = await userDocumentRows(draft, options, ids);
  // Checked again inside the write (another import, in another tab, may have stored it meanwhile).
  const [result] = await storeUserDocumentGroup(db, [{ doc, passages, url }]);
  if (!result) throw new Error('the document was not stored');
  return result;
}

/**
 * Indexes a draft (its language must be known) into the rows `storeUserDocument` writes; `ids`
 * when the caller has already hashed the text.
 */
export async function userDocumentRows(
  draft: ImportDraft,
  options: StoreOptions,
  ids?: { id: string; hash: string },
): Promise<UserDocumentRows> {
  if (!draft.language) throw new ImportError('unknownLanguage');
  const { id, hash } = ids ?? (await userDocumentId(draft.text));
  const url = draft.url ? canonicalUrl(draft.url) : '';
  const date = documentDate(draft.date);
  const passages = indexDocument(
    { id, language: draft.language, text: draft.text, ...(draft.translations ? { translations: draft.translations.map((t) => (t ? { translation: t } : null)) } : {}) },
    options.indexer,
  ).map((p) => passageRow(p, 'user', date));
  const doc: DocumentRow = {
    id,
    origin: 'user',
    file: draft.file,
    language: draft.language,
    title: { text: draft.title.trim() || draft.file, language: draft.language, editorial: false },
    source: draft.source.trim(),
    date,
    published: date,
    translation: { by: draft.translations ? 'the import batch' : '' },
    ...(url ? { url } : {}),
    ...(draft.byline ? { byline: draft.byline } : {}),
    textHash: hash,
    importedAt: options.now,
    ...(options.batch ? { batch: options.batch } : {}),
    passageCount: passages.length,
  };
  return { doc, passages };
}
