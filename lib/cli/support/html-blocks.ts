/**
 * Visible text of an HTML document, block by block, for the command line and the benchmarks:
 * happy-dom parses (no scripts run, nothing is fetched) and lib/page/read/blocks.ts — the content
 * script's own block collector — walks it, so the CLI sees exactly what the page scanner sees.
 */
import { Window } from 'happy-dom';
import { collectBlocks } from '../../page/read/blocks';

export interface HtmlText {
  /** `<html lang>`, when present. */
  lang: string | undefined;
  blocks: string[];
}

/** Document-level tags; pages that embed a second document inside a table crash happy-dom's parser. */
const DOCUMENT_TAGS = /<\/?(?:html|head|body)(?:\s[^>]*)?>/gi;

export function htmlToBlocks(html: string): HtmlText {
  try {
    return parse(html);
  } catch {
    // Retry with the document tags dropped: the parser recreates one html/head/body itself.
    const lang = /<html\s[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1];
    return { ...parse(html.replace(DOCUMENT_TAGS, '')), lang };
  }
}

function parse(html: string): HtmlText {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const lang = doc.documentElement.getAttribute('lang')?.trim() || undefined;
    const root = doc.body ?? doc.documentElement;
    const blocks = collectBlocks(root as unknown as Node).map((b) => b.text);
    return { lang, blocks };
  } finally {
    void window.happyDOM.close();
  }
}

/** A cheap sniff: does this text look like an HTML document rather than plain text? */
export function looksLikeHtml(text: string, fileName = ''): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}
