/** A batch as the import Worker runs it: progress per document, failures named, Cancel between documents. */
import { describe, expect, it } from 'vitest';
import type { ImportDraft } from '@/lib/corpus/import/draft';
import type { ImportProgress } from '@/lib/corpus/user/import-protocol';
import { runImport } from '@/lib/corpus/user/import-run';
import { indexingMatcher } from '@/lib/corpus/user/indexing';
import { unfinishedImport } from '@/lib/corpus/user/journal';
import { listUserDocuments } from '@/lib/corpus/user/list';
import { readRevision } from '@/lib/corpus/db/meta';
import { userDocumentId } from '@/lib/corpus/user/store';
import { seedDb } from '../../../support/seed-corpus';

const draft = (n: number, over: Partial<ImportDraft> = {}): ImportDraft => ({
  file: `doc-${n}.txt`,
  format: 'txt',
  title: `Document ${n}`,
  text: `Report number ${n} on Kazakhstan and the CSTO, written for the tests.`,
  language: 'en',
  date: { value: null, precision: 'unknown', inferredFrom: '' },
  source: '',
  url: '',
  byline: '',
  ...over,
});

describe('runImport', () => {
  it('stores each document on its own, names the failures and goes on, and clears its journal', async () => {
    const db = await seedDb();
    const seen: number[] = [];
    const drafts = [draft(1), draft(2, { language: null }), draft(3), draft(4, { text: draft(1).text, file: 'copy.txt' })];
    const { progress, notImported } = await runImport(drafts, {
      db, indexer: indexingMatcher, batch: 'b', now: 1, signal: new AbortController().signal,
      onProgress: (p: ImportProgress) => seen.push(p.done),
    });
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(progress).toMatchObject({ done: 4, total: 4, stored: 2, passages: 2 });
    expect(progress.problems).toEqual([{ file: 'doc-2.txt', code: 'unknownLanguage', args: [] }]);
    expect(progress.duplicates).toEqual([{ file: 'copy.txt', title: 'Document 1', by: 'text' }]);
    expect(notImported).toEqual([]);
    expect((await listUserDocuments(db)).map((d) => d.title).sort()).toEqual(['Document 1', 'Document 3']);
    expect(await unfinishedImport(db)).toBeNull();
  });

  it('stops between documents on Cancel: what was stored stays, the rest is listed', async () => {
    const db = await seedDb();
    const controller = new AbortController();
    const { progress, notImported } = await runImport([draft(1), draft(2), draft(3)], {
      db, indexer: indexingMatcher, batch: 'b', now: 1, signal: controller.signal,
      onProgress: (p) => p.done === 1 && controller.abort(),
    });
    expect(progress.stored).toBe(1);
    expect(notImported).toEqual(['doc-2.txt', 'doc-3.txt']);
    expect((await listUserDocuments(db)).map((d) => d.title)).toEqual(['Document 1']);
  });

  it('writes documents a group at a time (1, 2, 4…), one revision per group, each document still whole', async () => {
    const db = await seedDb();
    const before = await readRevision(db);
    const drafts = Array.from({ length: 7 }, (_, i) => draft(i + 1));
    const { progress } = await runImport(drafts, { db, indexer: indexingMatcher, batch: 'b', now: 1, signal: new AbortController().signal, onProgress: () => undefined });
    expect(progress).toMatchObject({ done: 7, stored: 7, passages: 7 });
    // Groups of 1, 2 and 4 documents: three transactions, three revisions, three entries in the log.
    expect(await readRevision(db)).toBe(before + 3);
    expect(await db.passages.where('origin').equals('user').count()).toBe(7);
  });

  it('names the one document whose write fails in a group and stores the others of that group', async () => {
    const db = await seedDb();
    // A stray row under the id the third document's passage will take makes its write fail.
    const { id } = await userDocumentId(draft(3).text);
    const row = (await db.passages.limit(1).toArray())[0]!;
    await db.passages.add({ ...row, id: `${id}#1`, docId: 'nowhere' });
    const { progress } = await runImport([draft(1), draft(2), draft(3)], {
      db, indexer: indexingMatcher, batch: 'b', now: 1, signal: new AbortController().signal, onProgress: () => undefined,
    });
    expect(progress).toMatchObject({ done: 3, stored: 2 });
    expect(progress.problems.map((p) => [p.file, p.code])).toEqual([['doc-3.txt', 'failed']]);
    expect((await listUserDocuments(db)).map((d) => d.title).sort()).toEqual(['Document 1', 'Document 2']);
    expect(await db.documents.get(id)).toBeUndefined();
  });

  it('finds duplicates inside one group, by text and by URL', async () => {
    const db = await seedDb();
    const url = 'https://steppe-courier.invalid/a';
    const drafts = [draft(1), draft(2, { url }), draft(3, { url: `${url}#later` }), draft(4, { text: draft(2).text, file: 'again.txt', url: '' })];
    const { progress } = await runImport(drafts, { db, indexer: indexingMatcher, batch: 'b', now: 1, signal: new AbortController().signal, onProgress: () => undefined });
    expect(progress.stored).toBe(2);
    expect(progress.duplicates).toEqual([
      { file: 'doc-3.txt', title: 'Document 2', by: 'url' },
      { file: 'again.txt', title: 'Document 2', by: 'text' },
    ]);
  });
});
