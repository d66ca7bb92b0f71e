/**
 * The page's matcher: one load shared, a failure tried again, a forgotten load dropped, matching
 * once ready; what the page knows of it, from the stored summary or, without one, from the matcher.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MATCHER_SUMMARY_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { PageCatalogue } from '@/lib/entities/matcher-summary';
import type { Mention } from '@/lib/entities/types';
import type { LoadedMatcher } from '@/lib/page/matcher-loader';
import { loadPageCatalogue, PageMatcher, watchPageCatalogue } from '@/lib/page/matcher-loader';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

const FOUND: Mention = { entity: 'csto', start: 0, end: 4, surface: 'CSTO', tier: 'abbreviation' };
const matcher = (key: string) =>
  ({ key, watched: ['csto'], nameOf: () => 'CSTO', matcher: { scan: () => [FOUND] }, source: 'storage', ms: 2, unpackMs: 1 }) as unknown as LoadedMatcher;
const summary = (key = `${TEXT_BUILD_KEY}+abc`) => ({ key, watched: ['kazakhstan', 'mine'], names: { kazakhstan: 'Kazakhstan', mine: 'My entity' } });

/** A load the test settles. */
function deferred() {
  let settle!: { resolve(m: LoadedMatcher): void; reject(e: Error): void };
  const promise = new Promise<LoadedMatcher>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

describe('PageMatcher', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shares one load between requests and keeps what it loaded', async () => {
    const load = deferred();
    const loads = vi.fn(() => load.promise);
    const loaded = vi.fn();
    const page = new PageMatcher(loads, loaded);
    const [a, b] = [page.request(), page.request()];
    load.resolve(matcher('a'));
    expect(await a).toBe(await b);
    expect(page.current?.key).toBe('a');
    expect(await page.request()).toBe(page.current);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(loaded).toHaveBeenCalledTimes(1);
  });

  it('answers null for a failed load, tells onFailure (not the page console), and tries again on the next request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failures: unknown[] = [];
    const loads = vi.fn<() => Promise<LoadedMatcher>>().mockRejectedValueOnce(new Error('no storage')).mockResolvedValueOnce(matcher('b'));
    const page = new PageMatcher(loads, undefined, (error) => failures.push(error));
    expect(await page.request()).toBeNull();
    expect(failures).toEqual([new Error('no storage')]);
    expect(warn).not.toHaveBeenCalled();
    expect(page.current).toBeNull();
    expect((await page.request())?.key).toBe('b');
  });

  it('drops a load under way and the matcher it had when told to forget them', async () => {
    const first = deferred();
    const loads = vi.fn<() => Promise<LoadedMatcher>>().mockReturnValueOnce(first.promise).mockResolvedValueOnce(matcher('new'));
    const page = new PageMatcher(loads);
    const dropped = page.request();
    page.forget();
    first.resolve(matcher('old'));
    expect(await dropped).toBeNull();
    expect(page.current).toBeNull();
    expect((await page.request())?.key).toBe('new');
    page.forget();
    expect(page.current).toBeNull();
  });

  it('matches once ready, and refuses to before', async () => {
    const page = new PageMatcher(async () => matcher('a'));
    expect(() => page.scan('CSTO')).toThrow(/not loaded/);
    expect(await page.ready()).toBe(true);
    expect(page.scan('CSTO')).toEqual([FOUND]);
    expect(await new PageMatcher(() => Promise.reject(new Error('gone'))).ready()).toBe(false);
  });
});

describe('what the page knows of the matcher', () => {
  beforeEach(() => fakeBrowser.reset());

  const names = (catalogue: PageCatalogue | null) => catalogue && { key: catalogue.key, watched: catalogue.watched, name: catalogue.nameOf('mine'), unknown: catalogue.nameOf('other') };

  it('is the summary in the start read, without loading the matcher', async () => {
    const loads = vi.fn(async () => matcher('a'));
    const read = Promise.resolve({ [MATCHER_SUMMARY_STORAGE_KEY]: summary() });
    expect(names(await loadPageCatalogue(read, new PageMatcher(loads)))).toEqual({
      key: `${TEXT_BUILD_KEY}+abc`,
      watched: ['kazakhstan', 'mine'],
      name: 'My entity',
      unknown: 'other',
    });
    expect(loads).not.toHaveBeenCalled();
  });

  it('is the matcher itself, loaded, when no summary of this build is stored or the read fails', async () => {
    const reads = [{}, { [MATCHER_SUMMARY_STORAGE_KEY]: summary('another-build') }, { [MATCHER_SUMMARY_STORAGE_KEY]: { ...summary(), names: null } }];
    for (const read of [...reads.map((r) => Promise.resolve(r)), Promise.reject(new Error('no storage'))]) {
      const page = new PageMatcher(async () => matcher('loaded'));
      const catalogue = await loadPageCatalogue(read, page);
      expect(catalogue?.key).toBe('loaded');
      expect(page.current).toBe(catalogue);
    }
    expect(await loadPageCatalogue(Promise.resolve({}), new PageMatcher(() => Promise.reject(new Error('gone'))))).toBeNull();
  });

  it('follows the summaries stored from now on, until its signal aborts', async () => {
    const seen: string[] = [];
    const controller = new AbortController();
    watchPageCatalogue((catalogue) => seen.push(catalogue.key), controller.signal);
    await fakeBrowser.storage.local.set({ [MATCHER_SUMMARY_STORAGE_KEY]: summary() });
    await fakeBrowser.storage.local.set({ [MATCHER_SUMMARY_STORAGE_KEY]: summary('another-build') });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    controller.abort();
    await fakeBrowser.storage.local.set({ [MATCHER_SUMMARY_STORAGE_KEY]: summary(`${TEXT_BUILD_KEY}+later`) });
    expect(seen).toEqual([`${TEXT_BUILD_KEY}+abc`]);
  });
});
