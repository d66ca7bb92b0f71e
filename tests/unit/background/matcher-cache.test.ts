/**
 * The stored matcher follows the watchlist: the build's own key without one, a new key (and the
 * new entities' names) with each watchlist, a page unpacks either, and a restarted background
 * takes the compiled catalogue from storage instead of compiling it again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMatcherCache } from '@/lib/background/matcher-cache';
import { compiledCatalogue } from '@/lib/entities/index';
import { unpackMatcher } from '@/lib/entities/unpack';
import { readPageGate } from '@/lib/entities/gate';
import { readMatcherSummary } from '@/lib/entities/matcher-summary';
import {
  ENTITY_NAMES_STORAGE_KEY,
  MATCHER_SUMMARY_STORAGE_KEY,
  PACKED_MATCHER_KEY_STORAGE_KEY,
  PACKED_MATCHER_STORAGE_KEY,
  PAGE_GATE_STORAGE_KEY,
} from '@/lib/entities/storage-keys';
import { EMPTY_WATCHLIST, type Watchlist } from '@/lib/watchlist/schema';

const BUILD = 'build-a';
const watchlist: Watchlist = {
  entities: [{ id: 'user:olzhas-bektenov', name: 'Olzhas Bektenov', kind: 'person', description: '', aliases: [{ text: 'Бектенов', lang: 'ru', tier: 'name' }] }],
  builtIn: {},
};
const stored = async () => fakeBrowser.storage.local.get([PACKED_MATCHER_KEY_STORAGE_KEY, PACKED_MATCHER_STORAGE_KEY, ENTITY_NAMES_STORAGE_KEY]);

// Each test compiles the catalogue (tens of milliseconds, seconds on a loaded machine).
describe('createMatcherCache', { timeout: 60_000 }, () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the build’s matcher without a watchlist, and a new key with one', async () => {
    const store = createMatcherCache(async () => EMPTY_WATCHLIST, BUILD);
    await store.store();
    expect((await stored())[PACKED_MATCHER_KEY_STORAGE_KEY]).toBe(BUILD);

    store.use(watchlist);
    await store.store();
    const after = await stored();
    const key = after[PACKED_MATCHER_KEY_STORAGE_KEY] as string;
    expect(key.startsWith(`${BUILD}+`)).toBe(true);
    expect((after[ENTITY_NAMES_STORAGE_KEY] as Record<string, string>)['user:olzhas-bektenov']).toBe('Olzhas Bektenov');

    const page = unpackMatcher(after[PACKED_MATCHER_STORAGE_KEY], BUILD);
    expect(page?.key).toBe(key);
    expect(page?.watched).toContain('user:olzhas-bektenov');
    expect(page?.nameOf('user:olzhas-bektenov')).toBe('Olzhas Bektenov');
    expect(page?.matcher.scan('решение Бектенова', { lang: 'ru', entities: new Set(page.watched) }).map((m) => m.surface)).toEqual(['Бектенова']);
    expect(unpackMatcher(after[PACKED_MATCHER_STORAGE_KEY], 'build-b')).toBeNull();

    // Back to no watchlist: the build's own key again.
    store.use(EMPTY_WATCHLIST);
    await store.store();
    expect((await stored())[PACKED_MATCHER_KEY_STORAGE_KEY]).toBe(BUILD);
  });

  it('stores the page gate beside the matcher, with its key, and adds it to a stored matcher that has none', async () => {
    const store = createMatcherCache(async () => EMPTY_WATCHLIST, BUILD);
    await store.store();
    const gateOf = async () => readPageGate((await fakeBrowser.storage.local.get(PAGE_GATE_STORAGE_KEY))[PAGE_GATE_STORAGE_KEY], BUILD);
    expect((await gateOf())?.key).toBe(BUILD);
    // Kept as one Latin-1 text: every page and frame reads it.
    const text = (await fakeBrowser.storage.local.get(PAGE_GATE_STORAGE_KEY))[PAGE_GATE_STORAGE_KEY];
    expect(typeof text).toBe('string');
    expect(/[\u0100-\uffff]/.test(text as string)).toBe(false);
    // An earlier build stored the matcher alone: the same key, no gate — the next store adds it.
    await fakeBrowser.storage.local.remove(PAGE_GATE_STORAGE_KEY);
    await createMatcherCache(async () => EMPTY_WATCHLIST, BUILD).store();
    expect((await gateOf())?.key).toBe(BUILD);
    // A new watchlist: a new gate, watching the reader's own entity too.
    store.use(watchlist);
    await store.store();
    const gate = await gateOf();
    expect(gate?.key.startsWith(`${BUILD}+`)).toBe(true);
    expect(gate?.watched[gate.entityIds.indexOf('user:olzhas-bektenov')]).toBe(true);
  });

  it('stores the summary a page starts from beside the matcher, and adds it to a stored matcher that has none', async () => {
    const store = createMatcherCache(async () => EMPTY_WATCHLIST, BUILD);
    await store.store();
    const summaryOf = async () => readMatcherSummary((await fakeBrowser.storage.local.get(MATCHER_SUMMARY_STORAGE_KEY))[MATCHER_SUMMARY_STORAGE_KEY], BUILD);
    expect((await summaryOf())?.key).toBe(BUILD);
    // An earlier build stored the matcher and the gate alone: the next store adds the summary.
    await fakeBrowser.storage.local.remove(MATCHER_SUMMARY_STORAGE_KEY);
    await createMatcherCache(async () => EMPTY_WATCHLIST, BUILD).store();
    expect((await summaryOf())?.watched).toEqual(['kazakhstan', 'csto', 's300']);
    // A new watchlist: a new summary, with the reader's own entity watched and named.
    store.use(watchlist);
    await store.store();
    const summary = await summaryOf();
    expect(summary?.key).toBe((await stored())[PACKED_MATCHER_KEY_STORAGE_KEY]);
    expect(summary?.watched).toContain('user:olzhas-bektenov');
    expect(summary?.nameOf('user:olzhas-bektenov')).toBe('Olzhas Bektenov');
  });

  it('answers cards and search from the watchlist’s catalogue, read from storage after a restart', async () => {
    await createMatcherCache(async () => watchlist, BUILD).store();
    const restarted = createMatcherCache(async () => watchlist, BUILD);
    const active = await restarted.active();
    expect(active.key).toBe((await stored())[PACKED_MATCHER_KEY_STORAGE_KEY]);
    expect(active.view.summary('user:olzhas-bektenov')).toMatchObject({ name: 'Olzhas Bektenov', kind: 'person', highlight: true });
    expect(active.view.resolve('Бектенову')?.entity).toBe('user:olzhas-bektenov');
    expect(active.names['kazakhstan']).toBe('Kazakhstan');
  });

  it('keeps the bundled catalogue it read from storage, with no watchlist and back to none', async () => {
    await createMatcherCache(async () => EMPTY_WATCHLIST, BUILD).store();
    const restarted = createMatcherCache(async () => EMPTY_WATCHLIST, BUILD);
    const active = await restarted.active();
    expect(active.key).toBe(BUILD);
    // Unpacked from storage, not the process's own compilation.
    expect(active.compiled).not.toBe(compiledCatalogue());
    expect(active.compiled.entityIds).toEqual(compiledCatalogue().entityIds);
    expect(active.view.resolve('ОДКБ')?.entity).toBe('csto');
    expect(active.view.summary('kazakhstan')?.name).toBe('Kazakhstan');

    restarted.use(watchlist);
    expect(restarted.use(EMPTY_WATCHLIST).compiled).toBe(active.compiled);
  });
});
