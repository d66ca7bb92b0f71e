/** The page's matcher: one load shared, a failure tried again, a dropped load forgotten. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedMatcher } from '@/lib/page/matcher-loader';
import { PageMatcher } from '@/lib/page/matcher-loader';

const matcher = (key: string) => ({ key, source: 'storage', ms: 2, unpackMs: 1 }) as unknown as LoadedMatcher;

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
    const page = new PageMatcher(loaded, loads);
    const [a, b] = [page.request(), page.request()];
    expect(page.pending).not.toBeNull();
    load.resolve(matcher('a'));
    expect(await a).toBe(await b);
    expect(page.current?.key).toBe('a');
    expect(page.pending).toBeNull();
    expect(await page.request()).toBe(page.current);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(loaded).toHaveBeenCalledTimes(1);
  });

  it('answers null for a failed load, tells onFailure (not the page console), and tries again on the next request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failures: unknown[] = [];
    const loads = vi.fn<() => Promise<LoadedMatcher>>().mockRejectedValueOnce(new Error('no storage')).mockResolvedValueOnce(matcher('b'));
    const page = new PageMatcher(undefined, loads, (error) => failures.push(error));
    expect(await page.request()).toBeNull();
    expect(failures).toEqual([new Error('no storage')]);
    expect(warn).not.toHaveBeenCalled();
    expect(page.current).toBeNull();
    expect((await page.request())?.key).toBe('b');
  });

  it('forgets a dropped load, and takes a newer matcher instead of the one it had', async () => {
    const first = deferred();
    const loads = vi.fn(() => first.promise);
    const page = new PageMatcher(undefined, loads);
    const dropped = page.request();
    page.drop();
    first.resolve(matcher('old'));
    expect(await dropped).toBeNull();
    expect(page.current).toBeNull();
    page.replace(matcher('new'));
    expect(page.current?.key).toBe('new');
  });
});
