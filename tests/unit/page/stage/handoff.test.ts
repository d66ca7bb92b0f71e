/**
 * The one storage read the second stage starts from (lib/page/stage/handoff.ts sharedStartRead):
 * the matcher's summary and the settings together, the first stage's read when it started one,
 * each taken by its loader without another read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MATCHER_SUMMARY_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { loadPageSettings } from '@/lib/page/page-settings';
import { leaveHandoff, sharedStartRead, START_KEYS } from '@/lib/page/stage/handoff';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';

const stored = { [MATCHER_SUMMARY_STORAGE_KEY]: { key: 'k', watched: [], names: {} }, [SETTINGS_AREA_KEY]: { ...DEFAULT_SETTINGS, trigger: 'click' } };

describe('the second stage’s start read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the matcher’s summary and the settings at once', () => {
    expect([...START_KEYS].sort()).toEqual([MATCHER_SUMMARY_STORAGE_KEY, SETTINGS_AREA_KEY].sort());
  });

  it('is the first stage’s read when it started one', async () => {
    const global = {};
    const firstStages = Promise.resolve(stored);
    leaveHandoff({ signal: new AbortController().signal, startedAt: 0, startRead: firstStages }, global);
    const read = vi.fn(() => Promise.resolve({}));
    expect(sharedStartRead(read, global)).toBe(firstStages);
    expect(read).not.toHaveBeenCalled();
  });

  it('otherwise starts one read, left in the handoff; the settings come from it without another', async () => {
    const global = {};
    leaveHandoff({ signal: new AbortController().signal, startedAt: 0 }, global);
    const read = vi.fn(() => Promise.resolve(stored));
    const shared = sharedStartRead(read, global);
    expect(read).toHaveBeenCalledTimes(1);
    expect(sharedStartRead(read, global)).toBe(shared);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect((await loadPageSettings(shared)).trigger).toBe('click');
    expect(get).not.toHaveBeenCalled();
  });

  it('reads the settings from storage when the shared read fails or there is none', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_AREA_KEY]: { ...DEFAULT_SETTINGS, style: 'underline' } });
    expect((await loadPageSettings(Promise.reject(new Error('gone')))).style).toBe('underline');
    expect((await loadPageSettings()).style).toBe('underline');
  });
});
