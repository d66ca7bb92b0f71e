/**
 * Plain text and Markdown. A blank line ends a paragraph; the lines of a hard-wrapped paragraph
 * are joined. A text without blank lines keeps one paragraph per line. Markdown's first heading
 * (or a text's first short line) becomes the title; Markdown marks that are only typography
 * (emphasis, heading hashes, list bullets, link targets) are dropped from the passages.
 */
import { paragraphsToText, titleFromFileName, type ImportDraft } from './draft';
import { textDraft } from './text-draft';

/** In Markdown a heading, list item or quote starts a paragraph of its own, blank line or not. */
const MARKDOWN_START = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/;

function blocks(text: string, markdown: boolean): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!markdown && !lines.some((l) => l.trim() === '')) return lines;
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push(current.join(' '));
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else {
      if (markdown && MARKDOWN_START.test(line)) flush();
      current.push(line.trim());
    }
  }
  flush();
  return out;
}

function stripMarkdown(block: string): string {
  return block
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

export function parseText(text: string, file: string, markdown: boolean): ImportDraft {
  const raw = blocks(text, markdown);
  const heading = markdown ? raw.find((b) => /^\s{0,3}#\s+\S/.test(b)) : undefined;
  const paragraphs = (markdown ? raw.filter((b) => !/^\s*(?:---+|\*\*\*+|```.*)\s*$/.test(b)).map(stripMarkdown) : raw);
  const body = paragraphsToText(paragraphs);
  const title = heading ? stripMarkdown(heading).trim() : titleFromFileName(file);
  return textDraft(file, markdown ? 'md' : 'txt', title, body);
}
