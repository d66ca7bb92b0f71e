import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '@/lib/settings/store';

describe('updateSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lands two quick changes made one after the other without waiting (no lost update)', async () => {
    const a = updateSettings((s) => ({ ...s, hoverDelayMs: 0 }));
    const b = updateSettings((s) => ({ ...s, trigger: 'click' }));
    await Promise.all([a, b]);
    expect(await loadSettings()).toMatchObject({ hoverDelayMs: 0, trigger: 'click' });
  });

  it('goes on after a change that throws', async () => {
    await expect(updateSettings(() => { throw new Error('bad edit'); })).rejects.toThrow('bad edit');
    await updateSettings((s) => ({ ...s, style: 'underline' }));
    expect((await loadSettings()).style).toBe('underline');
  });
});
