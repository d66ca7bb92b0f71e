/** Changing the language of a stored document of one's own: re-indexed and replaced at once. */
import { describe, expect, it } from 'vitest';
import { entityPassageCount, readRevision } from '@/lib/corpus/db/meta';
import type { ImportDraft } from '@/lib/corpus/import/draft';
import { indexingMatcher } from '@/lib/corpus/user/indexing';
import { changeUserDocumentLanguage } from '@/lib/corpus/user/language';
import { deleteUserDocuments } from '@/lib/corpus/user/remove';
import { storeUserDocument } from '@/lib/corpus/user/store';
import { seedDb } from '../../../support/seed-corpus';

const draft: ImportDraft = {
  file: 'https://news.invalid/ru/air-defence',
  format: 'article',
  title: 'ПВО',
  text: 'Казахстан получил комплексы С-300 в марте.\nРасчёты прошли обучение под Алматы.',
  language: 'en',
  date: { value: null, precision: 'unknown', inferredFrom: '' },
  source: 'News',
  url: 'https://news.invalid/ru/air-defence',
  byline: '',
};
const options = () => ({ indexer: indexingMatcher(), now: 1_700_000_000_000 });

describe('changeUserDocumentLanguage', () => {
  it('stores the document again in the new language, once, with the same id and counts', async () => {
    const db = await seedDb();
    const stored = await storeUserDocument(db, draft, options());
    if (stored.status !== 'stored') throw new Error('not stored');
    const kzBefore = await entityPassageCount(db, 'kazakhstan');
    const revision = await readRevision(db);

    const changed = await changeUserDocumentLanguage(db, draft, 'ru', { ...options(), now: 1_800_000_000_000 });
    expect(changed).toEqual({ id: stored.id, passages: stored.passages });
    const doc = await db.documents.get(stored.id);
    expect(doc).toMatchObject({ language: 'ru', title: { text: 'ПВО', language: 'ru' }, importedAt: 1_700_000_000_000 });
    const passages = await db.passages.where('docId').equals(stored.id).toArray();
    expect(passages).toHaveLength(stored.passages);
    expect(await db.documents.where('origin').equals('user').count()).toBe(1);
    expect(await readRevision(db)).toBe(revision + 1);
    // The counts follow the rows: the same mentions, counted once.
    expect(await entityPassageCount(db, 'kazakhstan')).toBe(kzBefore);
    expect(await entityPassageCount(db, 'kazakhstan')).toBe(await db.passages.where('entities').equals('kazakhstan').count());
  });

  it('refuses a document no longer in the library, and stores nothing', async () => {
    const db = await seedDb();
    const stored = await storeUserDocument(db, draft, options());
    await deleteUserDocuments(db, [stored.id]);
    await expect(changeUserDocumentLanguage(db, draft, 'ru', options())).rejects.toThrow(/no longer in your library/);
    expect(await db.documents.where('origin').equals('user').count()).toBe(0);
  });
});
