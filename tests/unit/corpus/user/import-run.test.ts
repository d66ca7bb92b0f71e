/** A batch as the import Worker runs it: progress per document, failures named, Cancel between documents. */
import { describe, expect, it } from 'vitest';
import type { ImportDraft } from '@/lib/corpus/import/draft';
import type { ImportProgress } from '@/lib/corpus/user/import-protocol';
import { runImport } from '@/lib/corpus/user/import-run';
import { indexingMatcher } from '@/lib/corpus/user/indexing';
import { unfinishedImport } from '@/lib/corpus/user/journal';
import { listUserDocuments } from '@/lib/corpus/user/list';
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
});
