import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '@/lib/background/commands';

describe('runCommand', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.windows.create({ focused: true });
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks the active tab to step to the next or previous mention', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await runCommand('next-mention');
    await runCommand('previous-mention');
    expect(sent.mock.calls).toEqual([
      [tab.id, { backstory: 1, type: 'stepMention', data: { direction: 1 } }],
      [tab.id, { backstory: 1, type: 'stepMention', data: { direction: -1 } }],
    ]);
  });

  it('ignores commands it does not know', async () => {
    await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await runCommand('_execute_action');
    expect(sent).not.toHaveBeenCalled();
  });
});
