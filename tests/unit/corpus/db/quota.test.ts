/**
 * A full disk while loading the bundled corpus is reported as such, never swallowed: with no corpus
 * yet every answer fails with the storage-full message (the popup shows it); with an earlier corpus
 * that corpus keeps answering and the error goes to `onLoadError`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { ensureBundledCorpus } from '@/lib/corpus/db/load';
import { corpusVersion } from '@/lib/corpus/db/meta';
import { isQuotaError, StorageFullError } from '@/lib/corpus/db/quota';
import { createCorpusService } from '@/lib/corpus/service';
import { testBundle } from '../../../support/bundles';
import { freshDb } from '../../../support/db';

let db: CorpusDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** Every new passage row is refused, as IndexedDB does when the origin's quota is used up. */
function fillTheDisk(): void {
  db.passages.hook('creating', () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('isQuotaError', () => {
  it('recognises IndexedDB, Dexie-wrapped and storage.local quota errors, and nothing else', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('disk on fire'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('a full disk while loading the bundled corpus', () => {
  it('fails every answer with the storage-full message when there is no corpus yet', async () => {
    fillTheDisk();
    const corpus = createCorpusService({ db, readBundle: () => testBundle('A') });
    const error = await corpus.search('Kazakhstan').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/no room left to store the bundled corpus .*quota has been exceeded/);
    expect(await db.passages.count()).toBe(0);
  });

  it('keeps the earlier corpus answering and hands the error to onLoadError', async () => {
    const A = await testBundle('A');
    await ensureBundledCorpus(db, async () => A);
    fillTheDisk();
    const onLoadError = vi.fn();
    const corpus = createCorpusService({ db, readBundle: () => testBundle('B'), onLoadError });
    expect((await corpus.search('Kazakhstan')).total).toBeGreaterThan(0);
    expect(onLoadError).toHaveBeenCalledWith(expect.any(StorageFullError));
    expect(await corpusVersion(db)).toBe(A.version);
  });
});
