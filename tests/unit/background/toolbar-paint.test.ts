/**
 * What the toolbar asks of the browser per page load (lib/background/toolbar.ts): colours once
 * for every tab, and per tab only what differs from what the tab shows, read back from its title.
 * The fake action keeps per-tab values over global ones as the browsers do, and records each call.
 */
import { describe, expect, it } from 'vitest';
import { Toolbar, type ActionApi } from '@/lib/background/toolbar';

const TAB = 7;
const DEFAULT_TITLE = 'Backstory';

function fakeAction() {
  const calls: string[] = [];
  const tab = new Map<number, { title?: string; text?: string; icon?: string }>();
  const global = { title: DEFAULT_TITLE, colours: [] as string[] };
  const of = (tabId: number) => tab.get(tabId) ?? (tab.set(tabId, {}), tab.get(tabId)!);
  const action: ActionApi = {
    getTitle: async ({ tabId }) => (calls.push('getTitle'), of(tabId).title ?? global.title),
    setTitle: async ({ tabId, title }) => void (calls.push('setTitle'), (of(tabId).title = title)),
    setBadgeText: async ({ tabId, text }) => void (calls.push('setBadgeText'), (of(tabId).text = text)),
    setIcon: async ({ tabId, path }) => void (calls.push('setIcon'), (of(tabId).icon = path[16])),
    setBadgeBackgroundColor: async ({ color }) => void (calls.push('setBadgeBackgroundColor'), global.colours.push(color)),
    setBadgeTextColor: async ({ color }) => void (calls.push('setBadgeTextColor'), global.colours.push(color)),
  };
  /** The tab goes to another document: the browser drops its per-tab values. */
  const navigate = (tabId: number) => tab.delete(tabId);
  return { action, calls, tab: of, global, navigate };
}

describe('the toolbar, painted per page load', () => {
  it('sets the badge colours once for every tab, never per tab', async () => {
    const fake = fakeAction();
    const toolbar = new Toolbar(fake.action);
    await toolbar.paintDefaults();
    expect(fake.global.colours).toEqual(['#1e4fd8', '#ffffff']);
    fake.calls.length = 0;
    await toolbar.paint(TAB, { active: true, count: 3 });
    expect(fake.calls).not.toContain('setBadgeBackgroundColor');
    expect(fake.calls).not.toContain('setBadgeTextColor');
  });

  it('paints a page with mentions without touching the icon, and a repeated report not at all', async () => {
    const fake = fakeAction();
    const toolbar = new Toolbar(fake.action);
    await toolbar.paint(TAB, { active: true, count: 3 });
    expect(fake.calls.sort()).toEqual(['getTitle', 'setBadgeText', 'setTitle']);
    expect(fake.tab(TAB)).toEqual({ title: 'Backstory — 3 mentions on this page', text: '3' });
    fake.calls.length = 0;
    await toolbar.paint(TAB, { active: true, count: 3 });
    expect(fake.calls).toEqual(['getTitle']);
  });

  it('sets the off icon where the site is off, and the default one again when it is switched back on', async () => {
    const fake = fakeAction();
    const toolbar = new Toolbar(fake.action);
    await toolbar.paint(TAB, { active: true, count: 2 });
    await toolbar.paint(TAB, { active: false, count: 0 });
    expect(fake.tab(TAB)).toEqual({ title: 'Backstory is off on this site', text: '', icon: 'icon/off-16.png' });
    // A worker started afresh remembers nothing: what the tab shows tells it.
    const restarted = new Toolbar(fake.action);
    fake.calls.length = 0;
    await restarted.paint(TAB, { active: true, count: 2 });
    expect(fake.calls).toContain('setIcon');
    expect(fake.tab(TAB)).toEqual({ title: 'Backstory — 2 mentions on this page', text: '2', icon: 'icon/16.png' });
  });

  it('paints a new document of the tab afresh (the browser reset it), with no icon where the site is on', async () => {
    const fake = fakeAction();
    const toolbar = new Toolbar(fake.action);
    await toolbar.paint(TAB, { active: true, count: 4 });
    fake.navigate(TAB);
    fake.calls.length = 0;
    await toolbar.paint(TAB, { active: true, count: 4 });
    expect(fake.tab(TAB)).toEqual({ title: 'Backstory — 4 mentions on this page', text: '4' });
    expect(fake.calls).not.toContain('setIcon');
  });

  it('paints one tab\'s reports in the order they came, whatever each call takes', async () => {
    const fake = fakeAction();
    const slowTitle = fake.action.getTitle;
    let first = true;
    fake.action.getTitle = async (details) => {
      // The first read is the slowest: without the queue the second report would be painted first.
      const slow = first;
      first = false;
      if (slow) await new Promise((resolve) => setTimeout(resolve, 20));
      return slowTitle(details);
    };
    const toolbar = new Toolbar(fake.action);
    await Promise.all([toolbar.paint(TAB, { active: false, count: 0 }), toolbar.paint(TAB, { active: true, count: 5 })]);
    expect(fake.tab(TAB)).toEqual({ title: 'Backstory — 5 mentions on this page', text: '5', icon: 'icon/16.png' });
  });
});
