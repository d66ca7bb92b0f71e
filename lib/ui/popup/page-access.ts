/**
 * What the popup may do with the tab it was opened for: read its mentions, ask for the site
 * permission (Firefox lets users withhold it), start Backstory in a tab opened before it was
 * installed, or explain why a page is out of reach (browser pages, PDF viewers, add-on stores).
 */
import { browser } from 'wxt/browser';
import type { PageMentionsReport } from '@/lib/page/read/report';
import { sendToTab } from '@/lib/messages/send';

export type PageAccess =
  | { kind: 'ready'; tabId: number; url: string; report: PageMentionsReport }
  | { kind: 'restricted'; url: string | null; reason: 'browser-page' | 'pdf' | 'no-tab' }
  /** `url` is null when the browser hides it (no access to the tab at all). */
  | { kind: 'needs-permission'; tabId: number; url: string | null; origin: string }
  | { kind: 'not-running'; tabId: number; url: string };

const READABLE = /^(https?|file):/;
const ALL_SITES = '<all_urls>';

/** The origin pattern to request for a page URL ("https://news.example/*"). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return u.protocol === 'file:' ? 'file:///*' : `${u.protocol}//${u.host}/*`;
}

export function isPdfUrl(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export async function tabForPopup(explicitTabId: number | null): Promise<{ id: number; url: string | null } | null> {
  if (explicitTabId !== null) {
    const tab = await browser.tabs.get(explicitTabId).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

export async function checkAccess(explicitTabId: number | null): Promise<PageAccess> {
  const tab = await tabForPopup(explicitTabId);
  if (!tab) return { kind: 'restricted', url: null, reason: 'no-tab' };
  if (!tab.url) {
    // The browser hides the URL of pages we may not read: either a browser page, or a site the
    // user withheld (Firefox), which can be granted again.
    const allSites = await browser.permissions.contains({ origins: [ALL_SITES] }).catch(() => true);
    return allSites
      ? { kind: 'restricted', url: null, reason: 'browser-page' }
      : { kind: 'needs-permission', tabId: tab.id, url: null, origin: ALL_SITES };
  }
  if (!READABLE.test(tab.url)) return { kind: 'restricted', url: tab.url, reason: 'browser-page' };
  const origin = originPattern(tab.url);
  const granted = await browser.permissions.contains({ origins: [origin] }).catch(() => false);
  if (!granted) return { kind: 'needs-permission', tabId: tab.id, url: tab.url, origin };
  const reply = await askPage(tab.id);
  if (reply.ok && reply.value.contentType === 'application/pdf') return { kind: 'restricted', url: tab.url, reason: 'pdf' };
  if (reply.ok) return { kind: 'ready', tabId: tab.id, url: tab.url, report: reply.value };
  if (isPdfUrl(tab.url)) return { kind: 'restricted', url: tab.url, reason: 'pdf' };
  return { kind: 'not-running', tabId: tab.id, url: tab.url };
}

/**
 * Asks the content script for its report. A page still loading may not have started it yet, so
 * a loading tab gets a few seconds and a loaded one half a second before we conclude it is not
 * running.
 */
async function askPage(tabId: number, patienceMs = 3000) {
  const started = Date.now();
  for (;;) {
    const reply = await sendToTab(tabId, 'pageMentions', null);
    if (reply.ok) return reply;
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (Date.now() - started > (tab?.status === 'loading' ? patienceMs : 500)) return reply;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Must be called straight from a click handler: browsers only grant permissions to a gesture. */
export function requestSite(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] });
}

/** Starts Backstory in a tab that was open before it was installed or allowed. */
export async function startInTab(tabId: number): Promise<void> {
  // The first stage; it asks for the second, which brings the highlight colours (loadPageStage).
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}
