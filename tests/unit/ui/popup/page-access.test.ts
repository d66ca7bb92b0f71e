import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkAccess, isPdfUrl, originPattern } from '@/lib/ui/popup/page-access';

const report = { url: 'https://news.example/a', contentType: 'text/html', active: true, blocks: 3, entities: [] };

async function tabAt(url: string | undefined): Promise<number> {
  await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url: 'https://placeholder.example/', active: true });
  if (tab.id === undefined) throw new Error('no tab');
  // The real browser hides URLs of pages we may not read; the fake keeps them, so override.
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, url } as never);
  return tab.id;
}

function permissions(granted: (origin: string) => boolean) {
  (fakeBrowser.permissions as unknown as { contains: unknown }).contains = async ({ origins }: { origins: string[] }) =>
    origins.every(granted);
}

describe('checkAccess', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is ready when the content script answers', async () => {
    const id = await tabAt('https://news.example/a');
    permissions(() => true);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: report } as never);
    expect(await checkAccess(id)).toEqual({ kind: 'ready', tabId: id, url: 'https://news.example/a', report });
  });

  it('offers to start Backstory when it is allowed but not running', async () => {
    const id = await tabAt('https://news.example/a');
    permissions(() => true);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    expect(await checkAccess(id)).toMatchObject({ kind: 'not-running', tabId: id });
  });

  it('asks for the site when its permission was withheld', async () => {
    const id = await tabAt('https://news.example/a');
    permissions((o) => o !== 'https://news.example/*');
    expect(await checkAccess(id)).toMatchObject({ kind: 'needs-permission', origin: 'https://news.example/*' });
  });

  it('tells a hidden URL of a withheld site from a browser page', async () => {
    const id = await tabAt(undefined);
    permissions(() => false);
    expect(await checkAccess(id)).toMatchObject({ kind: 'needs-permission', url: null, origin: '<all_urls>' });
    permissions(() => true);
    expect(await checkAccess(id)).toMatchObject({ kind: 'restricted', reason: 'browser-page' });
  });

  it('explains browser pages and PDF viewers', async () => {
    expect(await checkAccess(await tabAt('about:addons'))).toMatchObject({ kind: 'restricted', reason: 'browser-page' });
    const pdf = await tabAt('https://news.example/report.pdf');
    permissions(() => true);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    expect(await checkAccess(pdf)).toMatchObject({ kind: 'restricted', reason: 'pdf' });
  });
});

describe('helpers', () => {
  it('builds origin patterns and spots PDFs', () => {
    expect(originPattern('https://news.example:8443/a/b?c')).toBe('https://news.example:8443/*');
    expect(originPattern('file:///home/me/a.html')).toBe('file:///*');
    expect(isPdfUrl('https://x.example/Report.PDF?dl=1')).toBe(true);
    expect(isPdfUrl('https://x.example/pdf-news')).toBe(false);
  });
});
