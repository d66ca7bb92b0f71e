/**
 * HTML pages: the article's text found by Mozilla's Readability on a document made by
 * `DOMParser` (which never runs scripts, loads nothing and fires no handlers); only text is
 * kept, one paragraph per block element. The page's own metadata fills title, byline, site,
 * URL and published date. The parser is a parameter, so tests and the popup pass their own.
 */
import { Readability } from '@mozilla/readability';
import { ImportError, paragraphsToText, titleFromFileName, type ImportDraft, type ImportFormat } from './draft';
import { readPageMeta } from './html-meta';
import { detectDocumentLanguage } from './language';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';

/** Text of the innermost block elements, in document order. */
function blockTexts(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    out.push(el.textContent ?? '');
  }
  return out;
}

export interface HtmlOptions {
  parser: DOMParser;
  /** The page's address when known (Save this article). */
  url?: string;
  format?: ImportFormat;
}

export function parseHtml(html: string, file: string, { parser, url = '', format = 'html' }: HtmlOptions): ImportDraft {
  const doc = parser.parseFromString(html, 'text/html');
  const meta = readPageMeta(doc, url);
  const article = new Readability(doc, { charThreshold: 100 }).parse();
  let paragraphs: string[] = [];
  if (article?.content) paragraphs = blockTexts(parser.parseFromString(article.content, 'text/html').body);
  if (paragraphs.join('').trim() === '' && article?.textContent) paragraphs = article.textContent.split(/\n+/);
  const body = paragraphsToText(paragraphs);
  if (body === '') throw new ImportError('noText');
  const lang = meta.lang || article?.lang || '';
  return {
    file,
    format,
    title: meta.title || article?.title?.trim() || titleFromFileName(file),
    text: body,
    language: detectDocumentLanguage(body, lang),
    date: meta.date,
    source: meta.site || article?.siteName?.trim() || '',
    url: meta.url,
    byline: meta.byline || article?.byline?.trim() || '',
  };
}
