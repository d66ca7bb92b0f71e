/**
 * "Save this article": the tab's HTML is read by a function that only returns
 * `document.documentElement.outerHTML`, its URL and language (the page is never changed), then
 * parsed here, in the popup, by the same HTML import as the library (Readability on a
 * DOMParser document: nothing of the page runs) and stored like any import. Loaded on click.
 */
import { browser } from 'wxt/browser';
import { openCorpusDb } from '@/lib/corpus/db/db';
import { parseHtml } from '@/lib/corpus/import/html';
import type { ImportDraft } from '@/lib/corpus/import/draft';
import { indexingMatcher } from '@/lib/corpus/user/indexing';
import { changeUserDocumentLanguage } from '@/lib/corpus/user/language';
import { storeUserDocument, type StoreResult } from '@/lib/corpus/user/store';

export interface TabPage {
  html: string;
  url: string;
  lang: string;
}

/** Runs in the page's isolated world: reads, changes nothing. */
function readPage(): TabPage {
  return { html: document.documentElement.outerHTML, url: location.href, lang: document.documentElement.lang };
}

export async function readTab(tabId: number): Promise<TabPage> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: readPage });
  const page = frame?.result as TabPage | undefined;
  if (!page || typeof page.html !== 'string') throw new Error('the page could not be read');
  return page;
}

/** The tab's article as a draft (its language detected, or null when it cannot be told). */
export function readArticle(page: TabPage): ImportDraft {
  return parseHtml(page.html, page.url, { parser: new DOMParser(), url: page.url, format: 'article' });
}

export async function saveArticle(draft: ImportDraft, now = Date.now()): Promise<StoreResult & { title: string }> {
  const result = await storeUserDocument(openCorpusDb(), draft, { indexer: indexingMatcher(), now });
  return { ...result, title: result.status === 'duplicate' ? result.title : draft.title };
}

/** The saved article, stored again in the language the reader chose. */
export function changeArticleLanguage(draft: ImportDraft, language: string, now = Date.now()): Promise<{ id: string; passages: number }> {
  return changeUserDocumentLanguage(openCorpusDb(), draft, language, { indexer: indexingMatcher(), now });
}
