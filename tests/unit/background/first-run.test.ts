import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '../../../lib/background/first-run';

describe('first-run page', () => {
  beforeEach(() => fakeBrowser.reset());

  // The fake browser starts with one blank tab.
  const tabs = async () => (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));

  it('opens on install', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    expect(await tabs()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });

  it('never opens on an update, a browser update or a shared module update', async () => {
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update'] as const) {
      await openWelcomeOnInstall({ reason, previousVersion: '0.0.9' } as never);
    }
    expect(await tabs()).toEqual([]);
  });
});
